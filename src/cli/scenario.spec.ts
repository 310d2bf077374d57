import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './scenario';

describe('npm run scenario', () => {
	const logg = vi.spyOn(console, 'log').mockImplementation(() => {});
	const fel = vi.spyOn(console, 'error').mockImplementation(() => {});
	afterEach(() => {
		logg.mockClear();
		fel.mockClear();
	});
	const utskrift = () => logg.mock.calls.map((c) => String(c[0])).join('\n');

	it('check passes a recorded scenario without the browser: exit 0', () => {
		expect(main(['check', '--utan-webblasare', 'ledsagarservice-ny-kund'])).toBe(0);
		expect(utskrift()).toBe('ledsagarservice-ny-kund: ok');
	});

	it('check names each problem of a broken folder: exit 1', () => {
		expect(main(['check', '--utan-webblasare', 'src/lib/content/fixtures/kontroll/fel-pnr'])).toBe(
			1
		);
		expect(utskrift()).toContain(
			'src/lib/content/fixtures/kontroll/fel-pnr/index.md: 198001011234 är inte ett av Skatteverkets testpersonnummer'
		);
	});

	it('refuses to play a folder the app cannot reach: exit 2', () => {
		expect(main(['check', 'src/lib/content/fixtures/kontroll/fel-pnr'])).toBe(2);
		expect(String(fel.mock.calls[0][0])).toContain('ska ligga direkt under scenarios/');
	});

	it('refuses an unknown command or scenario: exit 2', () => {
		expect(main(['gör'])).toBe(2);
		expect(String(fel.mock.calls[0][0])).toMatch(/^Användning: npm run scenario -- check/);
		expect(main(['check', 'finns-inte'])).toBe(2);
		expect(String(fel.mock.calls[1][0])).toContain('finns-inte: ingen scenariomapp');
	});

	it('lediga lists reserved numbers no scenario uses, and none that one does', () => {
		expect(main(['lediga'])).toBe(0);
		const rader = utskrift().split('\n');
		expect(rader.length).toBeGreaterThan(10);
		expect(rader.some((r) => r.startsWith('198011169235'))).toBe(false); // ledsagarservice-ny-kund
		expect(rader[0]).toMatch(/^\d{12} {2}(man {3}|kvinna) {2}född \d{4}-\d\d-\d\d$/);
	});
});
