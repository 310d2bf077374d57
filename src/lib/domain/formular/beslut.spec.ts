import { describe, expect, it } from 'vitest';
import { labelBeslutUtkast, proposeBeslut } from './beslut';

describe('proposeBeslut', () => {
	it('starts with Utredning avslutas ticked and the period at Vecka', () => {
		const u = proposeBeslut();
		expect(u.utredningAvslutas).toBe(true);
		expect(u.period).toBe('Vecka');
		expect(u.beslut).toBe('');
	});
});

describe('labelBeslutUtkast', () => {
	it('numbers the drafts and names them by beslut and date', () => {
		expect(labelBeslutUtkast(proposeBeslut(), 0)).toBe('1. Nytt beslut');
		expect(labelBeslutUtkast({ ...proposeBeslut(), beslut: 'X', beslutsdatum: 'D' }, 1)).toBe(
			'2. X D'
		);
	});
});
