import { describe, expect, it } from 'vitest';
import { cachenamn, strategi } from './strategi';

const URSPRUNG = 'https://ovning.example';
const FILER = new Set(['/_app/immutable/entry/app.js', '/favicon.svg', '/']);
const fraga = (url: string, mode = 'cors', method = 'GET') => ({ url, mode, method });

describe('strategi: what the service worker does with a request', () => {
	it("serves the app's own files from the cache the install filled", () => {
		expect(strategi(fraga(`${URSPRUNG}/_app/immutable/entry/app.js`), URSPRUNG, FILER)).toBe(
			'cache'
		);
		expect(strategi(fraga(`${URSPRUNG}/favicon.svg`, 'no-cors'), URSPRUNG, FILER)).toBe('cache');
	});

	it('asks the network first for every page, the shell answering offline for any route', () => {
		for (const sida of ['/', '/ovning/abc?lage=guidad', '/manual#beslut'])
			expect(strategi(fraga(`${URSPRUNG}${sida}`, 'navigate'), URSPRUNG, FILER)).toBe('sida');
	});

	it('leaves another origin, other methods and unknown files to the browser', () => {
		expect(strategi(fraga('https://lrs.example/xapi/statements'), URSPRUNG, FILER)).toBe('natet');
		expect(
			strategi(fraga(`${URSPRUNG}/_app/immutable/entry/app.js`, 'cors', 'POST'), URSPRUNG, FILER)
		).toBe('natet');
		expect(strategi(fraga(`${URSPRUNG}/_app/version.json`), URSPRUNG, FILER)).toBe('natet');
	});

	it('names one cache per version', () => {
		expect(cachenamn('1733000000000')).toBe('lss-ovning-1733000000000');
		expect(cachenamn('a')).not.toBe(cachenamn('b'));
	});
});
