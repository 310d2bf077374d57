import { devices, type PlaywrightTestConfig } from '@playwright/test';

/**
 * What both Playwright configs share: Debian's Chromium (Playwright cannot download a browser of
 * its own here), Swedish locale and time, and the screen size the mock is laid out for.
 */
export function delad(port: number): Pick<PlaywrightTestConfig, 'use' | 'projects' | 'reporter'> {
	return {
		reporter: [['list']],
		use: {
			baseURL: `http://localhost:${port}`,
			trace: 'off',
			locale: 'sv-SE',
			timezoneId: 'Europe/Stockholm',
			// The app's service worker (offline, src/service-worker/index.ts) would answer requests a test
			// routes or counts (the budget test measures what the network sends): off everywhere but
			// in offline.spec.ts, which turns it on
			serviceWorkers: 'block'
		},
		projects: [
			{
				name: 'debian-chromium',
				use: {
					...devices['Desktop Chrome'],
					viewport: { width: 1400, height: 900 },
					launchOptions: {
						executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
						args: [
							'--no-sandbox',
							'--disable-gpu',
							'--disable-background-networking',
							'--disable-component-update',
							'--disable-sync',
							'--no-first-run'
						]
					}
				}
			}
		]
	};
}
