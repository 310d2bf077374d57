import { describe, expect, it } from 'vitest';
import { lasMapp } from '../content/kontroll';
import { svara } from './granska';

const MINIMAL = lasMapp('src/lib/content/fixtures/plugin/scenarios/minimal');

describe("the editor's worker", () => {
	it('answers the check with each problem placed in its file, and the version', async () => {
		const filer = { ...MINIMAL, 'index.md': MINIMAL['index.md'].replace('grund', 'gurnd') };
		const svar = await svara({ nr: 3, slag: 'granska', id: 'minimal', filer });
		if (!('granskning' in svar)) throw new Error(JSON.stringify(svar));
		expect(svar.nr).toBe(3);
		const [p, ...ovriga] = svar.granskning.problem;
		expect(ovriga).toEqual([]);
		expect(p.rad).toMatch(/^scenarios\/minimal\/index\.md: level: ska vara ett av "grund"/);
		expect(filer['index.md'].slice(p.plats!.fran, p.plats!.till)).toBe('gurnd');
		expect(svar.granskning).toMatchObject({ version: null, harInspelning: false });
		const bra = await svara({ nr: 4, slag: 'granska', id: 'minimal', filer: MINIMAL });
		expect(bra).toMatchObject({
			granskning: { problem: [], ejInspelade: ['pass-facit'], version: 1, harInspelning: false }
		});
	});

	it('gives the completion lists with the personnummer in use taken out', async () => {
		const svar = await svara({
			nr: 1,
			slag: 'listor',
			levererade: [],
			egna: [MINIMAL['index.md']]
		});
		if (!('listor' in svar)) throw new Error(JSON.stringify(svar));
		expect(svar.listor.lediga).not.toContain('195207291591');
		expect(svar.listor.perNyckel.regelverk.map((v) => v.etikett)).toContain('registrering');
	});

	it('says when the version that was shared now grades differently, and not for the words', async () => {
		const delad = { '1': MINIMAL['index.md'] };
		const granska = async (index: string) => {
			const svar = await svara({
				nr: 5,
				slag: 'granska',
				id: 'minimal',
				filer: { ...MINIMAL, 'index.md': index },
				utgivna: delad
			});
			if (!('granskning' in svar)) throw new Error(JSON.stringify(svar));
			return svar.granskning.problem.map((p) => p.rad);
		};
		const nyDag = MINIMAL['index.md'].replace('idag: 2024-03-04', 'idag: 2024-03-05');
		expect(await granska(nyDag)).toEqual([
			'scenarios/minimal/index.md: version: idag har ändrats sedan den delades som paket men versionen är fortfarande 1. Höj version till 2: gamla försök skulle annars rättas annorlunda utan att det syns.'
		]);
		// a higher version, or a new title, is fine
		expect(await granska(nyDag.replace('version: 1', 'version: 2'))).toEqual([]);
		expect(await granska(MINIMAL['index.md'].replace('Minsta möjliga', 'Minsta'))).toEqual([]);
	});
});
