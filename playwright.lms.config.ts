import { defineConfig } from '@playwright/test';
import { delad } from './tests/chromium';
import { PORTAR } from './tests/lms/portar';

/**
 * The LMS packages in Chromium, launched from a fake LMS in front of a real LRS (tests/lms,
 * docs/lms.md). Its own servers (tests/lms/global.ts), not the app's preview: an LMS serves
 * the zip's files and nothing else. Run with `npm run test:lms`.
 */
export default defineConfig({
	testDir: 'tests/lms',
	forbidOnly: !!process.env.CI,
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 90_000,
	globalSetup: './tests/lms/global.ts',
	...delad(PORTAR.innehall)
});
