import { describe, expect, it } from 'vitest';
import { interaktionerAv } from '../interaktioner';
import { rapportAv } from '../testdata';
import {
	EXT_MASTERYSCORE,
	EXT_SESSION,
	INTERAKTIONSTYP,
	KATEGORI_CMI5,
	KATEGORI_MOVEON,
	VERB,
	arGodkand,
	initialized,
	inlamning,
	kontextFor,
	skapaKlocka,
	terminated,
	varaktighet,
	type Cmi5Kontext
} from './statements';

const GROUPING = {
	id: 'https://example.com/publisher/ledsagarservice-ny-kund',
	objectType: 'Activity' as const
};
const k: Cmi5Kontext = {
	actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: '42' } },
	activityId: 'https://lms.example.com/au/1',
	registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
	sessionId: 'sess-1',
	contextTemplate: {
		contextActivities: { grouping: [GROUPING] },
		extensions: { [EXT_SESSION]: 'sess-1', 'https://example.com/lms': 'x' }
	}
};

function klocka() {
	const t = Date.parse('2026-01-01T10:00:00Z');
	let n = 0;
	return skapaKlocka(
		() => t,
		() => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
	);
}
const kategorier = (s: { context?: { contextActivities?: { category?: { id: string }[] } } }) =>
	(s.context?.contextActivities?.category ?? []).map((c) => c.id);

describe('varaktighet', () => {
	it('writes ISO 8601 durations', () => {
		expect(varaktighet(0)).toBe('PT0S');
		expect(varaktighet(1500)).toBe('PT1.5S');
		expect(varaktighet(3_725_000)).toBe('PT1H2M5S');
		expect(varaktighet(60_000)).toBe('PT1M');
	});
});

describe('skapaKlocka', () => {
	it('never gives the same timestamp twice, in order', () => {
		const c = klocka();
		const t = [c.tid(), c.tid(), c.tid()];
		expect(new Set(t).size).toBe(3);
		expect([...t].sort()).toEqual(t);
	});
});

describe('kontextFor', () => {
	it('keeps every value of the template and adds registration, session id and categories', () => {
		const c = kontextFor(k, [KATEGORI_CMI5]);
		expect(c.registration).toBe(k.registration);
		expect(c.contextActivities?.grouping).toEqual([GROUPING]);
		expect(c.extensions).toMatchObject({ [EXT_SESSION]: 'sess-1', 'https://example.com/lms': 'x' });
		expect(kategorier({ context: c })).toEqual([KATEGORI_CMI5]);
	});
	it('the template wins over what the AU would add', () => {
		const c = kontextFor({ ...k, sessionId: 'annan' }, []);
		expect(c.extensions?.[EXT_SESSION]).toBe('sess-1');
	});
});

describe('cmi5 defined statements', () => {
	it('initialized and terminated: cmi5 category, no moveOn, terminated with its duration', () => {
		const c = klocka();
		const i = initialized(k, c);
		const t = terminated(k, c, 90_000);
		expect(i.verb.id).toBe(VERB.initialized);
		expect(i.object).toEqual({ objectType: 'Activity', id: k.activityId });
		expect(kategorier(i)).toEqual([KATEGORI_CMI5]);
		expect(i.result).toBeUndefined();
		expect(t.result).toEqual({ duration: 'PT1M30S' });
		expect(kategorier(t)).toEqual([KATEGORI_CMI5]);
		expect(t.timestamp! > i.timestamp!).toBe(true);
	});

	it('a passing hand-in: answered for each decision, then passed, then completed', () => {
		const { scenario, rapport } = rapportAv('ledsagarservice-ny-kund', 'pass-facit');
		const ia = interaktionerAv(scenario, rapport);
		const s = inlamning(k, klocka(), rapport, ia, 600_000, { bedom: true, slutfor: true });
		expect(s.map((x) => x.verb.id)).toEqual([
			...ia.map(() => VERB.answered),
			VERB.passed,
			VERB.completed
		]);
		const passed = s.at(-2)!;
		expect(passed.result).toEqual({
			score: { scaled: 1, raw: rapport.poang, min: 0, max: rapport.maxPoang },
			success: true,
			duration: 'PT10M'
		});
		expect(kategorier(passed)).toEqual([KATEGORI_CMI5, KATEGORI_MOVEON]);
		expect(s.at(-1)!.result).toEqual({ completion: true, duration: 'PT10M' });
		expect(kategorier(s.at(-1)!)).toEqual([KATEGORI_CMI5, KATEGORI_MOVEON]);
		// every id unique, every timestamp later than the one before
		expect(new Set(s.map((x) => x.id)).size).toBe(s.length);
		expect(s.every((x, n) => n === 0 || x.timestamp! > s[n - 1].timestamp!)).toBe(true);
	});

	it('answered is cmi5 allowed: no cmi5 category, the interaction under the AU', () => {
		const { scenario, rapport } = rapportAv(
			'ledsagarservice-ny-kund',
			'fail-nyckelkod-omrade-gift'
		);
		const ia = interaktionerAv(scenario, rapport);
		const s = inlamning(k, klocka(), rapport, ia, 1000, { bedom: true, slutfor: true });
		const fel = s.filter((x) => x.verb.id === VERB.answered && x.result?.success === false);
		expect(fel.length).toBe(ia.filter((i) => !i.ratt).length);
		const a = fel[0];
		expect(kategorier(a)).toEqual([]);
		expect(a.context?.extensions?.[EXT_SESSION]).toBe('sess-1');
		expect(a.context?.registration).toBe(k.registration);
		expect(a.context?.contextActivities?.parent).toEqual([
			{ objectType: 'Activity', id: k.activityId }
		]);
		expect(a.object).toMatchObject({
			id: `${k.activityId}/beslut/${ia.find((i) => !i.ratt)!.id}`,
			definition: { type: INTERAKTIONSTYP }
		});
		expect(s.at(-2)!.verb.id).toBe(VERB.failed);
		expect(s.at(-2)!.result?.success).toBe(false);
	});

	it('the masteryScore decides, and is sent with the verdict', () => {
		const { rapport } = rapportAv('ledsagarservice-ny-kund', 'fail-nyckelkod-omrade-gift');
		expect(arGodkand(rapport, 0)).toBe(true);
		expect(arGodkand(rapport, 1)).toBe(false);
		const s = inlamning({ ...k, masteryScore: 0.5 }, klocka(), rapport, [], 1000, {
			bedom: true,
			slutfor: false
		});
		expect(s).toHaveLength(1);
		expect(s[0].verb.id).toBe(rapport.andel >= 0.5 ? VERB.passed : VERB.failed);
		expect(s[0].context?.extensions?.[EXT_MASTERYSCORE]).toBe(0.5);
	});

	it('what the registration already has is not sent again', () => {
		const { rapport } = rapportAv('ledsagarservice-ny-kund', 'pass-facit');
		expect(inlamning(k, klocka(), rapport, [], 1, { bedom: false, slutfor: false })).toEqual([]);
	});
});
