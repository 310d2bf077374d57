import { describe, expect, it } from 'vitest';
import { openKontakt, proposeKontakt } from './kontakt';

describe('proposeKontakt', () => {
	it('opens Lägg till empty, without an id', () => {
		expect(proposeKontakt()).toEqual({
			typ: '',
			namn: '',
			telefon: '',
			adress: '',
			anteckning: ''
		});
	});
});

describe('openKontakt', () => {
	it('opens a saved contact with its own values, as a copy', () => {
		const k = {
			id: 'k1',
			typ: 'Anhörig',
			namn: 'Ek, Eva',
			telefon: '1',
			adress: '',
			anteckning: ''
		};
		const u = openKontakt(k);
		expect(u).toEqual(k);
		expect(u).not.toBe(k);
	});
});
