/**
 * `npm run -s bench -- --json` from the README's folder, in its small form: one JSON object on
 * stdout with every figure the benchmark promises, each with a number in its unit. The figures'
 * size is the benchmark's business, not a test's (the machine may be busy).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

// Every figure of a --snabb run (the full run measures the savings and replays at 2,500 and
// 10,000 events too, under their own ids)
const FIGURER = [
	'start_js_css_kall_kb',
	'start_js_css_varm_kb',
	'ovning_js_css_kall_kb',
	'ovning_js_css_varm_kb',
	'rapport_js_css_kall_kb',
	'rapport_js_css_varm_kb',
	'seedning_js_kb',
	'start_lcp_forsta_ms',
	'start_tti_forsta_ms',
	'start_lcp_igen_ms',
	'start_tti_igen_ms',
	'ovning_lcp_forsta_ms',
	'ovning_tti_forsta_ms',
	'ovning_lcp_igen_ms',
	'ovning_tti_igen_ms',
	'rapport_lcp_forsta_ms',
	'rapport_tti_forsta_ms',
	'rapport_lcp_igen_ms',
	'rapport_tti_igen_ms',
	'seedning_varld_node_ms',
	'kundsok_personnummer_node_ms',
	'kundsok_sexSiffror_node_ms',
	'kundsok_helaNamnet_node_ms',
	'kundsok_fornamn_node_ms',
	'kundsok_efternamn_node_ms',
	'seedning_varld_chromium_ms',
	'forsta_besok_ovning_chromium_ms',
	'forsta_besok_sokning_chromium_ms',
	'kundsok_personnummer_chromium_ms',
	'kundsok_sexSiffror_chromium_ms',
	'kundsok_helaNamnet_chromium_ms',
	'kundsok_fornamn_chromium_ms',
	'kundsok_efternamn_chromium_ms',
	'sparning_25_handelser_ms',
	'sparning_250_handelser_ms',
	'uppspelning_10_handelser_ms',
	'uppspelning_100_handelser_ms',
	'uppspelning_1000_handelser_ms',
	'rattning_10_handelser_ms',
	'rattning_100_handelser_ms',
	'rattning_1000_handelser_ms',
	'grade_ett_forsok_ms',
	'grade_ett_forsok_utan_regelcache_ms',
	'cli_10000_filer_ms',
	'verkstad_fel_synligt_chromium_ms',
	'verkstad_ratt_synligt_chromium_ms'
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
