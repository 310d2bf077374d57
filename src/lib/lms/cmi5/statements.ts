import type { Context, Statement } from '@xapi/xapi';
import type { Rapport } from '../../domain/grading/typer';
import type { Interaktion } from '../interaktioner';
import type { Cmi5Agent } from '../launch';

/**
 * The statements the AU makes, built by the cmi5 rules (spec 9): the verbs, the context from the
 * LMS's contextTemplate (never overwritten, only added to), the cmi5 and moveOn categories where
 * required, durations, and a UUID id given when made, so a retry is the same statement.
 * Pure: the time and the ids come in.
 */

export const VERB = {
	initialized: 'http://adlnet.gov/expapi/verbs/initialized',
	completed: 'http://adlnet.gov/expapi/verbs/completed',
	passed: 'http://adlnet.gov/expapi/verbs/passed',
	failed: 'http://adlnet.gov/expapi/verbs/failed',
	terminated: 'http://adlnet.gov/expapi/verbs/terminated',
	answered: 'http://adlnet.gov/expapi/verbs/answered'
} as const;
export type Verbnamn = keyof typeof VERB;

export const KATEGORI_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const KATEGORI_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const EXT_SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const EXT_MASTERYSCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const INTERAKTIONSTYP = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const SPRAK = 'sv-SE';

/** What every statement of a session shares. */
export interface Cmi5Kontext {
	actor: Cmi5Agent;
	activityId: string;
	registration: string;
	sessionId: string;
	contextTemplate: Context;
	masteryScore?: number;
}

/** Makes a statement id and a timestamp: `uuid`, and `tid` strictly increasing (ISO, UTC). */
export interface Klocka {
	uuid: () => string;
	tid: () => string;
}

/** ISO 8601 duration of a span in ms, to the hundredth of a second (xAPI's precision). */
export function varaktighet(ms: number): string {
	const cs = Math.max(0, Math.round(ms / 10));
	const h = Math.floor(cs / 360000);
	const m = Math.floor((cs % 360000) / 6000);
	const s = (cs % 6000) / 100;
	return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/**
 * The contextTemplate with the registration, the session id and the categories added: values the
 * template has are kept as they are (spec 10.2.1), so only what is missing is put in.
 */
export function kontextFor(
	k: Cmi5Kontext,
	kategorier: string[],
	extra?: Partial<Context>
): Context {
	const mall = structuredClone(k.contextTemplate ?? {}) as Context;
	const ca = mall.contextActivities ?? {};
	const finns = new Set((ca.category ?? []).map((a) => a.id));
	const category = [
		...(ca.category ?? []),
		...kategorier
			.filter((id) => !finns.has(id))
			.map((id) => ({ id, objectType: 'Activity' as const }))
	];
	const parent = [...(ca.parent ?? []), ...(extra?.contextActivities?.parent ?? [])];
	return {
		...mall,
		registration: mall.registration ?? k.registration,
		contextActivities: {
			...ca,
			...(category.length ? { category } : {}),
			...(parent.length ? { parent } : {})
		},
		extensions: {
			[EXT_SESSION]: k.sessionId,
			...(extra?.extensions ?? {}),
			...(mall.extensions ?? {})
		}
	};
}

function auObjekt(k: Cmi5Kontext): Statement['object'] {
	return { objectType: 'Activity', id: k.activityId };
}

function cmi5Definierad(
	k: Cmi5Kontext,
	klocka: Klocka,
	verb: Exclude<Verbnamn, 'answered'>,
	result?: Statement['result'],
	extensions?: Record<string, unknown>
): Statement {
	// moveOn only where the result has success or completion (spec 9.6.2.2), never elsewhere
	const moveon = result && ('success' in result || 'completion' in result);
	return {
		id: klocka.uuid(),
		actor: { objectType: 'Agent', ...k.actor },
		verb: { id: VERB[verb], display: { 'en-US': verb } },
		object: auObjekt(k),
		...(result ? { result } : {}),
		context: kontextFor(k, moveon ? [KATEGORI_CMI5, KATEGORI_MOVEON] : [KATEGORI_CMI5], {
			...(extensions ? { extensions } : {})
		}),
		timestamp: klocka.tid()
	};
}

export function initialized(k: Cmi5Kontext, klocka: Klocka): Statement {
	return cmi5Definierad(k, klocka, 'initialized');
}

/** The session's last statement; `ms` from initialized to now (spec 9.5.4.1). */
export function terminated(k: Cmi5Kontext, klocka: Klocka, ms: number): Statement {
	return cmi5Definierad(k, klocka, 'terminated', { duration: varaktighet(ms) });
}

/** Passed when the masteryScore, if the LMS gave one, is reached, else when the report passed. */
export function arGodkand(
	rapport: Pick<Rapport, 'andel' | 'godkand'>,
	masteryScore?: number
): boolean {
	return masteryScore === undefined ? rapport.godkand : rapport.andel >= masteryScore;
}

/** The score as cmi5 allows it: scaled 0..1, and raw with min and max when the points are whole. */
function poang(r: Rapport): NonNullable<Statement['result']>['score'] {
	const scaled = Math.round(Math.min(1, Math.max(0, r.andel)) * 10000) / 10000;
	const hela = Number.isInteger(r.poang) && Number.isInteger(r.maxPoang);
	return hela ? { scaled, raw: r.poang, min: 0, max: r.maxPoang } : { scaled };
}

/** The judged result: passed or failed, with score, success, duration and the moveOn category. */
export function passedEllerFailed(
	k: Cmi5Kontext,
	klocka: Klocka,
	rapport: Rapport,
	ms: number
): Statement {
	const godkand = arGodkand(rapport, k.masteryScore);
	return cmi5Definierad(
		k,
		klocka,
		godkand ? 'passed' : 'failed',
		{ score: poang(rapport), success: godkand, duration: varaktighet(ms) },
		k.masteryScore === undefined ? undefined : { [EXT_MASTERYSCORE]: k.masteryScore }
	);
}

export function completed(k: Cmi5Kontext, klocka: Klocka, ms: number): Statement {
	return cmi5Definierad(k, klocka, 'completed', { completion: true, duration: varaktighet(ms) });
}

/**
 * One graded decision, a "cmi5 allowed" statement: the template's context without the cmi5
 * category, the AU as parent, the interaction under the AU (`<activityId>/beslut/<id>`).
 */
export function answered(k: Cmi5Kontext, klocka: Klocka, ia: Interaktion): Statement {
	const svar = Array.isArray(ia.svar) ? ia.svar.join('[,]') : ia.svar;
	return {
		id: klocka.uuid(),
		actor: { objectType: 'Agent', ...k.actor },
		verb: { id: VERB.answered, display: { 'en-US': 'answered' } },
		object: {
			objectType: 'Activity',
			id: `${k.activityId}/beslut/${ia.id}`,
			definition: {
				type: INTERAKTIONSTYP,
				interactionType: ia.typ,
				name: { [SPRAK]: ia.namn },
				description: { [SPRAK]: ia.beskrivning }
			}
		},
		result: { success: ia.ratt, ...(svar !== undefined ? { response: svar } : {}) },
		context: kontextFor(k, [], {
			contextActivities: { parent: [{ objectType: 'Activity', id: k.activityId }] }
		}),
		timestamp: klocka.tid()
	};
}

/** What a hand-in in Normal mode sends, in this order. */
export interface Inlamningsval {
	/** Not yet passed in this registration (a passed is sent at most once, and never a failed after). */
	bedom: boolean;
	/** Not yet completed in this registration (completed at most once per registration). */
	slutfor: boolean;
}

/**
 * A hand-in: each graded decision (answered), then passed or failed, then completed, as far as
 * the registration still allows them (spec 9.3: one passed, no failed after it, one completed).
 * `ms` is the attempt's time from its start to the hand-in.
 */
export function inlamning(
	k: Cmi5Kontext,
	klocka: Klocka,
	rapport: Rapport,
	interaktioner: Interaktion[],
	ms: number,
	val: Inlamningsval
): Statement[] {
	return [
		...interaktioner.map((ia) => answered(k, klocka, ia)),
		...(val.bedom ? [passedEllerFailed(k, klocka, rapport, ms)] : []),
		...(val.slutfor ? [completed(k, klocka, ms)] : [])
	];
}

/**
 * The real clock: UUIDs from the browser, and timestamps that never repeat or go back within a
 * page (statements made in the same millisecond get the next ones), since cmi5 orders a session
 * by timestamp and the outbox sends by the same time.
 */
export function skapaKlocka(
	nu: () => number = () => Date.now(),
	uuid: () => string = () => crypto.randomUUID()
): Klocka {
	let sista = 0;
	return {
		uuid,
		tid: () => {
			sista = Math.max(nu(), sista + 1);
			return new Date(sista).toISOString();
		}
	};
}
