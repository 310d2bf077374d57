import { describe, expect, it } from 'vitest';
import type { Kommando } from '../../kommandon';
import { grade } from '../motor';
import { KUND_B, KUND_B_PERSON } from '../testdata-beslut';
import { kor, scenario } from '../testdata';

// N2: "Om du vill lägga till information om exempelvis en anhörig och/eller god man/företrädare
// kan du göra det via fliken Kontaktuppgifter."
const s = scenario({
	idag: '2025-04-07',
	manualSections: ['Personuppgifter'],
	start: { kunder: [KUND_B_PERSON] },
	forvantat: {
		kund: { pnr: KUND_B },
		kontakter: [{ typ: 'God man/förvaltare', namn: 'Sjöberg, Karin', telefon: '042-10 20 30' }]
	},
	regelverk: ['kontakt']
});

const spara = (kontakt: Record<string, string>): Kommando => ({
	typ: 'sparaKontakt',
	pnr: KUND_B,
	kontakt: {
		typ: 'God man/förvaltare',
		namn: 'Sjöberg, Karin',
		telefon: '042-10 20 30',
		...kontakt
	}
});
const fel = (steg: Kommando[]) =>
	grade(s, kor(s, steg))
		.fynd.filter((f) => f.status === 'fel')
		.map((f) => f.vad);

describe('kontakt (N2)', () => {
	it('finds the contact by name in either order, and checks Typ and Telefon', () => {
		expect(fel([spara({})])).toEqual([]);
		expect(fel([spara({ namn: 'Karin Sjöberg' })])).toEqual([]);
		expect(fel([spara({ typ: 'Anhörig', telefon: '042-10 20 31' })])).toEqual([
			'Typ på kontakten Sjöberg, Karin',
			'Telefon till kontakten Sjöberg, Karin'
		]);
	});
	it('a contact never saved is missing, and its fields are not judged', () => {
		const r = grade(s, kor(s, []));
		expect(r.fynd.map((f) => [f.vad, f.status])).toEqual([
			['Kontakten Sjöberg, Karin sparades under Kontaktuppgifter', 'fel'],
			['Typ på kontakten Sjöberg, Karin', 'ej-bedomd'],
			['Telefon till kontakten Sjöberg, Karin', 'ej-bedomd']
		]);
		expect(r.fynd[0].hittat).toContain('ingen kontakt Sjöberg, Karin under Kontaktuppgifter');
	});
});
