import { describe, expect, it } from 'vitest';
import {
	LagringsFel,
	NEKAD_LAGRING,
	SAKNAD_LAGRING,
	UPPDATERAD_ANNANSTANS,
	arFullLagring,
	lagringsmeddelande,
	skriv
} from './lagringsfel';

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

describe('lagringsmeddelande', () => {
	it('tells what to do when IndexedDB is missing, refuses to open or is full', async () => {
		const { Dexie } = await import('dexie');
		const saknas = new Dexie.MissingAPIError();
		expect(saknas.message).toMatch(/tinyurl/);
		expect(lagringsmeddelande(saknas)).toBe(SAKNAD_LAGRING);
		expect(lagringsmeddelande(new Dexie.OpenFailedError(saknas))).toBe(SAKNAD_LAGRING);
		for (const namn of ['InvalidStateError', 'UnknownError', 'SecurityError'])
			expect(lagringsmeddelande(new DOMException('x', namn))).toBe(NEKAD_LAGRING);
		expect(lagringsmeddelande(new Dexie.DatabaseClosedError())).toBe(NEKAD_LAGRING);
		expect(
			lagringsmeddelande(new Dexie.OpenFailedError(new DOMException('x', 'UnknownError')))
		).toBe(NEKAD_LAGRING);
		expect(lagringsmeddelande(new DOMException('x', 'VersionError'))).toBe(UPPDATERAD_ANNANSTANS);
		expect(lagringsmeddelande(kvot)).toBe(new LagringsFel().message);
		expect(lagringsmeddelande(new LagringsFel(kvot))).toBe(new LagringsFel().message);
		for (const m of [SAKNAD_LAGRING, NEKAD_LAGRING]) expect(m).not.toMatch(/http|tinyurl/);
	});

	it('keeps the message of any other error', () => {
		expect(lagringsmeddelande(new Error('Försöket finns inte.'))).toBe('Försöket finns inte.');
		expect(lagringsmeddelande('text')).toBe('text');
	});
});
