import { defineConfig } from 'vitest/config';

/**
 * `npm run test:bench`: runs the benchmark once in its small form (`--snabb`), so `npm run bench`
 * cannot rot unseen. It checks that every figure is printed with a number, never how fast.
 */
export default defineConfig({
	test: {
		include: ['tests/bench/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 600_000
	}
});
