import type { Steg } from '../schemas/facit';

/**
 * The text a recording's fingerprint is a digest of: the scenario file (its start state sets
 * what the steps meet), a NUL, and the steps as read. One place, so Node's digest
 * (content/inspelning.ts) and the browser's below hash exactly the same bytes.
 */
export function avtrycksText(indexText: string, steg: readonly Steg[]): string {
	return `${indexText}\0${JSON.stringify(steg)}`;
}

/**
 * The same fingerprint as `fingeravtryck` (content/inspelning.ts, node:crypto), computed in the
 * browser with crypto.subtle: the recorder writes `attempts/pass-facit.steg.json` with it.
 */
export async function fingeravtryckWebb(indexText: string, steg: readonly Steg[]): Promise<string> {
	const data = new TextEncoder().encode(avtrycksText(indexText, steg));
	const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
	return [...hash]
		.map((b) => b.toString(16).padStart(2, '0'))
		.join('')
		.slice(0, 16);
}
