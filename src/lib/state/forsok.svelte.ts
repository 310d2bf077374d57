import type { Handelse, LagradHandelse } from '$lib/domain/handelser';
import type { Kommando, Utfall } from '$lib/domain/kommandon';
import type { CaseState, Person } from '$lib/domain/model';
import type { Scenario } from '$lib/schemas/scenario';
import {
	finnsIRegistret,
	hamtaHandelser,
	KonfliktFel,
	laggTillHandelser,
	LagringsFel,
	type ForsokRad,
	type LssDb
} from '$lib/db';
import type { FlikLas } from './flik.svelte';
import { forsokslage, medNya, type Forsokslage } from './forsokslage';

type Kommandon = typeof import('$lib/domain/kommandon');
let kommandon: Kommandon | null = null;
let kommandonLaddas: Promise<Kommandon> | null = null;

/**
 * The domain's commands, loaded on first need rather than with the exercise: an exercise opens on
 * Mina sidor, where nothing is decided until the trainee searches or opens a customer, and the
 * commands of every section are most of the domain's bytes (docs/speed.md, the route budget).
 * A customer's work area waits for them (`Mock.svelte`), so `besluta` always has them there.
 */
export function laddaKommandon(): Promise<Kommandon> {
	kommandonLaddas ??= import('$lib/domain/kommandon').then((m) => (kommandon = m));
	// a failed load (a chunk gone after an update) may be tried again on the next command
	kommandonLaddas.catch(() => (kommandonLaddas = null));
	return kommandonLaddas;
}

/** The trainee's sentence for a failed write; a full disk and another tab say what to do. */
function sparfel(e: unknown): string {
	if (e instanceof LagringsFel || e instanceof KonfliktFel) return e.message;
	return `Det gick inte att spara: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * One attempt at a scenario: its event list and the case state projected from it. Every command
 * goes through the domain, and its events are stored before the state moves on, so a reload at
 * any point replays to exactly what the trainee saw. A command's events are applied to the last
 * state (`medNya`), which gives what a replay of every event would; an event list read anew is
 * replayed in full.
 */
export class ForsokState {
	readonly db: LssDb;
	readonly scenario: Scenario;
	readonly rad: ForsokRad;
	#lage: Forsokslage = $state.raw(forsokslage({}, undefined, []));

	/** The attempt's events in order; setting them replays them all. */
	get handelser(): LagradHandelse[] {
		return this.#lage.handelser;
	}
	set handelser(handelser: LagradHandelse[]) {
		this.#lage = forsokslage(this.scenario.start, this.scenario.idag, handelser);
	}

	/** The events that count: without those taken back (StegAngrat) and hints. */
	get galler(): readonly LagradHandelse[] {
		return this.#lage.galler;
	}

	/** The case state the screens show. */
	get state(): CaseState {
		return this.#lage.state;
	}

	/** Events just stored: applied to the last state, not replayed with all before them. */
	#lagg(lagrade: readonly LagradHandelse[]): void {
		this.#lage = medNya(this.#lage, lagrade);
	}
	/** The last storage failure, shown app-wide; the attempt itself stays as it was. */
	lagringsfel = $state<string | null>(null);

	/** The lock on the attempt in this tab (flik.svelte.ts); absent: the only tab, as in tests. */
	readonly #flik: FlikLas | undefined;

	constructor(
		db: LssDb,
		scenario: Scenario,
		rad: ForsokRad,
		handelser: LagradHandelse[],
		flik?: FlikLas
	) {
		this.db = db;
		this.scenario = scenario;
		this.rad = rad;
		this.handelser = handelser;
		this.#flik = flik;
	}

	/** True while another tab holds the attempt: every command is refused with `flikmeddelande`. */
	get skrivskyddad(): boolean {
		return this.#flik?.skrivskyddad ?? false;
	}

	/** Why this tab cannot save, and what to do; null while it holds the attempt. */
	get flikmeddelande(): string | null {
		return this.#flik?.meddelande ?? null;
	}

	/**
	 * Takes the attempt over from the tab that has it (which is told and becomes read-only), then
	 * reads the events that tab stored, so this one goes on from what is saved.
	 */
	taOver(): Promise<void> {
		const flik = this.#flik;
		if (!flik) return Promise.resolve();
		this.upptagen++;
		const svar = this.ko
			.then(async () => {
				await flik.taOver();
				this.handelser = await hamtaHandelser(this.db, this.rad.id);
				this.lagringsfel = null;
			})
			.finally(() => this.upptagen--);
		this.ko = svar.catch(() => {});
		return svar;
	}

	/** Lets go of the attempt when its page closes or shows another one. */
	slapp(): void {
		this.#flik?.slapp();
	}

	/** The last seq this tab has seen: a write is refused if another tab wrote after it. */
	private get sistaSeq(): number {
		return this.handelser.at(-1)?.seq ?? 0;
	}

	/** After a refused write: read what the other writer stored, so the screen shows the truth. */
	private async lasOm(e: unknown): Promise<void> {
		if (e instanceof KonfliktFel)
			this.handelser = await hamtaHandelser(this.db, this.rad.id).catch(() => this.handelser);
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
		// Read-only while another tab holds the attempt: refused here, the domain never asked
		const flik = this.flikmeddelande;
		if (flik) return Promise.resolve({ ok: false, fel: flik });
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
		const flik = this.flikmeddelande;
		if (flik) {
			this.lagringsfel = flik;
			return Promise.resolve(false);
		}
		this.upptagen++;
		const svar = this.ko
			.then(async () => {
				try {
					const lagrade = await laggTillHandelser(
						this.db,
						this.rad.id,
						[h],
						undefined,
						this.sistaSeq
					);
					this.#lagg(lagrade);
					return true;
				} catch (e) {
					this.lagringsfel = sparfel(e);
					await this.lasOm(e);
					return false;
				}
			})
			.finally(() => this.upptagen--);
		this.ko = svar.catch(() => {});
		return svar;
	}

	private async utforNu(k: Kommando): Promise<Utfall> {
		// taken over while this command waited in the queue
		const flik = this.flikmeddelande;
		if (flik) return { ok: false, fel: flik };
		let utfor: Kommandon['utfor'];
		try {
			({ utfor } = await laddaKommandon());
		} catch {
			return {
				ok: false,
				fel: 'Det gick inte att göra det. Appen kan ha uppdaterats: ladda om sidan.'
			};
		}
		let iRegistret = false;
		if (k.typ === 'registreraKund') iRegistret = await finnsIRegistret(this.db, k.person.pnr);
		const utfall = utfor(this.state, k, { iRegistret: () => iRegistret });
		if (!utfall.ok) return utfall;
		try {
			const lagrade = await laggTillHandelser(
				this.db,
				this.rad.id,
				utfall.handelser,
				undefined,
				this.sistaSeq
			);
			this.#lagg(lagrade);
			this.lagringsfel = null;
		} catch (e) {
			// Nothing of this step is kept, everything before it is; say so where the trainee is
			// looking as well as in the banner, whatever the cause (full disk, handed in elsewhere,
			// another tab wrote first: then the screen is read anew from what is stored).
			const fel = sparfel(e);
			this.lagringsfel = fel;
			await this.lasOm(e);
			return { ok: false, fel };
		}
		return utfall;
	}

	/**
	 * Decides a command that needs nothing from the register, synchronously, so a dialog can keep
	 * itself open on a refusal in the same tick; the caller then sends it with `utfor`.
	 */
	besluta(k: Exclude<Kommando, { typ: 'registreraKund' }>): Utfall {
		const flik = this.flikmeddelande;
		if (flik) return { ok: false, fel: flik };
		if (this.upptagen > 0 || !kommandon)
			return { ok: false, fel: 'Vänta, det förra sparas fortfarande.' };
		return kommandon.utfor(this.state, $state.snapshot(k) as Kommando, { iRegistret: () => false });
	}
}
