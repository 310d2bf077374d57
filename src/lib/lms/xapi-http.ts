/**
 * The xAPI requests the AU makes, with the browser's fetch: the headers every request to the
 * LMS's endpoint carries (cmi5 8.2.1: `Authorization: Basic <auth-token>`; xAPI's version header).
 */
export const XAPI_VERSION = '1.0.3';

export type Hamta = typeof fetch;

export function xapiHuvuden(token: string, json = false): Record<string, string> {
	return {
		Authorization: `Basic ${token}`,
		'X-Experience-API-Version': XAPI_VERSION,
		...(json ? { 'Content-Type': 'application/json' } : {})
	};
}

/** `endpoint` ends with `/` (launch.ts), so a resource name is joined onto it. */
export function resurs(endpoint: string, namn: string, parametrar: Record<string, string>): string {
	return `${endpoint}${namn}?${new URLSearchParams(parametrar)}`;
}
