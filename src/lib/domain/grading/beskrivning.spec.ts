import { describe, expect, it } from 'vitest';
import { regelSchema, type RegelIndata } from '../../schemas/scenario';
import { beskrivForvantat, beskrivHittat, beskrivVarde } from './beskrivning';

const regel = (r: Partial<RegelIndata>) =>
	regelSchema.parse({
		id: 'S6',
		avsnitt: 'Registrera en ny kund',
		vad: 'x',
		fakta: 'registrering',
		operator: 'equal',
		...r
	});

describe('beskrivVarde', () => {
	it('shows personnummer as Procapita does, lists by item, booleans in Swedish', () => {
		expect(beskrivVarde('201001012382')).toBe('20100101-2382');
		expect(beskrivVarde(['a', 'b'])).toBe('a, b');
		expect(beskrivVarde([])).toBe('inga');
		expect(beskrivVarde(true)).toBe('ja');
		expect(beskrivVarde(undefined)).toBe('saknas');
	});

	it('names domain objects by what a trainee recognises', () => {
		expect(
			beskrivVarde({ typ: 'LSS Kontaktperson', datum: '2024-03-04', franVem: 'Anhörig' })
		).toBe('LSS Kontaktperson 2024-03-04');
		expect(beskrivVarde({ typ: 'KundSokt', fraga: '100101*', arhundrade: '19' })).toBe(
			'"100101*" (århundrade 19)'
		);
		expect(beskrivVarde({ kalla: 'Ny', person: { efternamn: 'Lind', fornamn: 'Alva' } })).toBe(
			'Lind, Alva (via Ny)'
		);
		expect(beskrivVarde({ a: 1 })).toBe('a: 1');
	});
});

describe('beskrivHittat', () => {
	const nyckelkod = regel({ sokvag: 'person.nyckelkod', parametrar: { pnr: '201001012382' } });

	it('labels a field as the screen does', () => {
		const fakta = { person: { nyckelkod: '128301 – Helsingborg Centrum' } };
		expect(beskrivHittat(nyckelkod, fakta, fakta.person.nyckelkod)).toBe(
			'Nyckelkod: 128301 – Helsingborg Centrum'
		);
	});

	it('names what was never made, and an empty field', () => {
		expect(beskrivHittat(nyckelkod, undefined, undefined)).toBe('ingen registrering gjordes');
		expect(beskrivHittat(nyckelkod, { person: {} }, '')).toBe('Nyckelkod: inte ifyllt');
		const akt = regel({ fakta: 'aktualisering', parametrar: { typ: 'LSS Kontaktperson' } });
		expect(beskrivHittat(akt, undefined, undefined)).toBe(
			'ingen aktualisering med Typ av aktualisering LSS Kontaktperson sparades'
		);
	});

	it('counts lists, and shows an order rule’s steps as they came', () => {
		const antal = regel({ fakta: 'oppnadeKunder', operator: 'countEqual', varde: 0 });
		expect(beskrivHittat(antal, ['191001019809'], ['191001019809'])).toBe(
			'Öppnade kunder: 1 st: 19100101-9809'
		);
		const ordning = regel({
			fakta: 'steg',
			operator: 'precededBy',
			varde: { fore: 'A', efter: 'B' }
		});
		expect(beskrivHittat(ordning, ['B', 'B', 'X', 'A', 'B'], ['B', 'B', 'X', 'A', 'B'])).toBe(
			'B → A → B'
		);
		expect(beskrivHittat(ordning, ['A'], ['A'])).toBe('B gjordes inte');
	});
});

describe('beskrivForvantat', () => {
	it('uses the author’s words when given, else words from the value', () => {
		expect(beskrivForvantat(regel({ varde: 'x', forvantatText: 'Välj x' }))).toBe('Välj x');
		expect(beskrivForvantat(regel({ varde: '999999 – Ej skriven i Helsingborg' }))).toBe(
			'999999 – Ej skriven i Helsingborg'
		);
		expect(beskrivForvantat(regel({ operator: 'countEqual', varde: 2 }))).toBe('2 st');
		expect(beskrivForvantat(regel({ operator: 'exists' }))).toBe('ska finnas');
		expect(
			beskrivForvantat(regel({ operator: 'precededBy', varde: { fore: 'A', efter: 'B' } }))
		).toBe('A före B');
	});
});
