import scenarier from 'virtual:scenario-index';
import { lagringsmeddelande, type LssDb } from '$lib/db';
// not through $lib/db's index: the verbs then stay in this page's chunk, out of every other page's
import { hamtaGrupp, sparaGrupp, tomGrupp } from '$lib/db/grupp';
import { listaEgnaScenarier } from '$lib/db/egna-scenarier';
import {
	elevTabell,
	felCsv,
	forsokCsv,
	slaIhop,
	vanligasteFel,
	type ElevOvning,
	type RattatForsok,
	type VanligtFel
} from '$lib/domain/grupp';
import { kortaFellista } from '$lib/schemas/granser';
import { rattaValda } from '$lib/resultat/valda';
import { sparaFil } from './nedladdning';
import { laddaScenario } from './ladda';
import type { ValdFil } from './mappfiler';

/**
 * Gruppens resultat: the attempts a trainer has read in, graded, and kept in this browser until
 * Töm gruppen (db/grupp.ts: the rows only, under no profile, so the trainer's own course and the
 * start page's profiles stay as they were). Files read again replace their attempts.
 */
export class GruppState {
	readonly #db: LssDb;
	#rader = $state.raw<RattatForsok[]>([]);
	#laddad = $state(false);
	#pagar = $state<string | null>(null);
	#besked = $state<string | null>(null);
	#fel = $state.raw<string[]>([]);

	constructor(db: LssDb) {
		this.#db = db;
	}

	get laddad(): boolean {
		return this.#laddad;
	}
	/** Every attempt of the group, as graded. */
	get rader(): readonly RattatForsok[] {
		return this.#rader;
	}
	get tabell(): ElevOvning[] {
		return elevTabell(this.#rader);
	}
	get vanligasteFel(): VanligtFel[] {
		return vanligasteFel(this.#rader);
	}
	/** What is being done now (`Läser 120 av 1000 filer…`), or null. */
	get pagar(): string | null {
		return this.#pagar;
	}
	/** What the last reading did, in a sentence. */
	get besked(): string | null {
		return this.#besked;
	}
	/** The files and attempts of the last reading that could not be graded, each named. */
	get fel(): readonly string[] {
		return this.#fel;
	}

	async ladda(): Promise<void> {
		this.#rader = await hamtaGrupp(this.#db);
		this.#laddad = true;
	}

	/** Reads, grades and keeps the files; those that cannot be read are named, the rest kept. */
	async lasIn(filer: readonly ValdFil[]): Promise<void> {
		if (this.#pagar) return;
		this.#besked = null;
		this.#fel = [];
		if (!filer.length) {
			this.#besked = 'Inga försöksfiler (.json) hittades. Välj filerna som Exportera skrev.';
			return;
		}
		this.#pagar = `Läser ${filer.length} filer…`;
		let rattning: Awaited<ReturnType<typeof rattaValda>>;
		try {
			// the trainer's own and imported scenarios too: a group may have practised a pack
			const skickade = scenarier.map((s) => s.id);
			const egna = (await listaEgnaScenarier(this.#db)).map((r) => r.id);
			const ids = [...skickade, ...egna.filter((id) => !skickade.includes(id))];
			rattning = await rattaValda(
				filer.map((f) => ({ fil: f.fil, vag: f.vag })),
				ids,
				laddaScenario,
				(lasta, av) => (this.#pagar = `Läser ${lasta} av ${av} filer…`)
			);
		} catch (e) {
			this.#fel = [e instanceof Error ? e.message : String(e)];
			this.#pagar = null;
			return;
		}
		const { rader, fel } = rattning;
		this.#rader = slaIhop(this.#rader, rader);
		this.#fel = kortaFellista(fel);
		const antal = rader.length === 1 ? 'Ett försök' : `${rader.length} försök`;
		const ur = filer.length === 1 ? 'en fil' : `${filer.length} filer`;
		const problem = !fel.length
			? ''
			: fel.length === 1
				? ' En fil eller ett försök kunde inte läsas: se nedan.'
				: ` ${fel.length} filer eller försök kunde inte läsas: se nedan.`;
		this.#besked = `${antal} lästes in ur ${ur}.${problem}`;
		try {
			await sparaGrupp(this.#db, this.#rader);
		} catch (e) {
			// the tables are shown all the same: only keeping them after a reload failed
			this.#fel = [
				...this.#fel,
				`Gruppen kunde inte sparas i webbläsaren, så den finns inte kvar om sidan laddas om. ${lagringsmeddelande(e)}`
			];
		} finally {
			this.#pagar = null;
		}
	}

	/** Töm gruppen: every row goes, here and in the database. */
	async tom(): Promise<void> {
		try {
			await tomGrupp(this.#db);
			this.#rader = [];
			this.#fel = [];
			this.#besked = 'Gruppen är tömd.';
		} catch (e) {
			this.#fel = [lagringsmeddelande(e)];
		}
	}

	exporteraForsok(): void {
		laddaNerCsv(forsokCsv(this.#rader), 'gruppens-forsok.csv');
	}

	exporteraFel(): void {
		laddaNerCsv(felCsv(this.vanligasteFel), 'gruppens-fel.csv');
	}
}

/** A byte order mark first: Excel then reads the file as UTF-8 (godkänd, not godkÃ¤nd). */
function laddaNerCsv(text: string, namn: string): void {
	sparaFil('\uFEFF' + text, namn, 'text/csv;charset=utf-8');
}
