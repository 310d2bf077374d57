import { describe, expect, it } from 'vitest';
import { utfor, type Kommando } from './kommandon';
import { startState, tillampaAlla } from './projektion';

const KUND = '201610202382';
const MAMMA = '199409132389';
const omvarld = { iRegistret: () => false };
const bas = startState(
	{
		utredningar: [
			{
				id: 'utr-start-1',
				pnr: KUND,
				typ: 'LSS Utredning',
				inledningsdatum: '2025-02-20',
				ansvarigHandlaggare: 'Berg, Sara',
				organisation: 'LSS Myndighet'
			}
		]
	},
	'2025-09-15'
);

function kor(kommandon: Kommando[]) {
	let s = bas;
	for (const k of kommandon) {
		const u = utfor(s, k, omvarld);
		if (!u.ok) throw new Error(u.fel);
		s = tillampaAlla(s, u.handelser);
	}
	return s;
}

describe('sparaHushall (E2)', () => {
	const spara = (over: Partial<Extract<Kommando, { typ: 'sparaHushall' }>> = {}): Kommando => ({
		typ: 'sparaHushall',
		pnr: KUND,
		medlemmar: [{ pnr: MAMMA, namn: 'Karlsson, Sofia', relation: 'Vårdnadshavare' }],
		registerledare: KUND,
		...over
	});

	it('saves the whole hushåll with its registerledare', () => {
		expect(kor([spara()]).hushall[KUND]).toEqual({
			medlemmar: [{ pnr: MAMMA, namn: 'Karlsson, Sofia', relation: 'Vårdnadshavare' }],
			registerledare: KUND
		});
	});

	it('accepts a registerledare other than the customer (graded, not refused)', () => {
		expect(utfor(bas, spara({ registerledare: MAMMA }), omvarld).ok).toBe(true);
	});

	it('refuses what Procapita refuses: a bad number, the customer in their own hushåll, twice the same', () => {
		const m = { namn: 'X', relation: 'Övrigt' };
		expect(
			utfor(bas, spara({ medlemmar: [{ ...m, pnr: '199409132388' }] }), omvarld)
		).toMatchObject({ ok: false, falt: 'Personnummer' });
		expect(utfor(bas, spara({ medlemmar: [{ ...m, pnr: KUND }] }), omvarld).ok).toBe(false);
		expect(
			utfor(
				bas,
				spara({
					medlemmar: [
						{ ...m, pnr: MAMMA },
						{ ...m, pnr: MAMMA }
					]
				}),
				omvarld
			).ok
		).toBe(false);
		expect(utfor(bas, spara({ registerledare: '199202062395' }), omvarld)).toMatchObject({
			ok: false,
			falt: 'Registerledare'
		});
	});
});

describe('skrivUt (E5)', () => {
	const skriv = (over: Partial<Extract<Kommando, { typ: 'skrivUt' }>> = {}): Kommando => ({
		typ: 'skrivUt',
		pnr: KUND,
		vad: 'Utredning',
		dokument: [{ id: 'utr-start-1', etikett: 'LSS Utredning 250220-' }],
		mall: 'LSS utredningsdokument1',
		skrivare: 'Microsoft Print to PDF',
		...over
	});

	it('records what was printed, with which template and printer', () => {
		const u = utfor(bas, skriv(), omvarld);
		expect(u.ok && u.handelser).toEqual([
			{
				typ: 'DokumentUtskrivet',
				pnr: KUND,
				vad: 'Utredning',
				dokument: [{ id: 'utr-start-1', etikett: 'LSS Utredning 250220-' }],
				mall: 'LSS utredningsdokument1',
				skrivare: 'Microsoft Print to PDF'
			}
		]);
	});

	it('refuses nothing chosen, no template and no printer', () => {
		expect(utfor(bas, skriv({ dokument: [] }), omvarld).ok).toBe(false);
		expect(utfor(bas, skriv({ mall: '' }), omvarld)).toMatchObject({
			falt: 'Mall'
		});
		expect(utfor(bas, skriv({ skrivare: '' }), omvarld)).toMatchObject({ falt: 'Skrivare' });
	});
});

describe('andraKundlista (E3)', () => {
	it('adds and removes the customer, in the order added', () => {
		const s = kor([
			{ typ: 'andraKundlista', pnr: KUND, atgard: 'laggTill' },
			{ typ: 'andraKundlista', pnr: MAMMA, atgard: 'laggTill' },
			{ typ: 'andraKundlista', pnr: KUND, atgard: 'taBort' }
		]);
		expect(s.kundlista).toEqual([MAMMA]);
	});

	it('refuses one already in the list, or removing one not in it', () => {
		const s = kor([{ typ: 'andraKundlista', pnr: KUND, atgard: 'laggTill' }]);
		expect(utfor(s, { typ: 'andraKundlista', pnr: KUND, atgard: 'laggTill' }, omvarld).ok).toBe(
			false
		);
		expect(utfor(bas, { typ: 'andraKundlista', pnr: KUND, atgard: 'taBort' }, omvarld).ok).toBe(
			false
		);
	});
});

describe('infogaDokument (E7)', () => {
	it('records the document fetched into the utredning', () => {
		const s = kor([
			{
				typ: 'infogaDokument',
				pnr: KUND,
				plats: { utredningId: 'utr-start-1' },
				dokumentId: 'skannat-1'
			}
		]);
		expect(s.infogade).toEqual([
			{ pnr: KUND, plats: { utredningId: 'utr-start-1' }, dokumentId: 'skannat-1' }
		]);
	});

	it('refuses an utredning the customer does not have', () => {
		expect(
			utfor(
				bas,
				{ typ: 'infogaDokument', pnr: KUND, plats: { utredningId: 'utr-9' }, dokumentId: 'x' },
				omvarld
			).ok
		).toBe(false);
	});
});
