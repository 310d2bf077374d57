import { describe, expect, it } from 'vitest';
import { kortDatum } from '../../datum';
import { grade } from '../motor';
import { andra, ettFynd, kor } from '../testdata';
import { KUND_B, personligAssistans, rattForsok, SLOT, stodfamilj } from '../testdata-beslut';
import { beslutsscenario } from '../testdata-beslut';
import { verkstallighetsregler } from './verkstallighet';

describe('verkstallighetsregler', () => {
	it('passes LSS Insatser and Personlig ass LSS – Lss, Eget Val opened as the manual says', () => {
		const s = personligAssistans();
		const r = grade(s, kor(s, rattForsok(s)));
		expect(
			r.fynd.filter((f) => f.status !== 'ratt' && ['B6', 'V2', 'V3', 'V4'].includes(f.regelId))
		).toEqual([]);
		expect(ettFynd(r, 'V3', 'öppnades').avsnitt).toBe(
			'Öppna en verkställighet vid bifall personlig assistans med utförare Lss, Eget val'
		);
	});

	it('fails B6 (kritisk) and V2 when no LSS Insatser is opened after a bifall', () => {
		const s = personligAssistans();
		const utan = rattForsok(s).filter(
			(k) =>
				typeof k === 'function' ||
				k.typ !== 'skapaVerkstallighet' ||
				k.insatskategori !== 'LSS Insatser'
		);
		const r = grade(s, kor(s, utan));
		expect(ettFynd(r, 'B6')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: 'ingen pågående verkställighet LSS Insatser'
		});
		expect(ettFynd(r, 'V2', 'Verkställigheten LSS Insatser öppnades').status).toBe('fel');
		expect(r.godkand).toBe(false);
	});

	it('fails V2 for another LSS-handläggare slot and a date that is not the beslutsdatum', () => {
		const s = personligAssistans();
		const steg = andra(rattForsok(s), 'skapaVerkstallighet', (k) =>
			k.insatskategori === 'LSS Insatser'
				? { ...k, utforare: 'LSS-handläggare 9', fran: '2025-03-20' }
				: k
		);
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'V2', 'Utförare')).toMatchObject({
			status: 'fel',
			hittat: 'Utförare: LSS-handläggare 9'
		});
		expect(ettFynd(r, 'V2', 'Gäller fr.o.m.').status).toBe('fel');
	});

	it('fails V4 when the handläggare opens the utförare’s verkställighet, or a second LSS Insatser', () => {
		const s = personligAssistans();
		const r = grade(s, [
			...kor(s, [
				...rattForsok(s),
				{
					typ: 'skapaVerkstallighet',
					pnr: KUND_B,
					insatskategori: 'Korttidsvistelse-insatser LSS',
					utforare: 'Lss, Barn/Ungdom 1',
					organisation: 'LSS Myndighet',
					fran: '2025-03-10'
				}
			])
		]);
		expect(ettFynd(r, 'V4')).toMatchObject({
			status: 'fel',
			hittat: expect.stringContaining('Lss, Barn/Ungdom 1')
		});

		const f = stodfamilj();
		const andraLss = [
			...rattForsok(f),
			{
				typ: 'skapaVerkstallighet' as const,
				pnr: KUND_B,
				insatskategori: 'LSS Insatser',
				utforare: 'LSS-handläggare 3',
				organisation: 'LSS Myndighet',
				fran: '2025-03-10'
			}
		];
		expect(ettFynd(grade(f, kor(f, andraLss)), 'V4').status).toBe('fel');
		expect(ettFynd(grade(f, kor(f, rattForsok(f))), 'V4').status).toBe('ratt');
	});

	it('names the second LSS Insatser by its label as the tree shows it, not as a raw object', () => {
		const f = stodfamilj();
		const andraLss = [
			...rattForsok(f),
			{
				typ: 'skapaVerkstallighet' as const,
				pnr: KUND_B,
				insatskategori: 'LSS Insatser',
				utforare: SLOT,
				organisation: 'LSS Myndighet',
				fran: '2025-03-10'
			}
		];
		const fynd = ettFynd(grade(f, kor(f, andraLss)), 'V4');
		expect(fynd.hittat).toBe(`Verkställighet: LSS Insatser ${kortDatum('2025-03-10')}- – ${SLOT}`);
	});

	describe('after an avslag for a customer with no pågående beslut', () => {
		const avslag = () =>
			beslutsscenario({
				beslut: [
					{
						insats: 'avlosarservice',
						utfall: 'avslag',
						beslutsdatum: '2025-03-10',
						fran: '2025-03-10'
					}
				],
				ingenBestallningFor: [0],
				ingaAndraVerkstalligheter: true
			});
		const oppnaLss = {
			typ: 'skapaVerkstallighet' as const,
			pnr: KUND_B,
			insatskategori: 'LSS Insatser',
			utforare: SLOT,
			organisation: 'LSS Myndighet',
			fran: '2025-03-10'
		};

		it('passes when no verkställighet is opened', () => {
			const s = avslag();
			const r = grade(s, kor(s, rattForsok(s)));
			expect(r.fynd.filter((f) => f.regelId === 'V4').map((f) => f.status)).toEqual([
				'ratt',
				'ratt'
			]);
		});

		it('fails V4 for LSS Insatser under the sentence that supports it, not as the utförare’s', () => {
			const s = avslag();
			const r = grade(s, kor(s, [...rattForsok(s), oppnaLss]));
			expect(ettFynd(r, 'V4', 'Ingen verkställighet LSS Insatser öppnades')).toMatchObject({
				status: 'fel',
				hittat: expect.stringContaining('LSS Insatser'),
				manualcitat:
					'Alla kunder som har ett pågående beslut/insats ska ha en öppen verkställighet som heter LSS Insatser.'
			});
			expect(
				ettFynd(r, 'V4', 'Inga verkställigheter öppnades som utföraren ska öppna').status
			).toBe('ratt');
		});
	});

	it("refuses lssInsatser: 'finns' when the start state has none, naming the file and field", () => {
		const s = stodfamilj();
		expect(() =>
			verkstallighetsregler({ ...s, start: { ...s.start, verkstalligheter: [] } })
		).toThrow(/scenarios\/test\/index.md: forvantat.lssInsatser/);
		expect(verkstallighetsregler(beslutsscenario({}))).toEqual([]);
	});
});
