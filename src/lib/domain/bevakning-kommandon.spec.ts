import { describe, expect, it } from 'vitest';
import { bevakningslista, type Bevakning } from './bevakning';
import { BAKAT_I_TIDEN, type LaggBevakning } from './bevakning-kommandon';
import { utfor } from './kommandon';
import { projicera, startState, tillampaAlla } from './projektion';
import type { CaseState } from './model';

const PNR = '195001182046';
const IDAG = '2025-03-10';
const omvarld = { iRegistret: () => false };

const beslut = {
	id: 'beslut-start-1',
	pnr: PNR,
	utredningId: 'utr-start',
	insatskategori: 'Kontaktperson LSS',
	beslut: 'LSS Kontaktperson Bifall',
	beslutsdatum: '2024-10-01',
	fran: '2024-10-01',
	till: '2025-09-30',
	beslutsfattare: 'Berg, Sara',
	organisation: 'LSS Myndighet',
	utredningAvslutas: true
};

const startBevakning: Bevakning = {
	id: 'bev-start-1',
	pnr: PNR,
	plats: 'personuppgifter',
	datum: '2025-03-01',
	status: 'Ej påbörjad',
	typAv: 'LSS Övrigt',
	bevakasAv: 'LSS-handläggare 3',
	text: 'Ring om ny adress.'
};

function state(): CaseState {
	return startState({ beslut: [beslut], bevakningar: [startBevakning] }, IDAG);
}

const ny = (over: Partial<LaggBevakning> = {}): LaggBevakning => ({
	typ: 'laggBevakning',
	pnr: PNR,
	plats: 'beslut',
	beslutId: 'beslut-start-1',
	datum: '2025-07-31',
	status: 'Ej påbörjad',
	typAv: 'LSS Beslut upphör',
	bevakasAv: 'LSS-handläggare 3',
	text: 'Beslutet upphör 30/9.',
	...over
});

describe('laggBevakning', () => {
	it('lays a bevakning tied to the beslut, numbered apart from the start state’s ids', () => {
		const u = utfor(state(), ny(), omvarld);
		expect(u).toEqual({
			ok: true,
			handelser: [
				{
					typ: 'BevakningLagd',
					bevakning: {
						id: 'bev-1',
						pnr: PNR,
						plats: 'beslut',
						beslutId: 'beslut-start-1',
						datum: '2025-07-31',
						status: 'Ej påbörjad',
						typAv: 'LSS Beslut upphör',
						bevakasAv: 'LSS-handläggare 3',
						text: 'Beslutet upphör 30/9.'
					}
				}
			]
		});
	});

	it('refuses a Bevakningsdatum in the past with the manual’s OBS (W3)', () => {
		const u = utfor(state(), ny({ datum: '2025-03-09' }), omvarld);
		expect(u).toEqual({
			ok: false,
			falt: 'Bevakningsdatum',
			fel: `Bevakningsdatum 2025-03-09 ligger bakåt i tiden (idag är ${IDAG}). ${BAKAT_I_TIDEN}`
		});
		expect(BAKAT_I_TIDEN).toBe('OBS: datum bakåt i tiden inte kan användas.');
	});

	it('accepts today (reading 22) and any later day, however odd: that is graded', () => {
		expect(utfor(state(), ny({ datum: IDAG }), omvarld).ok).toBe(true);
		expect(utfor(state(), ny({ datum: '2030-01-01', text: '' }), omvarld).ok).toBe(true);
	});

	it('refuses a date that is none, and an empty Bevakning typ av or Bevakas av', () => {
		expect(utfor(state(), ny({ datum: '2025-02-30' }), omvarld)).toMatchObject({
			ok: false,
			falt: 'Bevakningsdatum'
		});
		expect(utfor(state(), ny({ typAv: '' }), omvarld)).toMatchObject({
			ok: false,
			falt: 'Bevakning typ av'
		});
		expect(utfor(state(), ny({ bevakasAv: '' }), omvarld)).toMatchObject({
			ok: false,
			falt: 'Bevakas av'
		});
	});

	it('keeps only the place it was laid from: no beslut id on one from Personuppgifter', () => {
		const u = utfor(state(), ny({ plats: 'personuppgifter', typAv: 'LSS Övrigt' }), omvarld);
		expect(u.ok && u.handelser[0]).toMatchObject({ bevakning: { plats: 'personuppgifter' } });
		expect(u.ok && 'beslutId' in (u.handelser[0] as { bevakning: object }).bevakning).toBe(false);
		expect(utfor(state(), ny({ beslutId: 'nej' }), omvarld).ok).toBe(false);
	});
});

describe('andraBevakning and taBortBevakning', () => {
	it('sets Klar on a bevakning whose day has passed without moving its date', () => {
		const s = state();
		const u = utfor(s, { ...startBevakning, typ: 'andraBevakning', status: 'Klar' }, omvarld);
		expect(u.ok).toBe(true);
		const efter = tillampaAlla(s, u.ok ? u.handelser : []);
		expect(efter.bevakningar).toEqual([{ ...startBevakning, status: 'Klar' }]);
		expect(s.bevakningar[0].status).toBe('Ej påbörjad');
	});

	it('refuses moving a date into the past', () => {
		const u = utfor(
			state(),
			{ ...startBevakning, typ: 'andraBevakning', datum: '2025-03-02' },
			omvarld
		);
		expect(u).toMatchObject({ ok: false, falt: 'Bevakningsdatum' });
	});

	it('removes a bevakning; the projection replays the same', () => {
		const s = state();
		const lagd = utfor(s, ny(), omvarld);
		if (!lagd.ok) throw new Error(lagd.fel);
		const s2 = tillampaAlla(s, lagd.handelser);
		const bort = utfor(s2, { typ: 'taBortBevakning', id: 'bev-start-1' }, omvarld);
		if (!bort.ok) throw new Error(bort.fel);
		const s3 = tillampaAlla(s2, bort.handelser);
		expect(s3.bevakningar.map((b) => b.id)).toEqual(['bev-1']);
		expect(
			projicera(
				{ beslut: [beslut], bevakningar: [startBevakning] },
				[...lagd.handelser, ...bort.handelser],
				IDAG
			)
		).toEqual(s3);
		expect(utfor(s3, { typ: 'taBortBevakning', id: 'bev-start-1' }, omvarld).ok).toBe(false);
	});
});

describe('bevakningslista', () => {
	it('shows the bevakningar of one Bevakas av due by today, oldest first (W3)', () => {
		const b = (id: string, datum: string, bevakasAv = 'LSS-handläggare 3'): Bevakning => ({
			...startBevakning,
			id,
			datum,
			bevakasAv
		});
		const alla = [
			b('a', '2025-03-10'),
			b('b', '2025-03-11'),
			b('c', '2025-01-01'),
			b('d', '2025-01-01', 'LSS-handläggare 7')
		];
		expect(bevakningslista(alla, 'LSS-handläggare 3', IDAG).map((x) => x.id)).toEqual(['c', 'a']);
	});
});
