import { describe, expect, it } from 'vitest';
import { fingeravtryck } from './inspelning';
import { anvandaPnr, kontrolleraMapp, lasMapp } from './kontroll';
import { fingeravtryckWebb } from './fingeravtryck';
import { kontrolleraEget } from './kontroll-webb';
import { lasFacit } from './facit';
import { ledigaPnr } from '../verkstad/katalogforslag';
import { mall } from '../verkstad/mall';

const RIKTIG = 'scenarios/ledsagarservice-ny-kund';

describe('the check in the browser', () => {
	it("computes Node's fingerprint with Web Crypto, so a recording is fresh in both", async () => {
		const filer = lasMapp(RIKTIG);
		const steg = lasFacit(filer['facit.yaml'], 'facit.yaml').steg;
		expect(await fingeravtryckWebb(filer['index.md'], steg)).toBe(
			fingeravtryck(filer['index.md'], steg)
		);
	});

	it('gives what npm run scenario -- check gives, recorded attempts graded', async () => {
		const filer = lasMapp(RIKTIG);
		const k = await kontrolleraEget('ledsagarservice-ny-kund', filer);
		expect(k.problem).toEqual(kontrolleraMapp(RIKTIG).problem);
		expect(k.ejInspelade).toEqual([]);
		const andrad = await kontrolleraEget('ledsagarservice-ny-kund', {
			...filer,
			'index.md': filer['index.md'].replace('version: 1', 'version: 2')
		});
		// another index.md: every recording is stale, so none is graded and all are left to record
		expect(andrad.problem).toEqual([]);
		expect(andrad.ejInspelade).toHaveLength(
			Object.keys(filer).filter((f) => /attempts\/[pf]/.test(f) && !f.includes('.steg.')).length
		);
	});

	it("passes a new scenario's template, with a free personnummer, its facit left to record", async () => {
		const pnr = ledigaPnr(anvandaPnr('scenarios'))[0];
		const k = await kontrolleraEget('mitt-scenario', mall('mitt-scenario', pnr));
		expect(k.problem).toEqual([]);
		expect(k.ejInspelade).toEqual(['pass-facit']);
	});
});
