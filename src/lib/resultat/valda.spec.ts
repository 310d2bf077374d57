import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { betygsattAlla } from '../../cli/grade-alla';
import { lasScenarioFil } from '../content/fs';
import { forsokCsv } from '../domain/grupp';
import { framstegSomFil } from '../schemas/framstegsfil';
import { rattaValda } from './valda';

const ATT = (id: string, f: string) => join('scenarios', id, 'attempts', f);
const las = (id: string, f: string) => JSON.parse(readFileSync(ATT(id, f), 'utf8'));

describe('Gruppens resultat grades as grade --all does', () => {
	it('gives the same CSV rows and names the same problems for the same files', async () => {
		const mapp = mkdtempSync(join(tmpdir(), 'grupp-'));
		const pass = las('ledsagarservice-ny-kund', 'pass-facit.json');
		const fail = las('korttidsvistelse-i-stodfamilj', 'fail-tva-bestallningar.json');
		const skriv = (namn: string, text: string | Buffer) => writeFileSync(join(mapp, namn), text);
		skriv('b.json', JSON.stringify({ ...pass, profil: { namn: 'Berg, "Sara"' } }));
		skriv('a.json', JSON.stringify({ ...fail, lage: 'prov', profil: { namn: 'Ada' } }));
		skriv(
			'c.json',
			framstegSomFil(
				[pass, fail, { ...pass, scenarioVersion: pass.scenarioVersion + 1 }],
				'2025-06-01T08:00:00.000Z',
				'Cilla'
			)
		);
		skriv('d.json', '{ inte json');
		skriv('e.json', Buffer.from('\uFEFF' + JSON.stringify(pass), 'utf16le'));
		skriv('f.json', JSON.stringify({ ...pass, lage: 'visa' }));

		const cli = betygsattAlla(mapp);
		const filer = readdirSync(mapp)
			.reverse()
			.map((n) => ({ fil: new File([readFileSync(join(mapp, n))], n), vag: join(mapp, n) }));
		const ids = ['ledsagarservice-ny-kund', 'korttidsvistelse-i-stodfamilj'];
		const webb = await rattaValda(filer, ids, async (id) =>
			lasScenarioFil(join('scenarios', id, 'index.md'))
		);
		expect(forsokCsv(webb.rader)).toBe(cli.csv);
		expect(webb.fel).toEqual(cli.fel);
		// the rows are there to compare: five attempts graded, three problems named
		expect(cli.csv.trim().split('\n')).toHaveLength(1 + 5);
		expect(cli.fel).toEqual([
			expect.stringMatching(/c\.json: forsok\[2\]: scenarioVersion/),
			expect.stringMatching(/d\.json: /),
			expect.stringMatching(/e\.json: filen är kodad som UTF-16/)
		]);
		rmSync(mapp, { recursive: true, force: true });
	});

	it('names an exercise that is not here, and a file too large, and grades the rest', async () => {
		const pass = las('ledsagarservice-ny-kund', 'pass-facit.json');
		const fil = (text: string, vag: string) => ({ fil: new Blob([text]), vag });
		const stor = { fil: { size: 60 * 1024 * 1024 } as Blob, vag: 'stor.json' };
		const { rader, fel } = await rattaValda(
			[
				fil(JSON.stringify(pass), 'a.json'),
				fil(JSON.stringify({ ...pass, scenarioId: 'finns-inte' }), 'b.json'),
				stor
			],
			['ledsagarservice-ny-kund'],
			async (id) => lasScenarioFil(join('scenarios', id, 'index.md'))
		);
		expect(rader.map((r) => r.kalla)).toEqual(['a.json']);
		expect(fel).toEqual([
			expect.stringMatching(/^b\.json: försöket gäller övningen "finns-inte", som inte finns här/),
			expect.stringMatching(/^stor\.json: filen är 60 MB, större än gränsen 50 MB/)
		]);
	});

	it('a scenario that cannot be read fails only the attempts made on it, saying why', async () => {
		const pass = las('ledsagarservice-ny-kund', 'pass-facit.json');
		const fil = (text: string, vag: string) => ({ fil: new Blob([text]), vag });
		const { rader, fel } = await rattaValda(
			[
				fil(JSON.stringify(pass), 'a.json'),
				fil(JSON.stringify({ ...pass, scenarioId: 'min-trasiga' }), 'b.json')
			],
			['ledsagarservice-ny-kund', 'min-trasiga'],
			async (id) => {
				if (id === 'min-trasiga') throw new Error('index.md: version: ska vara ett tal.');
				return lasScenarioFil(join('scenarios', id, 'index.md'));
			}
		);
		expect(rader.map((r) => r.kalla)).toEqual(['a.json']);
		expect(fel).toEqual([
			'b.json: övningen "min-trasiga" kunde inte läsas: index.md: version: ska vara ett tal. Rätta den i Scenarioverkstad.'
		]);
	});
});
