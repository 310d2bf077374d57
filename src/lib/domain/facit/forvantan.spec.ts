import { describe, expect, it } from 'vitest';
import type { Fynd } from '../grading/typer';
import { jamforFel, somForvantat } from './forvantan';

function fynd(regelId: string, vad: string, status: Fynd['status'] = 'fel'): Fynd {
	return {
		regelId,
		vad,
		status,
		avsnitt: 'Beställning',
		kategori: 'system',
		hittat: '',
		forvantat: '',
		vikt: 1,
		kritisk: false
	};
}

describe('jamforFel', () => {
	const rapport = [fynd('O6', 'Utförare'), fynd('O6', 'Insats', 'ratt'), fynd('O3', 'Timmar')];

	it('matches a bare id to every fel finding of that id, and {regel, vad} to one rule', () => {
		expect(jamforFel(['O6', 'O3'], rapport)).toEqual({ saknas: [], ovantade: [] });
		expect(jamforFel([{ regel: 'O6', vad: 'Utförare' }, 'O3'], rapport)).toEqual({
			saknas: [],
			ovantade: []
		});
	});

	it('names an expectation that did not come out fel, and a fel nobody expected', () => {
		const j = jamforFel([{ regel: 'O6', vad: 'Insats' }], rapport);
		expect(j.saknas).toEqual([{ regel: 'O6', vad: 'Insats' }]);
		expect(j.ovantade.map(somForvantat)).toEqual([
			'{ regel: O6, vad: "Utförare" }',
			'{ regel: O3, vad: "Timmar" }'
		]);
	});
});
