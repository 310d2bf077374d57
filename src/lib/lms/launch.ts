import { z } from 'zod';

/**
 * The cmi5 launch parameters (spec 8.1), read and checked before anything is sent: a malformed
 * launch must not make the app send a token or a learner's id anywhere. Each problem names the
 * parameter, in Swedish, for the message the trainee sees.
 */

const HTTP = /^https?:$/;

function arAbsolutUrl(v: string, krav: RegExp): boolean {
	try {
		return krav.test(new URL(v).protocol);
	} catch {
		return false;
	}
}

/** An IRI as xAPI means it: a scheme, then no whitespace. */
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
/** xAPI's UUID: 8-4-4-4-12 hex digits (RFC 4122 form; any version). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const agentSchema = z.object({
	objectType: z.literal('Agent').optional(),
	name: z.string().optional(),
	account: z.object({
		homePage: z.string().refine((v) => arAbsolutUrl(v, /^[a-z][a-z0-9+.-]*:$/i)),
		name: z.string().min(1)
	})
});
export type Cmi5Agent = z.infer<typeof agentSchema>;

const FELTEXT = {
	ovning: 'ska vara övningens namn',
	endpoint: 'ska vara en fullständig adress som börjar med https:// eller http://',
	fetch: 'ska vara en fullständig adress som börjar med https:// eller http://',
	actor: 'ska vara en xAPI-agent i JSON med ett konto (account med homePage och name)',
	registration: 'ska vara ett UUID, till exempel 760e3480-ba55-4991-94b0-01820dbd23a2',
	activityId: 'ska vara en IRI, till exempel https://example.com/au/1'
} as const;
type Parameter = keyof typeof FELTEXT;

export interface Cmi5Start {
	ovning: string;
	/** Ends with `/`, so `statements`, `activities/state` are joined onto it. */
	endpoint: string;
	fetch: string;
	actor: Cmi5Agent;
	registration: string;
	activityId: string;
}

export type Startresultat = { ok: true; start: Cmi5Start } | { ok: false; fel: string[] };

/** What was given, shortened: a long or hostile value is not echoed whole onto the page. */
function visat(v: string): string {
	return v.length > 60 ? `${v.slice(0, 57)}…` : v;
}

const httpUrl = z.string().refine((v) => arAbsolutUrl(v, HTTP));
const actorJson = z.string().transform((v, ctx) => {
	try {
		return JSON.parse(v) as unknown;
	} catch {
		ctx.addIssue({ code: 'custom', message: 'json' });
		return z.NEVER;
	}
});

/** The launch as zod checks it; `lasCmi5Start` turns its issues into the trainee's sentences. */
export const cmi5StartSchema = z.object({
	ovning: z.string().min(1),
	endpoint: httpUrl.transform((v) => (v.endsWith('/') ? v : `${v}/`)),
	fetch: httpUrl,
	actor: actorJson.pipe(agentSchema),
	registration: z.string().regex(UUID),
	activityId: z.string().regex(IRI)
});

/**
 * Reads a launch's query string. Every parameter is checked, and every problem is listed
 * (`endpoint ska vara … (fick ”bad”)`), so one message says all that is wrong.
 */
export function lasCmi5Start(sok: string): Startresultat {
	const p = new URLSearchParams(sok);
	const indata: Record<string, string> = {};
	const fel: string[] = [];
	for (const n of Object.keys(FELTEXT) as Parameter[]) {
		const v = p.get(n);
		if (v === null || v.trim() === '') fel.push(`${n} saknas: ${FELTEXT[n]}.`);
		else indata[n] = v;
	}
	const r = cmi5StartSchema.safeParse(indata);
	if (r.success && !fel.length) return { ok: true, start: r.data };
	const felaktiga = new Set(r.success ? [] : r.error.issues.map((i) => String(i.path[0])));
	for (const n of Object.keys(FELTEXT) as Parameter[])
		if (n in indata && felaktiga.has(n))
			fel.push(`${n} ${FELTEXT[n]} (fick ”${visat(indata[n])}”).`);
	return { ok: false, fel };
}
