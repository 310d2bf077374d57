import { defineConfig } from '@playwright/test';
import { delad } from './tests/chromium';

// `npm run scenario` asks for a server of its own (E2E_EGEN_SERVER), built from the scenarios as
// they are now, on a port of its own, so a preview a developer left running is never played.
const EGEN = !!process.env.E2E_EGEN_SERVER;
// E2E_PORT: several engineers' runs side by side on one machine, each with its own server
const PORT = Number(process.env.E2E_PORT) || (EGEN ? 4179 : 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	// Each test has its own browser context (its own IndexedDB), so tests run side by side
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	timeout: 60_000,
	...delad(PORT),
	webServer: {
		command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		// A developer may keep `npm run build && npx vite preview --port 4173` running; CI never does
		reuseExistingServer: !process.env.CI && !EGEN,
		timeout: 180_000
	}
});
