// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { sattStartpolicy, startpolicySkript } from './startpolicy';

const POLICY = "default-src 'self'; connect-src 'self'; script-src 'self' 'sha256-x'";
const LAUNCH = {
	endpoint: 'https://lrs.kommun.se/xapi/',
	fetch: 'https://lms.kommun.se/cmi5/fetch/abc',
	actor: '{"objectType":"Agent","account":{"homePage":"https://lms.kommun.se","name":"a1"}}',
	registration: '5b7c2d9e-1b1a-4e7f-9f55-3c1d2e4f6a7b',
	activityId: 'https://lss-ovning.helsingborg.se/xapi/kurs/ovning/x'
};

function starta(parametrar: Record<string, string>): string {
	history.replaceState(null, '', `/?${new URLSearchParams(parametrar)}`);
	return sattStartpolicy(POLICY);
}

const connect = (policy: string) => /connect-src ([^;]*)/.exec(policy)?.[1];

afterEach(() => document.head.replaceChildren());

describe('the package’s start-up policy', () => {
	it('allows exactly the origins of endpoint and fetch, and puts the policy in the head', () => {
		const policy = starta(LAUNCH);
		expect(connect(policy)).toBe("'self' https://lrs.kommun.se https://lms.kommun.se");
		const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
		expect(meta?.getAttribute('content')).toBe(policy);
		expect(policy).toContain("script-src 'self' 'sha256-x'");
	});

	it('names one origin once when endpoint and fetch share it', () => {
		const policy = starta({ ...LAUNCH, fetch: 'https://lrs.kommun.se/fetch?t=1' });
		expect(connect(policy)).toBe("'self' https://lrs.kommun.se");
	});

	it('allows http only on loopback', () => {
		expect(connect(starta({ ...LAUNCH, endpoint: 'http://127.0.0.1:4212/xapi/' }))).toBe(
			"'self' http://127.0.0.1:4212 https://lms.kommun.se"
		);
		expect(connect(starta({ ...LAUNCH, endpoint: 'http://lrs.kommun.se/xapi/' }))).toBe("'self'");
	});

	it('keeps connect-src to self without a whole, valid launch', () => {
		expect(connect(starta({}))).toBe("'self'");
		expect(connect(starta({ ...LAUNCH, registration: '' }))).toBe("'self'");
		expect(connect(starta({ ...LAUNCH, endpoint: 'inte en adress' }))).toBe("'self'");
		expect(connect(starta({ ...LAUNCH, fetch: 'javascript:alert(1)' }))).toBe("'self'");
		expect(connect(starta({ ...LAUNCH, endpoint: 'https://u:p@lrs.kommun.se/' }))).toBe("'self'");
		// a quote or a semicolon cannot reach the policy: only a parsed origin is written
		expect(connect(starta({ ...LAUNCH, endpoint: "https://lrs.kommun.se/x; script-src *'" }))).toBe(
			"'self' https://lrs.kommun.se https://lms.kommun.se"
		);
	});

	it('is written out as a script that runs on its own, and refuses a policy without connect-src', () => {
		history.replaceState(null, '', `/?${new URLSearchParams(LAUNCH)}`);
		new Function(startpolicySkript(POLICY))();
		const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
		expect(connect(meta?.getAttribute('content') ?? '')).toBe(
			"'self' https://lrs.kommun.se https://lms.kommun.se"
		);
		expect(() => startpolicySkript("default-src 'self'")).toThrow(/connect-src/);
	});
});
