import { describe, expect, it } from 'vitest';
import type { Aktualisering } from '../model';
import { proposeInled, saknatInledningsfalt } from './utredning';

const akt = (id: string, ansvarigHandlaggare: string): Aktualisering => ({
	id,
	pnr: '191202119150',
	typ: 'LSS Ledsagarservice',
	datum: '2025-04-01',
	franVem: 'Den enskilde',
	ansvarigHandlaggare,
	organisation: 'LSS Myndighet',
	behandlad: false
});

describe('proposeInled', () => {
	it("proposes today, the first aktualisering's handläggare, and ticks only that one", () => {
		const sparade = [akt('akt-1', 'Berg, Sara'), akt('akt-2', 'Holm, Johan')];
		expect(proposeInled(sparade, '2025-04-10')).toEqual({
			inledningsdatum: '2025-04-10',
			typ: '',
			ansvarig: 'Berg, Sara',
			organisation: '',
			valda: ['akt-1']
		});
	});

	it('leaves Ansvarig handläggare empty and ticks nothing without a saved aktualisering', () => {
		expect(proposeInled([], '2025-04-10')).toEqual({
			inledningsdatum: '2025-04-10',
			typ: '',
			ansvarig: '',
			organisation: '',
			valda: []
		});
	});

	it('keeps the fields in their order, so a saved draft reads the same', () => {
		expect(Object.keys(proposeInled([], '2025-04-10'))).toEqual([
			'inledningsdatum',
			'typ',
			'ansvarig',
			'organisation',
			'valda'
		]);
	});
});

describe('saknatInledningsfalt', () => {
	const ifylld = {
		inledningsdatum: '2025-03-03',
		typ: 'LSS Utredning',
		ansvarig: 'Lindgren, Amira',
		organisation: 'LSS Myndighet'
	};
	it('names Typ av utredning and Organisation as Inled utredning opens, and nothing when filled', () => {
		const i = proposeInled([], '2025-03-05');
		expect(saknatInledningsfalt(i)).toBe('Typ av utredning');
		expect(saknatInledningsfalt({ ...i, typ: 'LSS Utredning', ansvarig: 'Lindgren, Amira' })).toBe(
			'Organisation'
		);
		expect(saknatInledningsfalt(ifylld)).toBeNull();
	});
});
