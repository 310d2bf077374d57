import { describe, expect, it } from 'vitest';
import type { Kommando } from '../kommandon';
import type { RegelIndata } from '../../schemas/scenario';
import {
	grade,
	grupperaPerAvsnitt,
	hamta,
	kontrolleraScenario,
	RegelFel,
	sammanstall
} from './motor';
import {
	KUND,
	TVILLING,
	ettFynd,
	forsok,
	iPagaende,
	kor,
	nyAnsokan,
	obsKir,
	omprovning,
	statusar
} from './testdata';
import type { Fynd } from './typer';

/** The scenario with raw rules added, parsed so their defaults apply. */
function medRegler(regler: RegelIndata[]) {
	return nyAnsokan({ regler });
}

describe('grade', () => {
	it('passes a full correct attempt in every test scenario', () => {
		for (const s of [nyAnsokan(), obsKir(), omprovning(), iPagaende()]) {
			const r = grade(s, kor(s, forsok(s)));
			expect(
				statusar(r).filter((x) => !x.includes(' ratt:')),
				s.forvantat.kund.pnr
			).toEqual([]);
			expect(r).toMatchObject({ godkand: true, andel: 1, kritiskaFel: [] });
			expect(r.poang).toBe(r.maxPoang);
		}
	});

	it('names scenario and version in the report', () => {
		const s = nyAnsokan();
		expect(grade(s, [])).toMatchObject({ scenarioId: 'test', scenarioVersion: 1, godkandVid: 0.8 });
	});

	it.each([
		['nyckelkod wrong', nyAnsokan(), { nyckelkod: '128301 – Helsingborg Centrum' }, 'S6'],
		['organisation a hemvårdsområde', nyAnsokan(), { utkast: { organisation: 'Syd' } }, 'A4'],
		['one of two aktualiseringar missing', nyAnsokan(), { utanTyp: 'LSS Ledsagarservice' }, 'A2'],
		['KIR hit taken with OK in the OBS case', obsKir(), { kalla: 'KIR' as const }, 'S5']
	])('fails a typical wrong attempt: %s', (_namn, s, fel, id) => {
		const r = grade(s, kor(s, forsok(s, fel)));
		expect(r.godkand).toBe(false);
		expect(r.kritiskaFel).toContain(id);
		expect(r.fynd.some((f) => f.regelId === id && f.status === 'fel' && f.kritisk)).toBe(true);
	});

	it('fails an attempt that opens the person of the wrong century first (S2, avgörande)', () => {
		const s = nyAnsokan();
		const fore: Kommando[] = [
			{
				typ: 'sokKund',
				fraga: '100101*',
				arhundrade: '19',
				form: 'sexSiffror',
				traffar: [TVILLING]
			},
			{ typ: 'oppnaKund', pnr: TVILLING }
		];
		const r = grade(s, kor(s, [...fore, ...forsok(s)]));
		expect(r).toMatchObject({ godkand: false, kritiskaFel: ['S2'] });
		expect(r.andel).toBeGreaterThan(0.9);
	});

	it('passes with one formell mistake under godkandVid, fails it at godkandVid 1', () => {
		const s = nyAnsokan();
		const steg = forsok(s, { inled: { inledningsdatum: '2024-03-05' } });
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'U2').status).toBe('fel');
		expect(r).toMatchObject({ godkand: true, kritiskaFel: [] });
		expect(r.poang).toBe(r.maxPoang - 1);
		expect(grade({ ...s, godkandVid: 1 }, kor(s, steg)).godkand).toBe(false);
	});

	it('fails an empty attempt and leaves dependent rules unassessed', () => {
		const r = grade(nyAnsokan(), []);
		expect(r.godkand).toBe(false);
		// Each absent thing is reported once, by its presence rule: S6, A4, U5 are not assessed.
		// S2: nobody was opened, so the customer in the brief was not either.
		expect(r.kritiskaFel).toEqual(['S5', 'S2', 'A2', 'U1']);
		expect(r.fynd.filter((f) => f.status === 'ej-bedomd').length).toBeGreaterThan(0);
		const bedomda = r.fynd.filter((f) => f.status !== 'ej-bedomd');
		expect(r.maxPoang).toBe(bedomda.reduce((n, f) => n + f.vikt, 0));
	});

	it('explains a wrong nyckelkod in words', () => {
		const s = nyAnsokan();
		const f = ettFynd(grade(s, kor(s, forsok(s, { nyckelkod: '128303 – Helsingborg Syd' }))), 'S6');
		expect(f).toMatchObject({
			avsnitt: 'Registrera en ny kund',
			kategori: 'system',
			hittat: 'Nyckelkod: 128303 – Helsingborg Syd',
			forvantat: 'Vid nyckelkoden ska du välja 999999 – Ej skriven i Helsingborg'
		});
		expect(f.manualcitat).toContain('Detta trots att personen är skriven/folkbokförd');
	});

	it('grades a scenario’s raw rules beside the rule sets', () => {
		const s = medRegler([
			{
				id: 'S5',
				avsnitt: 'Registrera en ny kund',
				vad: 'Adressen är kvar från KIR',
				fakta: 'registrering',
				sokvag: 'person.adress',
				operator: 'equal',
				varde: 'Storgatan 1',
				vikt: 2
			}
		]);
		const r = grade(s, kor(s, forsok(s)));
		expect(r.fynd.at(-1)).toMatchObject({
			vad: 'Adressen är kvar från KIR',
			status: 'ratt',
			hittat: 'Adress: Storgatan 1',
			forvantat: 'Storgatan 1',
			vikt: 2
		});
	});

	it('refuses a raw rule with an unknown operator, naming the file, place and rule id', () => {
		const s = medRegler([
			{ id: 'X9', avsnitt: 'Söka fram kund', vad: 'x', fakta: 'steg', operator: 'fore' }
		]);
		expect(() => grade(s, [])).toThrow(RegelFel);
		expect(() => grade(s, [])).toThrow(
			/scenarios\/test\/index\.md, regler\[0\]: Regel X9 använder operatorn "fore", som inte finns\. Använd någon av: equal/
		);
	});

	it('refuses a raw rule with an unknown fact, naming the rule id', () => {
		const s = medRegler([
			{ id: 'X8', avsnitt: 'Söka fram kund', vad: 'x', fakta: 'kunden', operator: 'exists' }
		]);
		try {
			grade(s, []);
			expect.unreachable('grade should have thrown');
		} catch (e) {
			expect(e).toBeInstanceOf(RegelFel);
			expect((e as RegelFel).regelId).toBe('X8');
			expect((e as Error).message).toMatch(/Regel X8 använder faktumet "kunden", som inte finns/);
		}
	});

	it('lets the loader check a scenario before anyone grades it', () => {
		expect(() => kontrolleraScenario(nyAnsokan())).not.toThrow();
		const s = medRegler([
			{ id: 'X5', avsnitt: 'Söka fram kund', vad: 'x', fakta: 'steg', operator: 'efter' }
		]);
		expect(() => kontrolleraScenario(s)).toThrow(/Regel X5 använder operatorn "efter"/);
	});

	it('wraps a rule that cannot be evaluated with its id and what was wrong', () => {
		const s = medRegler([
			{
				id: 'X7',
				avsnitt: 'Söka fram kund',
				vad: 'Antal',
				fakta: 'sokningar',
				operator: 'countEqual',
				varde: 'två'
			}
		]);
		expect(() => grade(s, [])).toThrow(/Regel X7 \(Antal\) kunde inte bedömas: .*heltal/);
		const utanTyp = medRegler([
			{
				id: 'X6',
				avsnitt: 'Söka fram kund',
				vad: 'Akt',
				fakta: 'aktualisering',
				operator: 'exists'
			}
		]);
		expect(() => grade(utanTyp, [])).toThrow(/Regel X6 \(Akt\) .*Parametern typ saknas/);
	});

	// Speed is measured in `npm run bench`, never asserted here: a timed assertion fails on a busy
	// machine (this one failed about one run in five under load).
	it('grades a long attempt of about 50 events, the same report every time', () => {
		const s = nyAnsokan();
		// Searching and opening the customer again and again is no mistake (opening the twin is, S2)
		const extra: Kommando[] = Array.from({ length: 21 }, (_, i) =>
			i % 2
				? { typ: 'oppnaKund', pnr: KUND }
				: { typ: 'sokKund', fraga: 'lind*', arhundrade: '20', form: 'efternamn', traffar: [KUND] }
		);
		const handelser = kor(s, [...extra, ...forsok(s), ...extra]);
		expect(handelser.length).toBeGreaterThanOrEqual(50);
		const forsta = grade(s, handelser);
		expect(forsta.godkand).toBe(true);
		expect(grade(s, handelser)).toEqual(forsta);
	});
});

describe('sammanstall', () => {
	const fynd = (status: Fynd['status'], vikt = 1, kritisk = false): Fynd => ({
		regelId: 'A3',
		avsnitt: 'Aktualisera en ansökan',
		kategori: 'system',
		vad: 'x',
		status,
		hittat: '',
		forvantat: '',
		vikt,
		kritisk
	});

	it('scores assessed weight only, and one kritisk fel fails the attempt', () => {
		const s = nyAnsokan();
		const r = sammanstall(s, [fynd('ratt', 3), fynd('fel', 1), fynd('ej-bedomd', 5)]);
		expect(r).toMatchObject({ poang: 3, maxPoang: 4, andel: 0.75, godkand: false });
		expect(sammanstall(s, [fynd('ratt', 4), fynd('fel', 1)]).godkand).toBe(true);
		const kritisk = sammanstall(s, [fynd('ratt', 9), fynd('fel', 1, true)]);
		expect(kritisk).toMatchObject({ godkand: false, kritiskaFel: ['A3'] });
	});

	it('takes a point off for each hint taken, never below zero, and says so', () => {
		const s = nyAnsokan();
		const tva = [
			{ regelId: 'A4', vad: 'Organisation', steg: 1 as const },
			{ regelId: 'A4', vad: 'Organisation', steg: 2 as const }
		];
		const r = sammanstall(s, [fynd('ratt', 4), fynd('fel', 1)], tva);
		expect(r).toMatchObject({ poang: 2, maxPoang: 5, andel: 0.4, avdrag: 2, godkand: false });
		expect(r.ledtradar).toEqual(tva);
		expect(sammanstall(s, [fynd('ratt', 1), fynd('fel', 1)], tva)).toMatchObject({
			poang: 0,
			avdrag: 1
		});
	});

	it('grades hints and steps taken back out of the case, and counts the hints', () => {
		const s = nyAnsokan();
		const h = kor(s, forsok(s));
		const utan = grade(s, h);
		const med = grade(s, [
			...h,
			{ typ: 'LedtradVisad', regelId: 'A4', vad: 'Organisation', steg: 1 },
			{ typ: 'KundOppnad', pnr: h.find((x) => x.typ === 'KundOppnad')!.pnr },
			{ typ: 'StegAngrat', antal: 1 }
		]);
		expect(med.fynd).toEqual(utan.fynd);
		expect(med.poang).toBe(utan.poang - 1);
		expect(med.ledtradar).toHaveLength(1);
	});

	it('counts a report with nothing assessed as full marks', () => {
		expect(sammanstall(nyAnsokan(), [fynd('ej-bedomd')])).toMatchObject({
			andel: 1,
			godkand: true
		});
	});
});

describe('hamta', () => {
	it('follows a dot path and stops where it runs out', () => {
		expect(hamta({ person: { nyckelkod: '999999' } }, 'person.nyckelkod')).toBe('999999');
		expect(hamta({ person: undefined }, 'person.nyckelkod')).toBeUndefined();
		expect(hamta('text', 'length')).toBeUndefined();
		expect(hamta(5, undefined)).toBe(5);
	});
});

describe('grupperaPerAvsnitt (re-exported)', () => {
	it('groups a real report in the manual’s order', () => {
		const s = nyAnsokan();
		const grupper = grupperaPerAvsnitt(grade(s, kor(s, forsok(s))));
		expect(grupper.map((g) => g.avsnitt)).toEqual([
			'Söka fram kund',
			'Aktualisera och inleda utredning',
			'Registrera en ny kund',
			'Aktualisera en ansökan',
			'Inleda utredning'
		]);
	});
});
