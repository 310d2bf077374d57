import type { Context } from '@xapi/xapi';
import { z } from 'zod';
import type { Cmi5Start } from '../launch';
import { resurs, xapiHuvuden, type Hamta } from '../xapi-http';

/**
 * What the AU asks the LMS before its first statement (cmi5 8.2, 10, 11): the auth-token (one POST
 * to the one-time fetch URL), the `LMS.LaunchData` state document, the learner preferences.
 * Each failure is an `LmsFel` whose message says, in Swedish, what went wrong.
 */

export class LmsFel extends Error {
	constructor(meddelande: string) {
		super(meddelande);
		this.name = 'LmsFel';
	}
}

const tokenSvar = z.union([
	z.object({ 'auth-token': z.string().min(1) }),
	z.object({ 'error-code': z.union([z.string(), z.number()]), 'error-text': z.string().optional() })
]);

/** cmi5 8.2.3.2's error codes, in the trainee's words. */
const TOKENFEL: Record<string, string> = {
	'1': 'starten har redan använts eller gått ut',
	'2': 'lärplattformen godtog inte starten (säkerhetsfel)',
	'3': 'lärplattformen hade ett tekniskt fel'
};

export async function hamtaToken(start: Cmi5Start, hamta: Hamta): Promise<string> {
	let svar: Response;
	try {
		// POST, never GET: the fetch URL must not be cached (8.2.1)
		svar = await hamta(start.fetch, { method: 'POST' });
	} catch {
		throw new LmsFel('Lärplattformen kunde inte nås för att starta rapporteringen.');
	}
	const data = svar.ok ? tokenSvar.safeParse(await svar.json().catch(() => null)) : null;
	if (!data?.success)
		throw new LmsFel(
			`Lärplattformen gav inget giltigt svar när rapporteringen startades (${svar.status}).`
		);
	if ('auth-token' in data.data) return data.data['auth-token'];
	const kod = String(data.data['error-code']);
	throw new LmsFel(`Rapporteringen kunde inte startas: ${TOKENFEL[kod] ?? `fel ${kod}`}.`);
}

export const launchDataSchema = z.object({
	contextTemplate: z.record(z.string(), z.unknown()),
	launchMode: z.enum(['Normal', 'Browse', 'Review']),
	launchParameters: z.string().optional(),
	masteryScore: z.number().min(0).max(1).optional(),
	moveOn: z.string().optional(),
	returnURL: z.string().optional()
});
export type LaunchData = Omit<z.infer<typeof launchDataSchema>, 'contextTemplate'> & {
	contextTemplate: Context;
};

function statParametrar(start: Cmi5Start, extra: Record<string, string>): Record<string, string> {
	return { activityId: start.activityId, agent: JSON.stringify(start.actor), ...extra };
}

/** `LMS.LaunchData` (cmi5 10): launch mode, mastery score, moveOn, return URL, context template. */
export async function hamtaLaunchData(
	start: Cmi5Start,
	token: string,
	hamta: Hamta
): Promise<LaunchData> {
	const url = resurs(
		start.endpoint,
		'activities/state',
		statParametrar(start, { registration: start.registration, stateId: 'LMS.LaunchData' })
	);
	let svar: Response;
	try {
		svar = await hamta(url, { headers: xapiHuvuden(token) });
	} catch {
		throw new LmsFel('Lärplattformens startuppgifter (LMS.LaunchData) kunde inte hämtas.');
	}
	const data = svar.ok ? launchDataSchema.safeParse(await svar.json().catch(() => null)) : null;
	if (!data?.success)
		throw new LmsFel(
			`Lärplattformens startuppgifter (LMS.LaunchData) saknas eller är felaktiga (${svar.status}).`
		);
	return data.data as LaunchData;
}

export interface Preferenser {
	languagePreference?: string;
	audioPreference?: 'on' | 'off';
}

const preferensSchema = z.object({
	languagePreference: z.string().optional(),
	audioPreference: z.enum(['on', 'off']).optional()
});

/**
 * The learner preferences (cmi5 11, read on startup as the spec requires). The app is Swedish and
 * silent, so neither changes anything yet; missing or unreadable preferences are no error.
 */
export async function hamtaPreferenser(
	start: Cmi5Start,
	token: string,
	hamta: Hamta
): Promise<Preferenser> {
	const url = resurs(start.endpoint, 'agents/profile', {
		agent: JSON.stringify(start.actor),
		profileId: 'cmi5LearnerPreferences'
	});
	try {
		const svar = await hamta(url, { headers: xapiHuvuden(token) });
		if (!svar.ok) return {};
		const r = preferensSchema.safeParse(await svar.json());
		return r.success ? r.data : {};
	} catch {
		return {};
	}
}
