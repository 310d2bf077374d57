import { describe, expect, it } from 'vitest';
// loaded for its commands: kommandon.ts dispatches them there
import '../../bevakning-kommandon';
import type { LaggBevakning } from '../../bevakning-kommandon';
import { grade } from '../motor';
import { ettFynd, kor, scenario, type Steg } from '../testdata';
import { bevakningsregler } from './bevakning';

const PNR = '195001182046';
const SLOT = 'LSS-handläggare 3';

const start = {
	kunder: [
		{
			pnr: PNR,
			efternamn: 'Ek',
			fornamn: 'Gustav',
			adress: 'Hamngatan 4',
			postnummer: '252 25',
			ort: 'Helsingborg',
			civilstand: 'Gift',
			nyckelkod: '999999 – Ej skriven i Helsingborg'
		}
	],
	utredningar: [
		{
			id: 'utr-start',
			pnr: PNR,
			typ: 'LSS Utredning',
			inledningsdatum: '2024-09-01',
			slutdatum: '2024-10-01',
			ansvarigHandlaggare: 'Berg, Sara',
			organisation: 'LSS Myndighet'
		}
	],
	beslut: [
		{
			id: 'beslut-start-1',
			pnr: PNR,
			utredningId: 'utr-start',
			insatskategori: 'Kontaktperson LSS',
			beslut: 'LSS Kontaktperson Bifall',
			beslutsdatum: '2024-10-01',
			fran: '2024-10-01',
			till: '2025-09-30',
			beslutsfattare: 'Berg, Sara',
			organisation: 'LSS Myndighet',
			utredningAvslutas: true
		}
	],
	bevakningar: [
		{
			id: 'bev-start-1',
			pnr: PNR,
			plats: 'beslut',
			beslutId: 'beslut-start-1',
			datum: '2025-03-10',
			status: 'Ej påbörjad',
			typAv: 'LSS Följ upp beslut/verks',
			bevakasAv: SLOT,
			text: 'Följ upp kontaktpersonen.'
		}
	]
};

const s = scenario({
	idag: '2025-03-10',
	roll: { namn: 'Berg, Sara', lssHandlaggare: SLOT },
	manualSections: ['Bevakningar'],
	start,
	forvantat: {
		kund: { pnr: PNR },
		bevakningar: [
			{
				plats: 'beslut',
				beslut: 'beslut-start-1',
				typAv: 'LSS Beslut upphör',
				senast: '2025-09-29',
				bevakasAv: SLOT,
				status: 'Ej påbörjad'
			}
		],
		bevakningsstatus: [{ id: 'bev-start-1', status: 'Klar' }]
	},
	regelverk: ['bevakning']
});

const lagg = (over: Partial<LaggBevakning> = {}): LaggBevakning => ({
	typ: 'laggBevakning',
	pnr: PNR,
	plats: 'beslut',
	beslutId: 'beslut-start-1',
	datum: '2025-08-01',
	status: 'Ej påbörjad',
	typAv: 'LSS Beslut upphör',
	bevakasAv: SLOT,
	text: 'Beslutet upphör 30/9: ny ansökan?',
	...over
});

const klar: Steg = {
	typ: 'andraBevakning',
	id: 'bev-start-1',
	datum: '2025-03-10',
	status: 'Klar',
	typAv: 'LSS Följ upp beslut/verks',
	bevakasAv: SLOT,
	text: 'Följ upp kontaktpersonen.'
};

const fel = (steg: Steg[]) =>
	grade(s, kor(s, steg))
		.fynd.filter((f) => f.status === 'fel')
		.map((f) => `${f.regelId}${f.kritisk ? '!' : ''} ${f.vad}`);

describe('bevakningsregler', () => {
	it('builds W2–W7 from forvantat, citing the Bevakningar sections', () => {
		const regler = bevakningsregler(s);
		expect([...new Set(regler.map((r) => r.id))].sort()).toEqual([
			'W2',
			'W3',
			'W4',
			'W5',
			'W6',
			'W7'
		]);
		for (const r of regler)
			expect(['Lägga ny bevakning från beslut', 'Lägga ny bevakning från annan plats']).toContain(
				r.avsnitt
			);
	});

	it('passes the bevakning laid as expected and the start one set Klar', () => {
		const r = grade(s, kor(s, [lagg(), klar]));
		expect(r.fynd.filter((f) => f.status !== 'ratt')).toEqual([]);
		expect(r.godkand).toBe(true);
	});

	it('fails W3 for a date after the latest, W5 for another type, W6 (kritisk) for another slot', () => {
		expect(fel([lagg({ datum: '2025-10-01' }), klar])).toEqual([
			'W3 Bevakningsdatum på bevakningen LSS Beslut upphör är senast 2025-09-29'
		]);
		expect(fel([lagg({ typAv: 'LSS Följ upp beslut/verks' }), klar])).toEqual([
			'W5! Bevakning typ av på bevakningen LSS Beslut upphör'
		]);
		expect(fel([lagg({ bevakasAv: 'LSS-handläggare 7' }), klar])).toEqual([
			'W6! Bevakas av på bevakningen LSS Beslut upphör'
		]);
	});

	it('fails W2 when none is laid, or it is laid from Personuppgifter instead of the beslut', () => {
		expect(fel([klar])).toEqual(['W2! En bevakning LSS Beslut upphör lades']);
		// tied to no beslut: the tie is not assessed, the place already says what is wrong
		expect(fel([lagg({ plats: 'personuppgifter' }), klar])).toEqual([
			'W2! Bevakningen LSS Beslut upphör lades från rätt plats'
		]);
	});

	it('fails W4 when the handled bevakning is not set Klar', () => {
		expect(fel([lagg()])).toEqual([
			'W4 Status på bevakningen LSS Följ upp beslut/verks 2025-03-10 (LSS-handläggare 3)'
		]);
		const r = grade(s, kor(s, [lagg()]));
		expect(ettFynd(r, 'W4', 'Följ upp')).toMatchObject({
			hittat: 'Status: Ej påbörjad',
			forvantat: 'Klar'
		});
	});

	it('fails W7 for a personnummer or a diagnosis (kritisk) and for a long or empty text', () => {
		expect(fel([lagg({ text: 'Ek 19500118-2046 upphör' }), klar])).toEqual([
			'W7! Inget personnummer i bevakningens text'
		]);
		expect(fel([lagg(), { ...klar, text: 'Autism, följ upp' } as Steg])).toEqual([
			'W7! Ingen diagnos i bevakningens text'
		]);
		expect(fel([lagg({ text: 'x'.repeat(101) }), klar])).toEqual([
			'W7 Bevakningens text är mycket kortfattad'
		]);
		expect(fel([lagg({ text: '' }), klar])).toEqual([
			'W7 Bevakningens text säger vad det handlar om'
		]);
		const r = grade(s, kor(s, [lagg({ text: 'Ek 19500118-2046 upphör' }), klar]));
		expect(ettFynd(r, 'W7', 'personnummer').hittat).toContain('personnummer 19500118-2046');
	});
});
