import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { betygsattAlla } from '../grade-alla';
import { committadeForsoksfiler, skrivForsoksmapp } from './forsoksmapp';

describe('the benchmark folder of attempt files', () => {
	it('copies only the submitted attempts, never the steg, expect or inspelning files', () => {
		const filer = committadeForsoksfiler('scenarios');
		expect(filer.length).toBeGreaterThan(20);
		for (const f of filer) expect(f).toMatch(/[\\/](pass|fail)-[^.]+\.json$/);
	});

	it('writes files that grade --all reads, each under its own trainee', () => {
		const mapp = mkdtempSync(join(tmpdir(), 'lss-forsoksmapp-'));
		const filer = skrivForsoksmapp(mapp, 120, 'scenarios');
		expect(readdirSync(mapp).sort()).toEqual(filer);
		const { csv, fel } = betygsattAlla(mapp);
		expect(fel).toEqual([]);
		const rader = csv.trim().split('\n').slice(1);
		expect(rader).toHaveLength(120);
		expect(new Set(rader.map((r) => r.split(',')[0])).size).toBe(120);
		expect(new Set(rader.map((r) => r.split(',')[3]))).toEqual(new Set(['prov', 'ova']));
		expect(rader.some((r) => r.includes(',godkänd,'))).toBe(true);
		expect(rader.some((r) => r.includes(',inte godkänd,'))).toBe(true);
		rmSync(mapp, { recursive: true, force: true });
	});
});
