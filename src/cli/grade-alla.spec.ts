import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from './grade';
import { framstegSomFil } from '../lib/schemas/framstegsfil';
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

	it("gives a row per attempt of a progress file, under the file's name, naming a bad one", () => {
		const mapp = mkdtempSync(join(tmpdir(), 'alla-framsteg-'));
		const las = (id: string, f: string) => JSON.parse(readFileSync(ATT(id, f), 'utf8'));
		const pass = las('ledsagarservice-ny-kund', 'pass-facit.json');
		const fail = las('korttidsvistelse-i-stodfamilj', 'fail-tva-bestallningar.json');
		const annan = { ...pass, scenarioVersion: pass.scenarioVersion + 1 };
		const nu = '2025-06-01T08:00:00.000Z';
		writeFileSync(join(mapp, 'ada.json'), framstegSomFil([pass, fail, annan], nu, 'Ada'));
		const { csv, fel } = betygsattAlla(mapp);
		expect(csv.trim().split('\n').slice(1)).toEqual([
			expect.stringMatching(/^Ada,ledsagarservice-ny-kund,1,ova,godkänd,/),
			expect.stringMatching(/^Ada,korttidsvistelse-i-stodfamilj,1,ova,inte godkänd,.*O6/)
		]);
		expect(fel).toEqual([expect.stringMatching(/ada\.json: forsok\[2\]: scenarioVersion/)]);
	});

	it('refuses a folder that is not there', () => {
		expect(() => betygsattAlla('/finns/inte')).toThrow('/finns/inte: mappen finns inte');
	});
});

describe('grade --all on many files', () => {
	const PASS = ATT('ledsagarservice-ny-kund', 'pass-facit.json');
	const FAIL = ATT('korttidsvistelse-i-stodfamilj', 'fail-tva-bestallningar.json');
	const mall = [PASS, FAIL].map((f) => JSON.parse(readFileSync(f, 'utf8')));
	const elev = (csvRad: string) => csvRad.split(',')[0];

	it('prints the rows in the order of the file names, however the files were written', () => {
		const mapp = mkdtempSync(join(tmpdir(), 'alla-ordning-'));
		// sorted by UTF-16 code unit: capitals first, a10 before a2
		for (const namn of ['b', 'a2', 'C', 'a10', 'Ö', 'a1'])
			writeFileSync(join(mapp, `${namn}.json`), JSON.stringify({ ...mall[0], profil: { namn } }));
		const { csv, fel } = betygsattAlla(mapp);
		expect(fel).toEqual([]);
		expect(csv.trim().split('\n').slice(1).map(elev)).toEqual(['C', 'a1', 'a10', 'a2', 'b', 'Ö']);
	});

	it('grades each file as it would be graded alone, and names every bad one among hundreds', () => {
		const mapp = mkdtempSync(join(tmpdir(), 'alla-manga-'));
		const namn = (i: number) => `f${String(i).padStart(3, '0')}`;
		for (let i = 0; i < 300; i++)
			writeFileSync(
				join(mapp, `${namn(i)}.json`),
				JSON.stringify({ ...mall[i % 2], profil: { namn: namn(i) } })
			);
		writeFileSync(join(mapp, 'f100.json'), '{ inte json');
		writeFileSync(join(mapp, 'f200.json'), ' '.repeat(5 * 1024 * 1024 + 1));
		// a folder named like a file: opened, but cannot be read
		rmSync(join(mapp, 'f250.json'));
		mkdirSync(join(mapp, 'f250.json'));

		let ut = '';
		let fel = '';
		const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((ut += s), true));
		const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((fel += s), true));
		try {
			expect(main(['--all', mapp])).toBe(2);
		} finally {
			o.mockRestore();
			e.mockRestore();
		}
		const rader = ut.trim().split('\n').slice(1);
		const vantade = Array.from({ length: 300 }, (_, i) => namn(i)).filter(
			(n) => !['f100', 'f200', 'f250'].includes(n)
		);
		expect(rader.map(elev)).toEqual(vantade);
		const felrader = fel.trim().split('\n');
		expect(felrader).toHaveLength(3);
		expect(felrader[0]).toMatch(/f100\.json: är inte giltig JSON/);
		expect(felrader[1]).toMatch(/f200\.json: filen är 5(,0)? MB, större än gränsen/);
		expect(felrader[2]).toMatch(/f250\.json: /);

		// the rules are built once per scenario for the folder; a row is what the file gives alone
		for (const i of [0, 1, 101, 299]) {
			const ensam = mkdtempSync(join(tmpdir(), 'alla-ensam-'));
			copyFileSync(join(mapp, `${namn(i)}.json`), join(ensam, 'x.json'));
			expect(betygsattAlla(ensam).csv.trim().split('\n')[1]).toBe(rader[vantade.indexOf(namn(i))]);
			rmSync(ensam, { recursive: true, force: true });
		}
		rmSync(mapp, { recursive: true, force: true });
	});
});
