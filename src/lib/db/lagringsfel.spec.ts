import { describe, expect, it } from 'vitest';
import { LagringsFel, arFullLagring, skriv } from './lagringsfel';

const kvot = new DOMException('full', 'QuotaExceededError');

describe('arFullLagring', () => {
	it('sees the quota error however Dexie wraps it', () => {
		expect(arFullLagring(kvot)).toBe(true);
		expect(arFullLagring({ name: 'AbortError', inner: kvot })).toBe(true);
		expect(arFullLagring({ name: 'BulkError', failures: [kvot] })).toBe(true);
		expect(arFullLagring({ name: 'BulkError', failures: { 3: kvot } })).toBe(true);
		expect(arFullLagring(new Error('x', { cause: kvot }))).toBe(true);
	});

	it('leaves other errors alone', () => {
		expect(arFullLagring(new DOMException('nej', 'ConstraintError'))).toBe(false);
		expect(arFullLagring({ name: 'AbortError', inner: new Error('annat') })).toBe(false);
		expect(arFullLagring(undefined)).toBe(false);
	});
});

describe('skriv', () => {
	it('turns a full disk into a LagringsFel and passes other errors through', async () => {
		await expect(skriv(() => Promise.reject(kvot))).rejects.toBeInstanceOf(LagringsFel);
		const annat = new Error('annat');
		await expect(skriv(() => Promise.reject(annat))).rejects.toBe(annat);
		expect(await skriv(() => Promise.resolve(7))).toBe(7);
	});
});
