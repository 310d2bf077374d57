/**
 * The quotes the beslut and beställning rules give stand verbatim in the manual, in the rule's
 * own section: the in-app manual opens a finding's section and marks its quote there, so a quote
 * only another section holds would send the trainee to another insats's page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { delaIAvsnitt, hittaCitat } from '../../../manual/avsnitt';
import { slug } from '../../../manual/slug';
import { INSATSFAMILJER, INSATSTABELL, type Insatsfamilj } from '../../insatstabell';
import { utforareFor } from '../../insatstabell-uppslag';
import { beslutsscenario } from '../testdata-beslut';
import type { Regel } from '../typer';
import { beslutsregler } from './beslut';
import { bestallningsregler } from './bestallning';

const sektioner = delaIAvsnitt(
	readFileSync(
		fileURLToPath(new URL('../../../manual/procapita-lss-manual.txt', import.meta.url)),
		'utf8'
	)
);

/** Where the manual holds the rule's quote: its own section, another, or nowhere. */
function plats(r: Regel): string {
	const f = hittaCitat(sektioner, r.manualcitat ?? '', slug(r.avsnitt));
	if (!f) return 'saknas';
	return f.sektion.rubrik === r.avsnitt ? 'eget' : f.sektion.rubrik;
}

const BESLUTAT = { beslutsdatum: '2025-03-10', fran: '2025-03-10', till: '2026-03-09' };

/** One beslut of `insats` with every field its row asks for, and its beställning on a bifall. */
function ettBeslut(insats: Insatsfamilj, utfall: 'bifall' | 'avslag', utforare?: string) {
	const rad = INSATSTABELL[insats];
	const bifall = utfall === 'bifall';
	return beslutsscenario({
		beslut: [
			{
				insats,
				utfall,
				...BESLUTAT,
				beslutsfattare: 'Holm, Johan',
				personkrets: true,
				...(bifall && rad.niva ? { niva: 2 } : {}),
				...(bifall && rad.timmar && rad.timmar !== 'inga' ? { timmar: '10.30' } : {})
			}
		],
		bestallningar: bifall ? [{ forBeslut: 0, ...(utforare ? { utforare } : {}) }] : [],
		ingenBestallningFor: bifall ? [] : [0],
		lssInsatser: 'finns'
	});
}

const fall = INSATSFAMILJER.flatMap((insats) => {
	const rad = INSATSTABELL[insats];
	const utforare = utforareFor(rad);
	return [
		...utforare.map((u) => ({
			namn: `${insats} bifall, ${u}`,
			s: ettBeslut(insats, 'bifall', utforare.length > 1 ? u : undefined)
		})),
		...(rad.avslag ? [{ namn: `${insats} avslag`, s: ettBeslut(insats, 'avslag') }] : [])
	];
});

describe('every quote of a beslut or beställning rule stands in its own section', () => {
	it.each(fall)('$namn', ({ s }) => {
		const regler = [...beslutsregler(s), ...bestallningsregler(s)];
		expect(regler.length).toBeGreaterThan(5);
		for (const r of regler)
			expect(plats(r), `${r.id} ${r.vad}: "${String(r.manualcitat)}"`).toBe('eget');
	});

	it('in a delavslag too, and on several beslut', () => {
		const s = beslutsscenario({
			beslut: [
				{ insats: 'ledsagarservice', utfall: 'bifall', ...BESLUTAT, timmar: '8.15' },
				{ insats: 'kontaktperson', utfall: 'bifall', ...BESLUTAT },
				{ insats: 'avlosarservice', utfall: 'avslag', ...BESLUTAT }
			],
			bestallningar: [{ forBeslut: 0 }, { forBeslut: 1 }],
			ingenBestallningFor: [2],
			lssInsatser: 'finns'
		});
		const regler = [...beslutsregler(s), ...bestallningsregler(s)];
		expect(regler.map((r) => r.id)).toEqual(expect.arrayContaining(['B4', 'B5', 'O1', 'O3']));
		for (const r of regler)
			expect(plats(r), `${r.id} ${r.vad}: "${String(r.manualcitat)}"`).toBe('eget');
	});

	it('quotes the insats’s own beslut where its section lists several', () => {
		const s = ettBeslut('kontaktperson', 'bifall');
		const citat = [...beslutsregler(s), ...bestallningsregler(s)].map((r) => r.manualcitat ?? '');
		expect(citat).toContain('Vid bifall välj rätt Beslut: … LSS Kontaktperson Bifall');
		expect(citat).toContain(
			'2) Välj rätt Beslut utifrån beslutad insats: … LSS Kontaktperson Bifall DATUM'
		);
		expect(citat.join('\n')).not.toContain('LSS Ledsagarservice');
	});
});
