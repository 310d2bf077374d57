/**
 * `npm run -s bench -- --json` from the README's folder, in its small form: one JSON object on
 * stdout with every figure the benchmark promises, each with a number in its unit. The figures'
 * size is the benchmark's business, not a test's (the machine may be busy).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const FIGURER = [
	...['start', 'ovning', 'rapport'].flatMap((r) => [
		`${r}_js_css_kall_kb`,
		`${r}_js_css_varm_kb`,
		`${r}_lcp_forsta_ms`,
		`${r}_tti_forsta_ms`,
		`${r}_lcp_igen_ms`,
		`${r}_tti_igen_ms`
	]),
	// --snabb's event counts (the full run adds 2,500 and 10,000)
	...[25, 250].map((n) => `sparning_${n}_handelser_ms`),
	...[10, 100, 1000].flatMap((n) => [
		`uppspelning_${n}_handelser_ms`,
		`rattning_${n}_handelser_ms`
	]),
	'grade_ett_forsok_ms',
	'grade_ett_forsok_utan_regelcache_ms',
	'cli_10000_filer_ms'
];

test('npm run -s bench -- --json --snabb prints every figure as JSON', async () => {
	const { stdout } = await promisify(execFile)(
		'npm',
		['run', '-s', 'bench', '--', '--json', '--snabb'],
		{
			maxBuffer: 16 * 1024 * 1024
		}
	);
	const figurer = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
	for (const id of FIGURER) {
		expect(figurer, id).toHaveProperty(id);
		const f = figurer[id];
		expect(['ms', 'KB'], id).toContain(f.enhet);
		const tal = typeof f.varde === 'number' ? f.varde : f.p95;
		expect(typeof tal === 'number' && Number.isFinite(tal) && tal >= 0, id).toBe(true);
		if ('mal' in f) expect(typeof f.uppfyllt, id).toBe('boolean');
	}
});
