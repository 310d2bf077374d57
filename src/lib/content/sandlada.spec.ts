import { describe, expect, it } from 'vitest';
import { idagLokalt, sandladansScenario, SANDLADANS_ROLL } from './sandlada';
import { HANDLAGGARE } from '../domain/katalog';

describe('sandladansScenario', () => {
	it('is an empty world on the given day, with a handläggare from the catalog', () => {
		const s = sandladansScenario('2026-05-04');
		expect(s.id).toBe('sandlada');
		expect(s.idag).toBe('2026-05-04');
		expect(Object.values(s.start).every((lista) => lista.length === 0)).toBe(true);
		expect(s.brief).toBe('');
		expect(HANDLAGGARE).toContain(SANDLADANS_ROLL.namn);
	});

	it("takes today's date in the local time zone", () => {
		expect(idagLokalt(new Date(2026, 0, 9, 0, 5))).toBe('2026-01-09');
		expect(sandladansScenario().idag).toBe(idagLokalt());
	});
});
