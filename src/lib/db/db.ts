import { Dexie, type EntityTable, type Table } from 'dexie';
import type { LagradHandelse } from '../domain/handelser';
import type { KirRad, KundRad } from './nycklar';
import type { Lage } from '../domain/lage';

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
	/** The verdict, kept when the report is first shown, so the start page can show progress. */
	resultat?: { godkand: boolean; andel: number };
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
	}
}

export const STANDARDNAMN = 'lss-ovning';

/** Opens (creating on first use) the database; tests pass a unique name each. */
export function oppnaDb(namn: string = STANDARDNAMN): LssDb {
	return new LssDb(namn);
}
