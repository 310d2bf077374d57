import { Dexie, type EntityTable, type Table } from 'dexie';
import { writable, type Readable } from 'svelte/store';
import type { LagradHandelse } from '../domain/handelser';
import type { KirRad, KundRad, SokRad } from './nycklar';
import type { Lage } from '../domain/lage';
import type { RegelUtfall } from '../domain/framsteg';
import { UPPDATERAD_ANNANSTANS } from './lagringsfel';

/** One attempt at a scenario. Its content is the event log in `handelser`. */
export interface ForsokRad {
	id: string;
	scenarioId: string;
	scenarioVersion: number;
	/** ISO timestamp. */
	startad: string;
	/** ISO timestamp, set when handed in. */
	inlamnad?: string;
	status: 'pagar' | 'inlamnat';
	/**
	 * How the exercise is taken (domain/lage.ts); absent: an attempt from before the modes (Öva).
	 * `visa`: the app shows the facit; nothing is graded, and the course does not count it.
	 */
	lage?: Lage;
	/**
	 * A trainer recording the facit (`facit`) or a wrong path (`{ variant }`) by doing it (issue 9,
	 * src/lib/inspelning): the exercise page shows the recorder instead of the mode's help, and no
	 * list or course shows the attempt. Not indexed, so no new database version.
	 */
	inspelning?: 'facit' | { variant: string };
	/**
	 * The local profile the attempt belongs to (profiler.ts). Attempts from before profiles were
	 * given the default profile by the version 2 upgrade; a row without one still counts as it.
	 */
	profilId?: string;
	/** The verdict, kept when the report is first shown, so the start page can show progress. */
	resultat?: {
		godkand: boolean;
		andel: number;
		/** Prov only: each rule checked and whether it came out right, for Framsteg. */
		regler?: RegelUtfall[];
	};
}

/** A trainee on this browser: a name typed on the start page, no login, nothing sent anywhere. */
export interface ProfilRad {
	id: string;
	namn: string;
	/** ISO timestamp. */
	skapad: string;
}

export type HandelseRad = LagradHandelse & { forsokId: string };

/** An unsaved form, kept so a reload loses nothing the trainee typed. */
export interface UtkastRad {
	forsokId: string;
	nyckel: string;
	data: unknown;
	/** ISO timestamp of the last save. */
	sparad: string;
}

/**
 * One xAPI statement waiting to reach the LRS the LMS launched with (issue 10's outbox). Its id is
 * the statement's own id, so sending it twice is one statement in the LRS.
 */
export interface UtkorgRad {
	/** The statement's id (a UUID), also inside `statement`. */
	id: string;
	/** The cmi5 registration it belongs to. */
	registrering: string;
	/** The LRS endpoint it goes to, as launched. */
	endpoint: string;
	/** ISO timestamp; statements leave in this order. */
	skapad: string;
	/** The statement as sent. */
	statement: unknown;
	/**
	 * The LRS refused it for good (a 4xx other than 409, 401 and 403): kept, not sent again, and
	 * shown to the trainee, so no statement is lost silently. Not indexed: no schema change.
	 */
	avvisad?: { status: number; text: string; tid: string };
	/**
	 * Queued on pagehide (terminated): a reload of the same session takes it back, a closed tab
	 * leaves it to be sent at the next launch. Not indexed: no schema change.
	 */
	vidStangning?: { sessionId: string };
}

/**
 * A scenario written in the workbench or imported from a pack (issue 9): the files of its
 * folder as text, as they would lie in `scenarios/<id>/`.
 */
export interface EgetScenarioRad {
	id: string;
	/** `egen`: written in this browser; `importerad`: from a pack. */
	kalla: 'egen' | 'importerad';
	/** Path inside the folder (`index.md`, `facit.yaml`, `attempts/pass-facit.json`…) to text. */
	filer: Record<string, string>;
	/** ISO timestamp of the last save. */
	sparad: string;
	/**
	 * index.md as each version first left this browser (exported as a pack) or came into it
	 * (imported), by version: the editor says when the same version now grades differently.
	 */
	utgivna?: Record<string, string>;
}

export interface MetaRad {
	nyckel: string;
	varde: unknown;
}

/**
 * The profile that exists before anyone types a name: attempts from before profiles, and those
 * of a trainee who never made one. Never stored; its name goes into no exported file.
 */
export const STANDARDPROFIL_ID = 'standard';

export { UPPDATERAD_ANNANSTANS };
/** This tab's upgrade waits for another tab that holds the old version open. */
export const UPPGRADERING_BLOCKERAD =
	'LSS-övning behöver uppdateras men en annan flik med appen håller den gamla versionen öppen. ' +
	'Stäng eller ladda om de andra flikarna med LSS-övning, så fortsätter det här.';

/**
 * The app's one IndexedDB database. Components never touch the tables: they go through the
 * verbs exported from `$lib/db`.
 */
export class LssDb extends Dexie {
	kunder!: EntityTable<KundRad, 'pnr'>;
	sokrader!: EntityTable<SokRad, 'nyckel'>;
	kir!: EntityTable<KirRad, 'pnr'>;
	forsok!: EntityTable<ForsokRad, 'id'>;
	handelser!: Table<HandelseRad, [string, number]>;
	utkast!: Table<UtkastRad, [string, string]>;
	meta!: EntityTable<MetaRad, 'nyckel'>;
	profiler!: EntityTable<ProfilRad, 'id'>;
	utkorg!: EntityTable<UtkorgRad, 'id'>;
	egnaScenarier!: EntityTable<EgetScenarioRad, 'id'>;

	readonly #besked = writable<string | null>(null);
	/**
	 * What the pages show about an upgrade in another tab: this tab was closed for it
	 * (`UPPDATERAD_ANNANSTANS`) or this tab's upgrade waits for it (`UPPGRADERING_BLOCKERAD`).
	 */
	readonly besked: Readable<string | null> = { subscribe: this.#besked.subscribe };

	constructor(namn: string) {
		super(namn);
		// Another tab upgrades: let it (Dexie's own handler closes too, but would reopen on the next
		// read with this tab's old schema), and ask the trainee to reload
		this.on('versionchange', () => {
			this.close();
			this.#besked.set(UPPDATERAD_ANNANSTANS);
		});
		// This tab upgrades and another holds the old version: say so instead of hanging
		this.on('blocked', () => this.#besked.set(UPPGRADERING_BLOCKERAD));
		this.on('ready', () => {
			this.#besked.update((b) => (b === UPPGRADERING_BLOCKERAD ? null : b));
		});
		// every S1 form is one index: pnr (primary), fodelsedatum (six digits), efternamnNorm
		// (prefix), fornamnDelar (`*förnamn`), namnNycklar (`efternamn förnamn`); on `sokrader`
		// since version 3
		this.version(1).stores({
			kunder: 'pnr, fodelsedatum, efternamnNorm, *fornamnDelar, *namnNycklar',
			kir: 'pnr, efternamnNorm',
			forsok: 'id, scenarioId',
			handelser: '[forsokId+seq]',
			utkast: '[forsokId+nyckel]',
			meta: 'nyckel'
		});
		// Local profiles. Dexie carries the tables not named here over from version 1; attempts
		// made before profiles go to the default profile, so the course they count in stays one.
		this.version(2)
			.stores({ forsok: 'id, scenarioId, profilId', profiler: 'id, namn' })
			.upgrade((tx) =>
				tx
					.table<ForsokRad, string>('forsok')
					.toCollection()
					.modify((f) => {
						f.profilId ??= STANDARDPROFIL_ID;
					})
			);
		// Kundsök's indexes move to `sokrader`, small rows of what the hit list shows (nycklar.ts),
		// and `kunder` keeps the whole persons by personnummer only. The world is generated data:
		// its old copy is dropped with its meta entry and forberedVarld seeds it again, while the
		// trainee's own tables (attempts, events, drafts, profiles) are not touched.
		this.version(3)
			.stores({
				kunder: 'pnr',
				sokrader: 'nyckel, &pnr, fodelsedatum, efternamnNorm, *fornamnDelar, *namnNycklar'
			})
			.upgrade(async (tx) => {
				await tx.table('kunder').clear();
				await tx.table('kir').clear();
				await tx.table<MetaRad, string>('meta').delete('varld');
			});
		// The LMS outbox (statements waiting for the network) and the trainer's own scenarios; new
		// tables only, nothing of the trainee's is touched
		this.version(4).stores({
			utkorg: 'id, registrering, skapad',
			egnaScenarier: 'id, kalla'
		});
	}
}

export const STANDARDNAMN = 'lss-ovning';

/** Opens (creating on first use) the database; tests pass a unique name each. */
export function oppnaDb(namn: string = STANDARDNAMN): LssDb {
	return new LssDb(namn);
}
