import { describe, expect, it } from 'vitest';
import { arBifall } from './beslut';
import { BESLUT } from './katalog';
import { EGET_VAL, INSATSRADER, INSATSTABELL, KOMMUNAL_PA } from './insatstabell';
import {
	bestallningsinsatser,
	beslutsutfall,
	fastUtforare,
	insatsnamn,
	utforareFor
} from './insatstabell-uppslag';

describe('bifall and avslag are read from the table', () => {
	it('knows every beslut of the catalog', () => {
		for (const b of BESLUT) expect(beslutsutfall(b), b).toBeDefined();
	});

	it('grants with every bifall and the LASS-beslut, refuses with every avslag', () => {
		for (const r of INSATSRADER) {
			expect(arBifall({ beslut: r.bifall })).toBe(true);
			if (r.avslag) expect(arBifall({ beslut: r.avslag })).toBe(false);
		}
		expect(arBifall({ beslut: 'Assistanskostnader utöver LASS' })).toBe(true);
	});

	it('does not guess from a name the table lacks', () => {
		expect(arBifall({ beslut: 'LSS Okänd insats Bifall' })).toBe(false);
		expect(beslutsutfall('')).toBeUndefined();
	});
});

describe('the insats a beställning asks for', () => {
	it('follows the utförare for personlig assistans', () => {
		const pa = INSATSTABELL['personlig-assistans'];
		expect(bestallningsinsatser(pa, KOMMUNAL_PA, undefined)).toEqual(['Biträde av assistans']);
		expect(bestallningsinsatser(pa, EGET_VAL, undefined)).toEqual(['Personlig assistans']);
		const utokning = INSATSTABELL['tillfallig-utokning'];
		expect(bestallningsinsatser(utokning, EGET_VAL, undefined)).toEqual(['Pers ass tillf utök']);
		expect(bestallningsinsatser(pa, 'Privat, Utförare', undefined)).toBeUndefined();
	});

	it('follows the nivå for korttidsvistelse', () => {
		const kv = INSATSTABELL.korttidsvistelse;
		expect(bestallningsinsatser(kv, 'Lss, Barn/Ungdom 1', '2')).toEqual(['Korttidsvistelse 2']);
		expect(bestallningsinsatser(kv, 'Lss, Barn/Ungdom 1', undefined)).toBeUndefined();
	});

	it('names no stödfamilj insats, whose names the manual never gives (reading 8)', () => {
		const sf = INSATSTABELL.stodfamilj;
		expect(bestallningsinsatser(sf, 'Lss, Rekryteringshandläggare', '3')).toBeUndefined();
		expect(insatsnamn(sf)).toEqual(['Stödfamilj 1', 'Stödfamilj 2', 'Stödfamilj 3']);
	});

	it('names none where the manual names none', () => {
		expect(bestallningsinsatser(INSATSTABELL.korttidstillsyn, '', undefined)).toBeUndefined();
		expect(bestallningsinsatser(INSATSTABELL['bostad-vuxna'], '', undefined)).toEqual([
			'Boende vuxna LSS'
		]);
	});
});

describe('the utförare of a beställning', () => {
	it('is one, or kommunal and privat for personlig assistans', () => {
		expect(fastUtforare(INSATSTABELL.ledsagarservice)).toBe('Lss, Rekryteringshandläggare');
		expect(fastUtforare(INSATSTABELL['personlig-assistans'])).toBeUndefined();
		expect(utforareFor(INSATSTABELL['tillfallig-utokning'])).toEqual([KOMMUNAL_PA, EGET_VAL]);
	});
});
