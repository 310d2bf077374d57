import { Dexie, type EntityTable, type Table } from 'dexie';
import type { LagradHandelse } from '../domain/handelser';
import type { KirRad, KundRad } from './nycklar';
import type { Lage } from '../domain/lage';
import type { RegelUtfall } from '../domain/framsteg';

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

export interface MetaRad {
	nyckel: string;
	varde: unknown;
}

/**
 * The profile that exists before anyone types a name: attempts from before profiles, and those
 * of a trainee who never made one. Never stored; its name goes into no exported file.
 */
export const STANDARDPROFIL_ID = 'standard';

/**
 * The app's one IndexedDB database. Components never touch the tables: they go through the
 * verbs exported from `$lib/db`.
 */
export class LssDb extends Dexie {
	kunder!: EntityTable<KundRad, 'pnr'>;
	kir!: EntityTable<KirRad, 'pnr'>;
	forsok!: EntityTable<ForsokRad, 'id'>;
	handelser!: Table<HandelseRad, [string, number]>;
	utkast!: Table<UtkastRad, [string, string]>;
	meta!: EntityTable<MetaRad, 'nyckel'>;
	profiler!: EntityTable<ProfilRad, 'id'>;

	constructor(namn: string) {
		super(namn);
		// every S1 form is one index: pnr (primary), fodelsedatum (six digits), efternamnNorm
		// (prefix), fornamnDelar (`*förnamn`), namnNycklar (`efternamn förnamn`)
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
	}
}

export const STANDARDNAMN = 'lss-ovning';

/** Opens (creating on first use) the database; tests pass a unique name each. */
export function oppnaDb(namn: string = STANDARDNAMN): LssDb {
	return new LssDb(namn);
}
