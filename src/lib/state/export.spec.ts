import { describe, expect, it } from 'vitest';
import { lasForsok } from '$lib/schemas/forsok';
import { forsokSomFil } from './export';

describe('forsokSomFil', () => {
	it('writes a file the grader reads back unchanged', () => {
		const rad = {
			id: '0c6d2a52-0000-4000-8000-000000000000',
			scenarioId: 'ledsagarservice-ny-kund',
			scenarioVersion: 1,
			startad: '2026-11-26T09:00:00.000Z',
			inlamnad: '2026-11-26T09:20:00.000Z',
			status: 'inlamnat' as const
		};
		const handelser = [
			{ seq: 1, tid: '2026-11-26T09:01:00.000Z', typ: 'KundOppnad' as const, pnr: '198011169235' }
		];
		const fil = lasForsok(JSON.stringify(forsokSomFil(rad, handelser)), 'test.json');
		expect(fil.scenarioId).toBe('ledsagarservice-ny-kund');
		expect(fil.handelser).toEqual(handelser);
		expect(fil.inlamnad).toBe(rad.inlamnad);
		expect(fil.lage).toBeUndefined();
	});

	it('records that the app showed the facit (Visa), so the file says how it was taken', () => {
		const rad = {
			id: '0c6d2a52-0000-4000-8000-000000000001',
			scenarioId: 'ledsagarservice-ny-kund',
			scenarioVersion: 1,
			startad: '2026-11-26T09:00:00.000Z',
			status: 'pagar' as const,
			lage: 'visa' as const
		};
		expect(lasForsok(JSON.stringify(forsokSomFil(rad, [])), 'visa.json').lage).toBe('visa');
	});
});

describe('forsokSomFil, the profile', () => {
	const rad = {
		id: '0c6d2a52-0000-4000-8000-000000000002',
		scenarioId: 'ledsagarservice-ny-kund',
		scenarioVersion: 1,
		startad: '2026-11-26T09:00:00.000Z',
		status: 'pagar' as const,
		profilId: 'p1'
	};

	it("names the trainee's profile, which the grader's schema reads back", () => {
		const fil = lasForsok(JSON.stringify(forsokSomFil(rad, [], 'Anna Berg')), 'a.json');
		expect(fil.profil).toEqual({ namn: 'Anna Berg' });
	});

	it('names nobody for the default profile', () => {
		expect(forsokSomFil(rad, [])).not.toHaveProperty('profil');
	});

	it('refuses an empty profile name in a file', () => {
		const text = JSON.stringify({ ...forsokSomFil(rad, []), profil: { namn: ' ' } });
		expect(() => lasForsok(text, 'tom.json')).toThrow(/tom\.json: profil\.namn/);
	});
});
