import type { Rapport } from '../domain/grading/typer';
import type { Scenario } from '../schemas/scenario';
import type { Sandstatus } from './sandare';

/**
 * One launch from a learning platform, whatever the standard: the routes (through
 * `state/lms.svelte.ts`) talk to this only. `Cmi5Session` and `ScormSession` implement it.
 */

/** cmi5's launchMode and SCORM's cmi.mode, as one: Prov, Visa/Guidad, or the report. */
export type Lmslage = 'normal' | 'browse' | 'review';

/** A handed-in attempt, graded: what the LMS is told. */
export interface Inlamning {
	forsokId: string;
	/** ISO timestamps of the attempt. */
	startad: string;
	inlamnad: string;
	scenario: Scenario;
	rapport: Rapport;
}

/** What came of a hand-in, for the report page to say. */
export type Rapportering =
	| { rapporterad: true; godkand: boolean; masteryScore?: number }
	| { rapporterad: false; varfor: 'lage' | 'redan' | 'annat-forsok' };

export interface LmsSession {
	readonly slag: 'cmi5' | 'scorm';
	readonly lage: Lmslage;
	/** The exercise the LMS launched (`?ovning=`). */
	readonly ovning: string;
	/** The LMS's pass mark (cmi5 masteryScore, SCORM cmi.scaled_passing_score), if it set one. */
	readonly masteryScore?: number;
	/** Where the learner goes after Avsluta (cmi5 returnURL); SCORM: the LMS takes over. */
	readonly returnURL?: string;
	/** The attempt this launch already has (the latest of the registration, or SCORM's resume). */
	sparatForsok(): Promise<string | undefined>;
	/** A new attempt was made for this launch. */
	nyttForsok(forsokId: string): Promise<void>;
	/** Hands a graded attempt to the LMS (once; as far as the mode allows). */
	rapportera(inlamning: Inlamning): Promise<Rapportering>;
	/** The trainee leaves: terminated / Terminate, then nothing more is sent in this session. */
	avsluta(): Promise<void>;
	/** pagehide: best effort; the page does not wait for the promise (tests do). */
	vidStangning(): Promise<void>;
	/** The page came back (back-forward cache): the session goes on. */
	vidAtervando(): void;
	/** Send what waits now (the browser is online again). */
	skickaNu(): Promise<void>;
	/** The outbox's state, for the line that says how many results wait. */
	folj(andrad: (s: Sandstatus) => void): void;
}
