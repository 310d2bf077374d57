import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { betygsattAlla, KOLUMNER } from './grade-alla';

const ATT = (id: string, f: string) => join('scenarios', id, 'attempts', f);

describe('grade --all', () => {
	it('prints a row per attempt and names every file it could not grade', () => {
		const mapp = mkdtempSync(join(tmpdir(), 'alla-'));
		copyFileSync(ATT('ledsagarservice-ny-kund', 'pass-facit.json'), join(mapp, 'a.json'));
		copyFileSync(
			ATT('korttidsvistelse-i-stodfamilj', 'fail-tva-bestallningar.json'),
			join(mapp, 'b.json')
		);
		// a trainee's name with a comma and a quote, as a profile may hold
		const c = JSON.parse(readFileSync(ATT('ledsagarservice-ny-kund', 'pass-facit.json'), 'utf8'));
		writeFileSync(join(mapp, 'c.json'), JSON.stringify({ ...c, profil: { namn: 'Berg, "Sara"' } }));
		writeFileSync(join(mapp, 'd.json'), '{ inte json');
		writeFileSync(join(mapp, 'e.json'), JSON.stringify({ ...c, scenarioId: 'finns-inte' }));
		writeFileSync(join(mapp, 'noter.txt'), 'inte ett försök');

		const { csv, fel } = betygsattAlla(mapp);
		const rader = csv.trim().split('\n');
		expect(rader[0]).toBe(KOLUMNER.join(','));
		expect(rader.slice(1)).toEqual([
			expect.stringMatching(/^,ledsagarservice-ny-kund,1,ova,godkänd,(\d+),\1,1\.000,$/),
			expect.stringMatching(/^,korttidsvistelse-i-stodfamilj,1,ova,inte godkänd,.*,.*O6/),
			expect.stringMatching(/^"Berg, ""Sara""",ledsagarservice-ny-kund,/)
		]);
		expect(fel).toHaveLength(2);
		expect(fel[0]).toMatch(/d\.json: /);
		expect(fel[1]).toMatch(/e\.json: .*finns-inte/);
	});

	it('refuses a folder that is not there', () => {
		expect(() => betygsattAlla('/finns/inte')).toThrow('/finns/inte: mappen finns inte');
	});
});
