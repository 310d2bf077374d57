import { describe, expect, it } from 'vitest';
import { ANNAN_FLIK, FlikLas, TAGEN_FLIK } from './flik.svelte';

type Fn = (lock: { name: string } | null) => unknown;

/** A one-name Web Locks stand-in: ifAvailable, steal (the holder's request rejects), release. */
function fakeLocks() {
	let holder: { reject: (e: unknown) => void } | null = null;
	return {
		request(_namn: string, opts: LockOptions, fn: Fn): Promise<unknown> {
			return new Promise((resolve, reject) => {
				if (holder && opts.ifAvailable) return resolve(fn(null));
				if (holder && opts.steal) {
					holder.reject(new DOMException('stolen', 'AbortError'));
					holder = null;
				}
				const jag = { reject };
				holder = jag;
				void Promise.resolve(fn({ name: _namn })).then((v) => {
					if (holder === jag) holder = null;
					resolve(v);
				});
			});
		}
	} as unknown as LockManager;
}

describe('FlikLas', () => {
	it('gives the attempt to the first tab, tells the second at once, and hands over', async () => {
		const locks = fakeLocks();
		const forsta = new FlikLas('f1', locks);
		const andra = new FlikLas('f1', locks);
		await forsta.las();
		await andra.las();
		expect(forsta.skrivskyddad).toBe(false);
		expect(andra.skrivskyddad).toBe(true);
		expect(andra.meddelande).toBe(ANNAN_FLIK);

		await andra.taOver();
		await Promise.resolve();
		expect(andra.skrivskyddad).toBe(false);
		expect(forsta.status).toBe('tagen');
		expect(forsta.meddelande).toBe(TAGEN_FLIK);
	});

	it('is the holder where the browser has no Web Locks', async () => {
		const flik = new FlikLas('f1', undefined);
		await flik.las();
		expect(flik.skrivskyddad).toBe(false);
	});
});
