import { describe, expect, it } from 'vitest';
import type { KirPerson } from '../model';
import { openRegistrering, proposeRegistrering } from './kund';

const KIR: KirPerson = {
	pnr: '199001012385',
	efternamn: 'Lindqvist',
	fornamn: 'Greta',
	adress: 'Storgatan 1',
	postnummer: '252 20',
	ort: 'Helsingborg',
	civilstand: 'Ogift',
	telefon: '042-10 00 00',
	ejFolkbokford: true
};

const TOM = {
	efternamn: '',
	fornamn: '',
	adress: '',
	postnummer: '',
	ort: '',
	civilstand: '',
	nyckelkod: ''
};

describe('openRegistrering', () => {
	it('fills the box from the KIR hit and leaves Nyckelkod empty', () => {
		expect(openRegistrering(KIR)).toEqual({
			pnr: '199001012385',
			efternamn: 'Lindqvist',
			fornamn: 'Greta',
			adress: 'Storgatan 1',
			postnummer: '252 20',
			ort: 'Helsingborg',
			civilstand: 'Ogift',
			nyckelkod: '',
			kalla: 'KIR'
		});
	});

	it('takes only the fields of the box: not the telephone, not the OBS mark', () => {
		const u = openRegistrering(KIR);
		expect(u).not.toHaveProperty('telefon');
		expect(u).not.toHaveProperty('ejFolkbokford');
	});
});

describe('proposeRegistrering', () => {
	it('keeps the personnummer searched for, read with the century control', () => {
		expect(proposeRegistrering('900101-2385', '19')).toEqual({
			pnr: '199001012385',
			...TOM,
			kalla: 'Ny'
		});
	});

	it('leaves Personnummer empty after a search on anything but a whole personnummer', () => {
		for (const fraga of ['900101*', 'Lindqvist Greta', '*Greta', 'Lind*', '', 'x?'])
			expect(proposeRegistrering(fraga, '19')).toEqual({ pnr: '', ...TOM, kalla: 'Ny' });
	});

	it('keeps the fields in the order of the KIR box, so a saved draft reads the same', () => {
		expect(Object.keys(proposeRegistrering('', '19'))).toEqual(Object.keys(openRegistrering(KIR)));
	});
});
