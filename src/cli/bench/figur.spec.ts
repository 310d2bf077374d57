import { describe, expect, it } from 'vitest';
import { bada, hogst, kvot, rad, somJson, statistik, type Figur } from './figur';
import { lasAlternativ } from './alternativ';

describe('statistik', () => {
	it('gives the median and the 95th percentile by nearest rank', () => {
		const tider = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(statistik(tider)).toEqual({ median: 50, p95: 95, antal: 100 });
		expect(statistik([3])).toEqual({ median: 3, p95: 3, antal: 1 });
	});

	it('refuses an empty list instead of printing NaN', () => {
		expect(() => statistik([])).toThrow(/inga mätningar/);
	});
});

describe('goals', () => {
	it('checks a ceiling against p95, or the value of a one-off figure', () => {
		expect(hogst({ median: 5, p95: 21, antal: 20 }, 20, 'ms')).toEqual({
			text: 'p95 ≤ 20 ms',
			uppfyllt: false
		});
		expect(hogst(88.2, 90, 'KB')).toEqual({ text: '≤ 90 KB', uppfyllt: true });
		expect(bada(hogst(1, 2, 'ms'), { text: '≥ 20×', uppfyllt: false }).uppfyllt).toBe(false);
	});
});

const FIGUR: Figur = {
	id: 'kundsok_fornamn_node_ms',
	namn: 'kundsök fornamn',
	enhet: 'ms',
	varde: { median: 0.5, p95: 1.25, antal: 200 },
	baslinje: { namn: 'full genomsökning', varde: { median: 20, p95: 30, antal: 200 } },
	mal: { text: 'p95 ≤ 20 ms', uppfyllt: true },
	not: '21726 personer'
};

describe('output', () => {
	it('prints the figure, its baseline with how many times faster, and its goal', () => {
		expect(kvot(FIGUR)).toBe(40);
		expect(rad(FIGUR)).toBe(
			'kundsök fornamn: median 0.50 ms, p95 1.25 ms (21726 personer) · baslinje full genomsökning: median 20.0 ms, p95 30.0 ms, 40.0× snabbare · mål p95 ≤ 20 ms ✓'
		);
		expect(rad({ ...FIGUR, mal: { text: 'p95 ≤ 1 ms', uppfyllt: false } })).toMatch(
			/✗ EJ UPPFYLLT$/
		);
	});

	it('keys the JSON by figure id with numbers in the figure’s unit', () => {
		const kb: Figur = { id: 'start_js_css_kall_kb', namn: 'start', enhet: 'KB', varde: 78.94 };
		expect(somJson([FIGUR, kb])).toEqual({
			kundsok_fornamn_node_ms: {
				enhet: 'ms',
				median: 0.5,
				p95: 1.25,
				antal: 200,
				baslinje: 'full genomsökning',
				baslinje_median: 20,
				baslinje_p95: 30,
				baslinje_antal: 200,
				mal: 'p95 ≤ 20 ms',
				uppfyllt: true
			},
			start_js_css_kall_kb: { enhet: 'KB', varde: 78.94 }
		});
	});

	it('refuses two figures with one id, which would overwrite each other in the JSON', () => {
		expect(() => somJson([FIGUR, FIGUR])).toThrow(/två gånger/);
	});
});

describe('options', () => {
	it('reads --snabb, --bara and BENCH_VARV', () => {
		expect(lasAlternativ([], {})).toEqual({ varv: 200, sidladdningar: 10, snabb: false, bara: [] });
		expect(lasAlternativ(['--snabb', '--bara=sidor,kundsok'], { BENCH_VARV: '30' })).toEqual({
			varv: 30,
			sidladdningar: 2,
			snabb: true,
			bara: ['sidor', 'kundsok']
		});
	});
});
