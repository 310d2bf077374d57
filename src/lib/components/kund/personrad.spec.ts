import { describe, expect, it } from 'vitest';
import { adressrad, PERSONKOLUMNER, personrad } from './personrad';

const person = {
	pnr: '194501103297',
	efternamn: 'Testsson',
	fornamn: 'Tolvan',
	adress: 'Storgatan 1',
	postnummer: '252 20',
	ort: 'Helsingborg'
};

describe('personrad', () => {
	it('shows surname first, the 12-digit personnummer with a dash, and the address', () => {
		const rad = personrad(person);
		expect(rad.id).toBe('194501103297');
		expect(rad.celler).toEqual([
			'Testsson, Tolvan',
			'19450110-3297',
			'Storgatan 1, 252 20 Helsingborg'
		]);
		expect(rad.celler).toHaveLength(PERSONKOLUMNER.length);
	});

	it('leaves out empty address parts instead of printing stray commas', () => {
		expect(adressrad({ adress: '', postnummer: '', ort: 'Helsingborg' })).toBe('Helsingborg');
		expect(adressrad({ adress: 'Storgatan 1', postnummer: '', ort: '' })).toBe('Storgatan 1');
		expect(adressrad({ adress: '', postnummer: '', ort: '' })).toBe('');
	});
});
