import { defineConfig } from '@playwright/test';
import { delad } from './tests/chromium';

/**
 * The dev server as the README starts it (`npm run dev`), not the built app: the e2e suite in
 * playwright.config.ts runs against `vite preview`, so a break that only shows in dev (a plugin's
 * dev-only code path, the error overlay) would pass there. Run with `npm run test:dev`.
 */
const PORT = 5199;

export default defineConfig({
	testDir: 'tests/dev',
	forbidOnly: !!process.env.CI,
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 90_000,
	...delad(PORT),
	webServer: {
		// exactly the README's start command, on a port of its own
		command: `npm run dev -- --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: false,
		timeout: 120_000
	}
});
