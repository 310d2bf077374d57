import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { variantSteg } from '../domain/facit/variant';
import { handlingen, medFacitetsIdn, variantAv, VariantSkillnadFel } from '../domain/facit/jamfor';
import { lasFacit } from './facit';
import { facitYaml } from './facitskrift';

const SCENARIER = join(import.meta.dirname, '../../../scenarios');
const alla = readdirSync(SCENARIER).filter((d) => existsSync(join(SCENARIER, d, 'facit.yaml')));
const lasFil = (id: string) =>
	lasFacit(readFileSync(join(SCENARIER, id, 'facit.yaml'), 'utf8'), `${id}/facit.yaml`);

describe('facitYaml: a facit written as facit.yaml reads back the same', () => {
	it.each(alla)('%s', (id) => {
		const f = lasFil(id);
		const text = facitYaml(f);
		expect(lasFacit(text, 'inspelad/facit.yaml')).toEqual(f);
	});

	it('writes controls on one line, as the shipped files do', () => {
		const text = facitYaml(lasFil('ledsagarservice-ny-kund'));
		expect(text).toContain('- klicka: { flik: Social och vård dokumentation }');
		expect(text).toContain("fyll: { Sök kund: 801116-9235, Århundrade: '19' }");
		expect(text).toContain('i: { dialog: Spara i personregister }');
		expect(text).toContain('fel: [ S5, S6 ]');
	});
});

describe('variantAv: a recorded wrong path as a variant of the facit', () => {
	it.each(alla)(
		'%s: every shipped variant, played as recorded, is written back to the same steps',
		(id) => {
			const f = lasFil(id);
			for (const [namn, v] of Object.entries(f.varianter)) {
				const inspelade = variantSteg(f, namn, v).map(handlingen);
				let skriven;
				try {
					skriven = variantAv(f, inspelade, v.beskrivning, v.fel, (fa, va) =>
						variantSteg(fa, namn, va)
					);
				} catch (e) {
					// a difference at a step the facit gave no id cannot be named; it says which
					expect(e).toBeInstanceOf(VariantSkillnadFel);
					expect((e as Error).message).toMatch(/saknar id/);
					continue;
				}
				expect(variantSteg(f, namn, skriven).map(handlingen)).toEqual(inspelade);
				// and it reads back from facit.yaml
				const text = facitYaml({ steg: f.steg, varianter: { [namn]: skriven } });
				expect(lasFacit(text, 'x/facit.yaml').varianter[namn]).toEqual(skriven);
			}
		}
	);

	it('writes changed fields as falt and a stop as sluta-efter', () => {
		const f = lasFil('ledsagarservice-ny-kund');
		const v = f.varianter['fail-dagens-datum-hemvardsomrade'];
		const steg = variantSteg(f, 'x', v).map(handlingen);
		const skriven = variantAv(f, steg, 'b', [], (fa, va) => variantSteg(fa, 'x', va));
		expect(skriven.falt).toEqual(v.falt);
		expect(skriven['sluta-efter']).toBeUndefined();
		const vx = (steg: typeof f.steg) =>
			variantAv(f, steg, 'b', [], (fa, va) => variantSteg(fa, 'x', va));
		expect(vx(f.steg.slice(0, 6).map(handlingen))['sluta-efter']).toBe('person');
		// a stop after a step with no id cannot be named
		expect(() => vx(f.steg.slice(0, 5).map(handlingen))).toThrow(/steg 7, som saknar id/);
	});
});

describe('medFacitetsIdn', () => {
	it('gives recorded steps the facit ids and whys of the steps they equal', () => {
		const f = lasFil('ledsagarservice-ny-kund');
		expect(medFacitetsIdn(f.steg.map(handlingen), f.steg)).toEqual(f.steg);
	});
});
