import { describe, expect, it } from 'vitest';
import type { Handelse } from '../handelser';
import { projicera } from '../projektion';
import type { Scenario } from '../../schemas/scenario';
import { FAKTA, PLATS_ROT, STEG } from './fakta';
import {
	BEFINTLIG,
	KUND,
	TVILLING,
	forsok,
	iPagaende,
	kor,
	nyAnsokan,
	sokKund,
	utkast
} from './testdata';
import type { Kontext } from './typer';

function ctx(s: Scenario, handelser: Handelse[]): Kontext {
	return { scenario: s, handelser, state: projicera(s.start, handelser) };
}

const fakta = (namn: string, k: Kontext, p: Record<string, unknown> = {}) => FAKTA[namn](k, p);

describe('fakta', () => {
	const s = nyAnsokan();
	const ratt = ctx(s, kor(s, forsok(s)));

	it('registrering is the KundRegistrerad event for the customer, else undefined', () => {
		expect(fakta('registrering', ratt, { pnr: KUND })).toMatchObject({
			kalla: 'KIR',
			person: { pnr: KUND }
		});
		expect(fakta('registrering', ratt, { pnr: TVILLING })).toBeUndefined();
		expect(fakta('registreratNamn', ratt, { pnr: KUND })).toBe('Lind, Alva');
	});

	it('kundsokningar counts searches for the customer in the right century only', () => {
		const k = ctx(
			s,
			kor(s, [
				sokKund(KUND, '19', []),
				{ typ: 'sokKund', fraga: '100101*', arhundrade: '19', form: 'sexSiffror', traffar: [] },
				{ typ: 'sokKund', fraga: '100101*', arhundrade: '20', form: 'sexSiffror', traffar: [] },
				{
					typ: 'sokKund',
					fraga: 'lind alva',
					arhundrade: '19',
					form: 'helaNamnet',
					traffar: [KUND]
				}
			])
		);
		expect(fakta('sokningar', k)).toHaveLength(4);
		expect(fakta('kundsokningar', k, { pnr: KUND })).toHaveLength(2);
	});

	it('kirSokningar matches the typed personnummer with or without hyphen and century', () => {
		const k = ctx(
			s,
			kor(s, [
				{ typ: 'sokKir', fraga: '100101-2382', traffar: [] },
				{ typ: 'sokKir', fraga: '20100101-2382', traffar: [] },
				{ typ: 'sokKir', fraga: '500118-2046', traffar: [] }
			])
		);
		expect(fakta('kirSokningar', k, { pnr: KUND })).toHaveLength(2);
		expect(fakta('kirSokningar', k, { pnr: BEFINTLIG })).toHaveLength(1);
	});

	it('oppnadeFelArhundrade finds someone born the same day a century apart', () => {
		const k = ctx(
			s,
			kor(s, [
				{ typ: 'oppnaKund', pnr: TVILLING },
				{ typ: 'oppnaKund', pnr: KUND },
				{ typ: 'oppnaKund', pnr: TVILLING }
			])
		);
		expect(fakta('oppnadeKunder', k)).toEqual([TVILLING, KUND]);
		expect(fakta('oppnadeFelArhundrade', k, { pnr: KUND })).toEqual([TVILLING]);
		expect(fakta('oppnadeFelArhundrade', ratt, { pnr: KUND })).toEqual([]);
	});

	it('aktualisering matches by type and occurrence; aktualiseringar are the saved ones', () => {
		const k = ctx(
			s,
			kor(s, [
				{
					typ: 'sparaAktualiseringar',
					pnr: KUND,
					utkast: [
						utkast(s, 'LSS Kontaktperson'),
						{ ...utkast(s, 'LSS Kontaktperson'), datum: '2024-03-01' }
					]
				}
			])
		);
		const p = { pnr: KUND, typ: 'LSS Kontaktperson' };
		expect(fakta('aktualisering', k, p)).toMatchObject({ datum: '2024-03-04' });
		expect(fakta('aktualisering', k, { ...p, nr: 1 })).toMatchObject({ datum: '2024-03-01' });
		expect(fakta('aktualisering', k, { ...p, typ: 'LSS Ledsagarservice' })).toBeUndefined();
		expect(fakta('aktualiseringstyper', k, { pnr: KUND })).toEqual([
			'LSS Kontaktperson',
			'LSS Kontaktperson'
		]);
	});

	it('aktualiseringsplats tells the root from a pågående utredning, even after linking', () => {
		expect(fakta('aktualiseringsplats', ratt, { pnr: KUND, typ: 'LSS Ledsagarservice' })).toBe(
			PLATS_ROT
		);
		const p = iPagaende();
		const k = ctx(p, kor(p, forsok(p)));
		expect(fakta('aktualiseringsplats', k, { pnr: BEFINTLIG, typ: 'LSS Avlösarservice' })).toBe(
			'utredningen LSS Utredning 240110-'
		);
		expect(fakta('aktualiseringar', k, { pnr: BEFINTLIG })).toHaveLength(1);
	});

	it('utredning and kopplade describe the utredning inledd in the attempt', () => {
		expect(fakta('utredning', ratt, { pnr: KUND })).toMatchObject({ typ: 'LSS Utredning' });
		expect(fakta('kopplade', ratt, { pnr: KUND })).toEqual([
			'LSS Ledsagarservice',
			'LSS Kontaktperson'
		]);
		const utan = ctx(s, kor(s, forsok(s).slice(0, -1)));
		expect(fakta('utredning', utan, { pnr: KUND })).toBeUndefined();
		expect(fakta('kopplade', utan, { pnr: KUND })).toBeUndefined();
		expect(fakta('utredningar', utan, { pnr: KUND })).toEqual([]);
	});

	it('steg names the customer’s steps in order; handelser lists event types', () => {
		expect(fakta('steg', ratt, { pnr: KUND })).toEqual([
			STEG.registersokning,
			STEG.kirsokning,
			STEG.registrering,
			STEG.registersokning,
			STEG.oppnad,
			STEG.aktualisering,
			STEG.aktualisering,
			STEG.utredning
		]);
		expect(fakta('handelser', ratt)).toContain('UtredningInledd');
	});

	it('facts about a customer default to the scenario’s kund', () => {
		expect(fakta('registrering', ratt)).toBe(fakta('registrering', ratt, { pnr: KUND }));
		expect(fakta('steg', ratt)).toEqual(fakta('steg', ratt, { pnr: KUND }));
	});

	it('a malformed parameter throws a message naming it', () => {
		expect(() => fakta('registrering', ratt, { pnr: 42 })).toThrow(/Parametern pnr/);
		expect(() => fakta('aktualisering', ratt)).toThrow(/Parametern typ/);
		expect(() => fakta('utredning', ratt, { nr: -1 })).toThrow(/Parametern nr/);
	});
});
