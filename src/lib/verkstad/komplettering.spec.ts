import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BESLUT, INSATSKATEGORIER, UTFORARE } from '../domain/katalog';
import { RESERVERADE_PNR } from '../world/reserverade-pnr';
import { forslagslistor, ledigaPnr } from './katalogforslag';
import { forslagFor, somYaml } from './komplettering';
import { idFel, mall } from './mall';

const LISTOR = forslagslistor(RESERVERADE_PNR.slice(1));

describe('forslagFor', () => {
	it("offers the catalog's values for the key being written, from where the value starts", () => {
		const f = forslagFor('    insatskategori: LSS Ko', LISTOR);
		expect(f?.fran).toBe('    insatskategori: '.length);
		expect(f?.varden.map((v) => v.etikett)).toEqual(INSATSKATEGORIER);
		expect(forslagFor('  - { beslut: ', LISTOR)?.varden.map((v) => v.etikett)).toEqual(BESLUT);
	});

	it('offers a list item after the earlier ones, rule sets and the free personnummer', () => {
		const f = forslagFor('insatser: [Korttidsvistelse 2, Le', LISTOR);
		expect(f?.fran).toBe('insatser: [Korttidsvistelse 2, '.length);
		expect(forslagFor('regelverk: [registrering, ', LISTOR)?.varden.map((v) => v.text)).toContain(
			'beslut'
		);
		expect(forslagFor("  kund: { pnr: '19", LISTOR)).toEqual({
			fran: '  kund: { pnr: '.length,
			varden: [{ etikett: RESERVERADE_PNR[0], text: `'${RESERVERADE_PNR[0]}'` }]
		});
		expect(forslagFor('okandnyckel: ', LISTOR)).toBeNull();
		expect(forslagFor('bara text', LISTOR)).toBeNull();
	});

	it('writes every value so that YAML reads back the same text, in a flow list too', () => {
		for (const v of [...UTFORARE, ...BESLUT, 'true', '2', 'a: b', "Kim's"])
			expect(parse(`x: [${somYaml(v)}]`)).toEqual({ x: [v] });
	});
});

describe('a new scenario', () => {
	it('takes a free id and the first reserved personnummer no scenario uses', () => {
		const levererat = (id: string) => id === 'ledsagarservice-ny-kund';
		expect(idFel('mitt-scenario', levererat, [])).toBeNull();
		expect(idFel('', levererat, [])).toMatch(/Skriv ett id/);
		expect(idFel('Mitt scenario', levererat, [])).toMatch(/a–z, 0–9 och bindestreck/);
		expect(idFel('ledsagarservice-ny-kund', levererat, [])).toMatch(/följer med appen/);
		expect(idFel('mitt', levererat, ['mitt'])).toMatch(/redan ett scenario/);
		expect(ledigaPnr(RESERVERADE_PNR.slice(0, 2))[0]).toBe(RESERVERADE_PNR[2]);
		expect(mall('mitt', RESERVERADE_PNR[2])['index.md']).toContain(`pnr: '${RESERVERADE_PNR[2]}'`);
	});
});
