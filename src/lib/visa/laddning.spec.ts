import { describe, expect, it } from 'vitest';
import { laddningBorjar, laddningKlar, laddningPagar } from './laddning';

describe('laddning: the lazily loaded views on their way, which Visa waits for', () => {
	it('is pending while any one is, and never counts below none', () => {
		expect(laddningPagar()).toBe(false);
		laddningBorjar();
		laddningBorjar();
		laddningKlar();
		expect(laddningPagar()).toBe(true);
		laddningKlar();
		expect(laddningPagar()).toBe(false);
		laddningKlar();
		laddningBorjar();
		expect(laddningPagar()).toBe(true);
		laddningKlar();
		expect(laddningPagar()).toBe(false);
	});
});
