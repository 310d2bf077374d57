import { describe, expect, it } from 'vitest';
import type { BeslutUtkast } from '../beslut-kommandon';
import { grade } from './motor';
import { andra, ettFynd, kor } from './testdata';
import { beslutsscenario, delavslag, rattForsok, UTR } from './testdata-beslut';

// A raw rule on the `beslut` fact written as docs/rules-engine.md describes it: the Beslut name
// and the utredning, no `franLista` (which only the rule sets' O8 months need).
const timmarRegel = {
	id: 'B7',
	avsnitt: 'Beslut ledsagarservice',
	vad: 'Antal timmar i ledsagarservicebeslutet',
	fakta: 'beslut',
	parametrar: { utredning: UTR, beslut: 'LSS Ledsagarservice Bifall' },
	sokvag: 'timmar',
	operator: 'equal',
	varde: '8.15',
	vikt: 1
};

/** The delavslag scenario with the raw rule added. */
function medRegel(regel: Record<string, unknown>) {
	const f = delavslag().forvantat;
	return beslutsscenario({ ...f }, { regler: [regel] });
}

describe('the beslut fact', () => {
	it('finds a saved beslut for a raw rule without franLista', () => {
		const s = medRegel(timmarRegel);
		const r = grade(s, kor(s, rattForsok(s)));
		expect(ettFynd(r, 'B7', timmarRegel.vad)).toMatchObject({
			status: 'ratt',
			hittat: 'Antal timmar: 8.15'
		});
	});

	it('fails the raw rule when the saved beslut differs, and says what was saved', () => {
		const s = medRegel(timmarRegel);
		const fel = andra(rattForsok(s), 'sparaBeslut', (k) => ({
			...k,
			utkast: k.utkast.map((u: BeslutUtkast): BeslutUtkast =>
				u.beslut === 'LSS Ledsagarservice Bifall' ? { ...u, timmar: '9.00' } : u
			)
		}));
		const fynd = ettFynd(grade(s, kor(s, fel)), 'B7', timmarRegel.vad);
		expect(fynd.status).toBe('fel');
		expect(fynd.hittat).not.toMatch(/inget beslut/);
	});

	it('takes the nr-th saved beslut of the name when franLista is left out', () => {
		const s = medRegel({
			...timmarRegel,
			vad: 'Det andra ledsagarservicebeslutet',
			parametrar: { ...timmarRegel.parametrar, nr: 1 },
			operator: 'exists'
		});
		const fynd = ettFynd(
			grade(s, kor(s, rattForsok(s))),
			'B7',
			'Det andra ledsagarservicebeslutet'
		);
		expect(fynd).toMatchObject({
			status: 'fel',
			hittat: 'inget beslut LSS Ledsagarservice Bifall sparades i utredningen'
		});
	});

	it('finds the beställning of a beslut named without franLista', () => {
		const s = medRegel({
			id: 'O2',
			avsnitt: 'Beställning ledsagarservice, kontaktperson och avlösarservice (endast vid bifall)',
			vad: 'Beställningen för ledsagarservicebeslutet finns',
			fakta: 'bestallning',
			parametrar: { utredning: UTR, beslut: 'LSS Ledsagarservice Bifall' },
			operator: 'exists'
		});
		const r = grade(s, kor(s, rattForsok(s)));
		expect(ettFynd(r, 'O2', 'Beställningen för ledsagarservicebeslutet finns').status).toBe('ratt');
	});
});
