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

	/** Commands decided or being stored; while any is, a synchronous decision would be stale. */
	upptagen = $state(0);
	private ko: Promise<unknown> = Promise.resolve();

	/**
	 * Decides a command and stores its events, one command at a time: each is decided on the state
	 * the previous one left, so a double click cannot give two beslut the same id. Resolves to the
	 * domain's verdict; a refusal leaves everything as it was, and so does a storage failure
	 * (reported as the verdict and in `lagringsfel`).
	 */
	utfor(kommando: Kommando): Promise<Utfall> {
		// Commands often carry reactive form state; the domain and IndexedDB get plain data
		const k = $state.snapshot(kommando) as Kommando;
		this.upptagen++;
		const svar = this.ko.then(() => this.utforNu(k)).finally(() => this.upptagen--);
		this.ko = svar.catch(() => {});
		return svar;
	}

	/** Resolves once every command sent so far is decided and stored. */
	klar(): Promise<void> {
		return this.ko.then(() => {});
	}

	/**
	 * Stores an event that changes no case (a hint taken, a step taken back), in the same queue
	 * as the commands so it lands in order. Resolves to false on a storage failure, which is
	 * reported in `lagringsfel` as for a command.
	 */
	lagraHjalp(h: Extract<Handelse, { typ: 'LedtradVisad' | 'StegAngrat' }>): Promise<boolean> {
		this.upptagen++;
		const svar = this.ko
			.then(async () => {
				try {
					const lagrade = await laggTillHandelser(this.db, this.rad.id, [h]);
					this.handelser = [...this.handelser, ...lagrade];
					return true;
				} catch (e) {
					this.lagringsfel =
						e instanceof LagringsFel
							? e.message
							: `Det gick inte att spara: ${e instanceof Error ? e.message : String(e)}`;
					return false;
				}
			})
			.finally(() => this.upptagen--);
		this.ko = svar.catch(() => {});
		return svar;
	}

	private async utforNu(k: Kommando): Promise<Utfall> {
		let iRegistret = false;
		if (k.typ === 'registreraKund') iRegistret = await finnsIRegistret(this.db, k.person.pnr);
		const utfall = utfor(this.state, k, { iRegistret: () => iRegistret });
		if (!utfall.ok) return utfall;
		try {
			const lagrade = await laggTillHandelser(this.db, this.rad.id, utfall.handelser);
			this.handelser = [...this.handelser, ...lagrade];
			this.lagringsfel = null;
		} catch (e) {
			// Nothing of this step is kept, everything before it is; say so where the trainee is
			// looking as well as in the banner, whatever the cause (full disk, handed in elsewhere).
			const fel =
				e instanceof LagringsFel
					? e.message
					: `Det gick inte att spara: ${e instanceof Error ? e.message : String(e)}`;
			this.lagringsfel = fel;
			return { ok: false, fel };
		}
		return utfall;
	}

	/**
	 * Decides a command that needs nothing from the register, synchronously, so a dialog can keep
	 * itself open on a refusal in the same tick; the caller then sends it with `utfor`.
	 */
	besluta(k: Exclude<Kommando, { typ: 'registreraKund' }>): Utfall {
		if (this.upptagen > 0) return { ok: false, fel: 'Vänta, det förra sparas fortfarande.' };
		return utfor(this.state, $state.snapshot(k) as Kommando, { iRegistret: () => false });
	}
}
