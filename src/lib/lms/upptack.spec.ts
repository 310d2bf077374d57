import { describe, expect, it } from 'vitest';
import {
	hittaScormApi,
	STARTNYCKEL,
	upptackLms,
	upptackStart,
	type FonsterMedApi
} from './upptack';

/** A frame chain: `djup` frames below a top frame that may hold the API. */
function kedja(djup: number, api?: unknown): FonsterMedApi {
	const topp: FonsterMedApi = { API_1484_11: api };
	topp.parent = topp;
	let w = topp;
	for (let i = 0; i < djup; i++) w = { parent: w };
	return w;
}

describe('hittaScormApi', () => {
	it('finds the API up the parent chain', () => {
		const api = { Initialize: () => 'true' };
		expect(hittaScormApi(kedja(3, api))).toBe(api);
	});
	it('gives up after 500 hops', () => {
		expect(hittaScormApi(kedja(600, {}))).toBeNull();
	});
	it('then looks in the opener and its parents', () => {
		const api = {};
		expect(hittaScormApi({ parent: null, opener: kedja(2, api) })).toBe(api);
	});
	it('treats a frame it may not read as without an API', () => {
		const fientlig = {
			get parent(): FonsterMedApi {
				throw new DOMException('cross-origin', 'SecurityError');
			}
		};
		expect(hittaScormApi(fientlig)).toBeNull();
	});
});

describe('upptackLms', () => {
	it('a cmi5 parameter beside ovning is a cmi5 launch, even a malformed one', () => {
		expect(upptackLms('?ovning=x&endpoint=bad', kedja(0))).toMatchObject({ slag: 'cmi5' });
	});
	it('ovning alone is SCORM only where an API is found', () => {
		expect(upptackLms('?ovning=x', kedja(1, {}))).toMatchObject({ slag: 'scorm', ovning: 'x' });
		expect(upptackLms('?ovning=x', kedja(1))).toBeNull();
	});
	it('no ovning, no launch', () => {
		expect(upptackLms('?endpoint=https://lrs.example.com/', kedja(1, {}))).toBeNull();
		expect(upptackLms('', kedja(0))).toBeNull();
	});
});

describe('upptackStart', () => {
	it('remembers the launch in the tab when the address loses it', () => {
		const m = new Map<string, string>();
		const lagring = {
			getItem: (k: string) => m.get(k) ?? null,
			setItem: (k: string, v: string) => void m.set(k, v)
		};
		expect(upptackStart({ search: '?ovning=x&endpoint=bad' }, kedja(0), lagring)).not.toBeNull();
		expect(m.get(STARTNYCKEL)).toBe('?ovning=x&endpoint=bad');
		expect(upptackStart({ search: '' }, kedja(0), lagring)).toMatchObject({ ovning: 'x' });
	});
});
