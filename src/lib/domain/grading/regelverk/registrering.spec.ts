import { describe, expect, it } from 'vitest';
import { NYCKELKOD_EJ_SKRIVEN } from '../../katalog';
import { grade } from '../motor';
import { andra, ettFynd, forsok, kor, nyAnsokan, obsKir, omprovning } from '../testdata';
import { registreringsregler } from './registrering';

const bara = (s: ReturnType<typeof nyAnsokan>) => ({ ...s, regelverk: ['registrering' as const] });

describe('registreringsregler', () => {
	it('builds S5 and S6 from forvantat.registrering, Civilstånd only when named', () => {
		expect(registreringsregler(nyAnsokan()).map((r) => r.id)).toEqual(['S5', 'S5', 'S5', 'S6']);
		const obs = registreringsregler(obsKir());
		expect(obs.map((r) => r.id)).toEqual(['S5', 'S5', 'S5', 'S5', 'S6']);
		expect(obs.find((r) => r.sokvag === 'person.civilstand')?.varde).toBe('Ogift');
		for (const r of obs) expect(r.avsnitt).toBe('Registrera en ny kund');
	});

	it('builds nothing for a customer already in the register', () => {
		expect(registreringsregler(omprovning())).toEqual([]);
	});

	it('passes a correct registration via KIR', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, kor(s, forsok(s)));
		expect(r.fynd.map((f) => f.status)).toEqual(['ratt', 'ratt', 'ratt', 'ratt']);
	});

	it('fails S6 when a Helsingborg area code is chosen, saying what was found', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, kor(s, forsok(s, { nyckelkod: '128301 – Helsingborg Centrum' })));
		const f = ettFynd(r, 'S6');
		expect(f.status).toBe('fel');
		expect(f.kritisk).toBe(true);
		expect(f.hittat).toBe('Nyckelkod: 128301 – Helsingborg Centrum');
		expect(f.forvantat).toContain(NYCKELKOD_EJ_SKRIVEN);
	});

	it('passes the OBS case registered with Ny, and fails it (kritisk) when the KIR hit is taken', () => {
		const s = bara(obsKir());
		expect(ettFynd(grade(s, kor(s, forsok(s))), 'S5', 'Ny trots').status).toBe('ratt');
		const r = grade(s, kor(s, forsok(s, { kalla: 'KIR' })));
		const f = ettFynd(r, 'S5', 'Ny trots');
		expect(f).toMatchObject({ status: 'fel', kritisk: true, hittat: 'Registrerad via: KIR' });
		expect(f.manualcitat).toContain('Du ska inte markera personen och klicka på OK');
	});

	it('fails (kritisk) a person in KIR registered with Ny: the folkbokföring is lost', () => {
		const s = bara(nyAnsokan());
		const f = ettFynd(grade(s, kor(s, forsok(s, { kalla: 'Ny' }))), 'S5', 'från KIR');
		expect(f).toMatchObject({ status: 'fel', kritisk: true, hittat: 'Registrerad via: Ny' });
	});

	it('fails the name typed first name first (avgörande), and a Civilstånd guessed (formell)', () => {
		const s = bara(obsKir());
		const steg = andra(forsok(s), 'registreraKund', (k) => ({
			...k,
			person: { ...k.person, efternamn: 'Alva', fornamn: 'Lind', civilstand: 'Gift' }
		}));
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'S5', 'efternamnet först')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: 'Namn: Alva, Lind'
		});
		expect(ettFynd(r, 'S5', 'Civilstånd')).toMatchObject({
			status: 'fel',
			kritisk: false,
			hittat: 'Civilstånd: Gift'
		});
		expect(r.godkand).toBe(false);
	});

	it('reports a missing registration once; its fields are not assessed', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, []);
		const finns = ettFynd(r, 'S5', 'registrerades i personregistret');
		expect(finns).toMatchObject({ status: 'fel', hittat: 'ingen registrering gjordes' });
		expect(r.fynd.filter((f) => f.status === 'ej-bedomd')).toHaveLength(3);
	});
});
