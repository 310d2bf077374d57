import type { Handelse, LagradHandelse } from '$lib/domain/handelser';
import { utfor, type Kommando, type Utfall } from '$lib/domain/kommandon';
import type { CaseState, Person } from '$lib/domain/model';
import { projicera } from '$lib/domain/projektion';
import type { Scenario } from '$lib/schemas/scenario';
import {
	finnsIRegistret,
	laggTillHandelser,
	LagringsFel,
	type ForsokRad,
	type LssDb
} from '$lib/db';

/**
 * One attempt at a scenario: its event list and the case state projected from it. Every command
 * goes through the domain, and its events are stored before the state moves on, so a reload at
 * any point replays to exactly what the trainee saw.
 */
export class ForsokState {
	readonly db: LssDb;
	readonly scenario: Scenario;
	readonly rad: ForsokRad;
	handelser = $state.raw<LagradHandelse[]>([]);
	/** The case state the screens show. */
	state: CaseState = $derived.by(() =>
		projicera(this.scenario.start, this.handelser, this.scenario.idag)
	);
	/** The last storage failure, shown app-wide; the attempt itself stays as it was. */
	lagringsfel = $state<string | null>(null);

	constructor(db: LssDb, scenario: Scenario, rad: ForsokRad, handelser: LagradHandelse[]) {
		this.db = db;
		this.scenario = scenario;
		this.rad = rad;
		this.handelser = handelser;
	}

	get inlamnat(): boolean {
		return this.rad.status === 'inlamnat';
	}

	/** Customers known to this attempt on top of the world register. */
	get overlay(): Person[] {
		return Object.values(this.state.kunder);
	}

	/**
	 * Decides a command and stores its events. Resolves to the domain's verdict; a refusal leaves
	 * everything as it was, and so does a full disk (reported in `lagringsfel`).
	 */
	async utfor(kommando: Kommando): Promise<Utfall> {
		// Commands often carry reactive form state; the domain and IndexedDB get plain data
		const k = $state.snapshot(kommando) as Kommando;
		let iRegistret = false;
		if (k.typ === 'registreraKund') iRegistret = await finnsIRegistret(this.db, k.person.pnr);
		const utfall = utfor(this.state, k, { iRegistret: () => iRegistret });
		if (!utfall.ok) return utfall;
		try {
			await this.lagra(utfall.handelser);
		} catch (e) {
			// A full disk: nothing of this step is kept, everything before it is; say so where the
			// trainee is looking as well as in the banner.
			if (e instanceof LagringsFel) return { ok: false, fel: e.message };
			throw e;
		}
		return utfall;
	}

	/**
	 * Decides a command that needs nothing from the register, synchronously, so a dialog can keep
	 * itself open on a refusal in the same tick; storing follows.
	 */
	besluta(k: Exclude<Kommando, { typ: 'registreraKund' }>): Utfall {
		return utfor(this.state, $state.snapshot(k) as Kommando, { iRegistret: () => false });
	}

	/** Stores decided events; see `utfor`. */
	async lagra(nya: Handelse[]): Promise<void> {
		try {
			const lagrade = await laggTillHandelser(this.db, this.rad.id, nya);
			this.handelser = [...this.handelser, ...lagrade];
			this.lagringsfel = null;
		} catch (e) {
			if (e instanceof LagringsFel) this.lagringsfel = e.message;
			throw e;
		}
	}
}
