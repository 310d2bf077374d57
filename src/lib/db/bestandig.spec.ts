import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oppnaDb, type LssDb } from './db';
import { begarBestandigLagring, bestandigLagringNekad } from './bestandig';

let db: LssDb;
let nr = 0;
beforeEach(() => {
	db = oppnaDb(`bestandig-${++nr}`);
});
afterEach(() => db.close());

describe('begarBestandigLagring', () => {
	it('asks once and remembers a refusal', async () => {
		const persist = vi.fn(() => Promise.resolve(false));
		const persisted = vi.fn(() => Promise.resolve(false));
		expect(await bestandigLagringNekad(db)).toBe(false);
		expect(await begarBestandigLagring(db, { persist, persisted })).toBe(false);
		expect(await begarBestandigLagring(db, { persist, persisted })).toBe(false);
		expect(persist).toHaveBeenCalledTimes(1);
		expect(await bestandigLagringNekad(db)).toBe(true);
	});

	it('does not ask when storage is already persistent', async () => {
		const persist = vi.fn(() => Promise.resolve(false));
		const svar = await begarBestandigLagring(db, {
			persist,
			persisted: () => Promise.resolve(true)
		});
		expect(svar).toBe(true);
		expect(persist).not.toHaveBeenCalled();
		expect(await bestandigLagringNekad(db)).toBe(false);
	});

	it('asks nothing in a browser without navigator.storage, and asks again after a failure', async () => {
		expect(await begarBestandigLagring(db, undefined)).toBeUndefined();
		expect(await begarBestandigLagring(db, {})).toBeUndefined();
		expect(await begarBestandigLagring(db, { persist: () => Promise.reject(new Error('x')) })).toBe(
			undefined
		);
		expect(await bestandigLagringNekad(db)).toBe(false);
		expect(await begarBestandigLagring(db, { persist: () => Promise.resolve(true) })).toBe(true);
	});
});
