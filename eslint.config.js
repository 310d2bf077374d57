import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	globalIgnores([
		'build/',
		'build-paket/',
		'dist/',
		'tests/lrs/node_modules/',
		'.svelte-kit/',
		'node_modules/',
		'test-results/',
		'playwright-report/'
	]),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Type-aware rules need the TypeScript project for every file they check.
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: true } }
	},
	{
		// A promise nobody awaits loses its rejection: await it, handle it, or `void` it with a
		// comment saying why ignoring it is right.
		files: ['**/*.ts', '**/*.svelte'],
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	{
		// The domain core runs in the browser, the CLI and unit tests alike: keep it pure.
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*'],
							message: 'src/lib/domain must stay pure (no svelte).'
						},
						{ group: ['dexie', 'dexie/*'], message: 'src/lib/domain must stay pure (no dexie).' },
						{ group: ['$app/*'], message: 'src/lib/domain must stay pure (no $app).' },
						{
							group: ['$lib/db', '$lib/db/*', '**/db/*'],
							message: 'src/lib/domain must not reach the database.'
						},
						{
							group: ['$lib/state/*', '$lib/components/*'],
							message: 'src/lib/domain must not import UI code.'
						}
					]
				}
			]
		}
	}
);
