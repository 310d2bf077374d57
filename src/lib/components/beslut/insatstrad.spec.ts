import { describe, expect, it } from 'vitest';
import { INSATSER, INSATSGRUPPER } from '$lib/domain/katalog';
import { OVRIGA_INSATSER, insatsForNod, insatsTrad } from './insatstrad';

describe('insatsTrad', () => {
	it('holds every catalog insats exactly once, under a family', () => {
		const lov = insatsTrad().flatMap((f) => f.barn ?? []);
		expect(lov.map((n) => n.etikett).sort()).toEqual([...INSATSER].sort());
	});

	it('names no family like an insats, so a tree row is found by its label alone', () => {
		const familjer = insatsTrad().map((f) => f.etikett);
		for (const f of familjer) expect(INSATSER as readonly string[]).not.toContain(f);
	});

	it('puts an insats the families do not know under Övriga insatser', () => {
		const trad = insatsTrad(['Ledsagarservice', 'Ny insats']);
		expect(trad.map((f) => f.etikett)).toEqual([INSATSGRUPPER[1].insatskategori, OVRIGA_INSATSER]);
		expect(trad[1].barn?.map((n) => n.etikett)).toEqual(['Ny insats']);
	});
});

describe('insatsForNod', () => {
	it('gives the insats of a leaf and nothing for a family', () => {
		const [familj] = insatsTrad();
		expect(insatsForNod(familj.barn?.[0].id)).toBe(familj.barn?.[0].etikett);
		expect(insatsForNod(familj.id)).toBeNull();
		expect(insatsForNod(undefined)).toBeNull();
	});
});
