import type { Handelse } from '../handelser';
import type { CaseState } from '../model';
import type { Regel as RegelData, Scenario } from '../../schemas/scenario';
import type { Kontroll } from './avgorande';

/**
 * A rule as graded: a raw rule's fields, and for a rule a rule set built, the kind of thing it
 * checks, which sets its `kritisk` (avgorande.ts).
 */
export type Regel = RegelData & { kontroll?: Kontroll };

/** Everything a fact may read: the scenario, the trainee's events, and their projection. */
export interface Kontext {
	scenario: Scenario;
	handelser: readonly Handelse[];
	state: CaseState;
}

/** A named fact: computes a value from the attempt, given a rule's parameters. */
export type Fakta = (ctx: Kontext, parametrar: Record<string, unknown>) => unknown;

/**
 * An operator compares what was found with what the rule expects. It returns `ej-bedomd` when
 * the rule does not apply to this attempt (a predecessor rule with no successor event).
 */
export type Operator = (faktiskt: unknown, forvantat: unknown) => boolean | 'ej-bedomd';

export type Status = 'ratt' | 'fel' | 'ej-bedomd';

/** One checked rule, explained: what was checked, what was found, what was expected. */
export interface Fynd {
	regelId: string;
	avsnitt: string;
	kategori: 'system' | 'dokumentation';
	vad: string;
	status: Status;
	hittat: string;
	forvantat: string;
	manualcitat?: string;
	vikt: number;
	kritisk: boolean;
}

export interface Rapport {
	scenarioId: string;
	scenarioVersion: number;
	godkand: boolean;
	poang: number;
	maxPoang: number;
	/** poang / maxPoang, 1 when nothing applied. */
	andel: number;
	godkandVid: number;
	/** Kritiska rules that failed: any one fails the attempt. */
	kritiskaFel: string[];
	fynd: Fynd[];
	/** The hints taken in Öva, in order: each rung of the ladder for a requirement. */
	ledtradar: { regelId: string; vad: string; steg: 1 | 2 | 3 | 4 }[];
	/** Points the hints cost (already taken off `poang`). */
	avdrag: number;
}
