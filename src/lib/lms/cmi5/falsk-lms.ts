import type { Statement } from '@xapi/xapi';
import type { Cmi5Start } from '../launch';
import { EXT_SESSION } from './statements';

/**
 * A learning platform in memory, for unit tests: a one-time fetch URL, the `LMS.LaunchData`
 * state document, the learner preferences and a statements resource that stores by id. The
 * real-LRS tests (Learning Locker in Chromium) are the e2e suite's.
 */
export function falskLms(launch: Partial<Record<string, unknown>> = {}) {
	const start: Cmi5Start = {
		ovning: 'ledsagarservice-ny-kund',
		endpoint: 'https://lrs.example.com/xapi/',
		fetch: 'https://lms.example.com/token?k=1',
		actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: '42' } },
		registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
		activityId: 'https://lms.example.com/au/1'
	};
	const statements = new Map<string, Statement>();
	const anrop: string[] = [];
	let tokenHamtad = false;
	let natet = true;
	const launchData = {
		contextTemplate: {
			contextActivities: { grouping: [{ id: 'https://example.com/pub/au1' }] },
			extensions: { [EXT_SESSION]: 'sess-1' }
		},
		launchMode: 'Normal',
		moveOn: 'CompletedAndPassed',
		returnURL: 'https://lms.example.com/kurs',
		...launch
	};
	const json = (data: unknown) =>
		new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
	const hamta = (async (url: string, init: RequestInit = {}) => {
		const u = new URL(url);
		anrop.push(`${init.method ?? 'GET'} ${u.pathname}`);
		if (!natet) throw new TypeError('Failed to fetch');
		if (url === start.fetch) {
			if (tokenHamtad) return json({ 'error-code': '1', 'error-text': 'already used' });
			tokenHamtad = true;
			return json({ 'auth-token': 'dG9rZW4=' });
		}
		const auth = (init.headers as Record<string, string>)?.Authorization;
		if (auth !== 'Basic dG9rZW4=') return new Response(null, { status: 401 });
		if (u.pathname.endsWith('/activities/state')) return json(launchData);
		if (u.pathname.endsWith('/agents/profile')) return json({ languagePreference: 'sv-SE' });
		if (u.pathname.endsWith('/statements') && init.method === 'PUT') {
			const id = u.searchParams.get('statementId')!;
			if (!statements.has(id)) statements.set(id, JSON.parse(String(init.body)) as Statement);
			return new Response(null, { status: 204 });
		}
		return new Response(null, { status: 404 });
	}) as unknown as typeof fetch;
	/** The stored statements in the LRS's order for cmi5: by timestamp. */
	const verb = () =>
		[...statements.values()]
			.sort((a, b) => a.timestamp!.localeCompare(b.timestamp!))
			.map((s) => s.verb.id.split('/').at(-1));
	return {
		start,
		statements,
		anrop,
		hamta,
		verb,
		natet: (pa: boolean) => (natet = pa)
	};
}

/** sessionStorage in memory. */
export function minne(): Pick<Storage, 'getItem' | 'setItem'> {
	const m = new Map<string, string>();
	return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}
