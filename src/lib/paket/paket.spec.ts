import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { kontrolleraMapp as kontrolleraScenariomapp, scenarioMappar } from '../content/kontroll';
import {
	MAX_PAKETFILER,
	MAX_UPPACKAT_BYTE,
	packa,
	packaUpp,
	PaketFel,
	type Scenariomapp
} from './paket';

/** Every file of a folder, by its path inside it, as bytes. */
function filerI(mapp: string, under = mapp): [string, Buffer][] {
	return readdirSync(under, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory()
			? filerI(mapp, join(under, d.name))
			: [
					[
						relative(mapp, join(under, d.name)).split('\\').join('/'),
						readFileSync(join(under, d.name))
					] as [string, Buffer]
				]
	);
}

function somMapp(mapp: string): Scenariomapp {
	return {
		id: mapp.split(/[\\/]/).pop() ?? '',
		filer: Object.fromEntries(filerI(mapp).map(([v, b]) => [v, b.toString('utf8')]))
	};
}

const SKICKADE = scenarioMappar('scenarios');

function fel(f: () => unknown): string[] {
	try {
		f();
	} catch (e) {
		if (e instanceof PaketFel) return e.rader;
		throw e;
	}
	throw new Error('inget fel');
}

describe('scenario packs', () => {
	// reads and judges every shipped file (several seconds on a busy machine): a generous timeout,
	// as vite-plugin.spec gives the build's own reading of them
	it('gives every shipped scenario folder back byte for byte', () => {
		const mappar = SKICKADE.map(somMapp);
		const tillbaka = packaUpp(packa(mappar));
		expect(tillbaka.map((m) => m.id)).toEqual(mappar.map((m) => m.id));
		for (const mapp of SKICKADE) {
			const m = tillbaka.find((t) => t.id === somMapp(mapp).id);
			for (const [vag, bytes] of filerI(mapp))
				expect(Buffer.from(m?.filer[vag] ?? '', 'utf8').equals(bytes), `${mapp}/${vag}`).toBe(true);
			expect(Object.keys(m?.filer ?? {}).sort()).toEqual(
				filerI(mapp)
					.map(([v]) => v)
					.sort()
			);
		}
	}, 60_000);

	it('unzipped into a copy of scenarios/ passes the scenario check', () => {
		const rot = mkdtempSync(join(tmpdir(), 'paket-'));
		const id = 'ledsagarservice-ny-kund';
		cpSync('scenarios', rot, { recursive: true, filter: (k) => !k.includes(`${id}`) });
		for (const m of packaUpp(packa([somMapp(join('scenarios', id))])))
			for (const [vag, text] of Object.entries(m.filer)) {
				const fil = join(rot, m.id, vag);
				mkdirSync(dirname(fil), { recursive: true });
				writeFileSync(fil, text);
			}
		const k = kontrolleraScenariomapp(join(rot, id));
		expect(k.problem).toEqual([]);
		expect(k.ejInspelade).toEqual([]);
		rmSync(rot, { recursive: true, force: true });
	}, 60_000);

	it('imports nothing from a pack with a broken scenario, naming the file and field', () => {
		const bra = somMapp(join('scenarios', 'ledsagarservice-ny-kund'));
		const trasig = somMapp(join('scenarios', 'kir-obs-annan-kommun'));
		trasig.filer['index.md'] = trasig.filer['index.md'].replace(/^version: .*$/m, 'version: noll');
		expect(fel(() => packaUpp(packa([bra, trasig])))).toEqual([
			expect.stringMatching(/^kir-obs-annan-kommun\/index\.md: version/)
		]);
		// a folder named otherwise than its scenario
		expect(fel(() => packaUpp(packa([{ ...bra, id: 'annat-namn' }])))).toContainEqual(
			expect.stringMatching(/annat-namn\/index\.md: id: är "ledsagarservice-ny-kund"/)
		);
	});

	it('refuses hostile zips before inflating them', () => {
		const zip = (filer: Record<string, string>) =>
			zipSync(Object.fromEntries(Object.entries(filer).map(([k, v]) => [k, strToU8(v)])));
		expect(fel(() => packaUpp(zip({ '../utanfor/index.md': 'x' })))).toEqual([
			expect.stringMatching(/går utanför sin mapp/)
		]);
		expect(fel(() => packaUpp(zip({ 'a/../../x/index.md': 'x' })))).toEqual([
			expect.stringMatching(/går utanför sin mapp/)
		]);
		expect(fel(() => packaUpp(zip({ '/etc/index.md': 'x' })))).toEqual([
			expect.stringMatching(/absolut sökväg/)
		]);
		expect(fel(() => packaUpp(zip({ 'a/run.sh': 'x' })))).toEqual([
			expect.stringMatching(/a\/run\.sh: en scenariomapp har bara/)
		]);
		expect(fel(() => packaUpp(new Uint8Array([1, 2, 3])))).toEqual([
			expect.stringMatching(/inte en zip-fil/)
		]);
		// a bomb: a file of zeros that inflates past the limit, refused from its declared size
		// (the limits made small here, so the test need not compress 50 MB)
		const granser = { maxUppackat: 1024 * 1024, maxFiler: 20 };
		const bomb = zipSync({ 'a/index.md': new Uint8Array(1024 * 1024 + 1) }, { level: 9 });
		expect(bomb.length).toBeLessThan(10 * 1024);
		expect(fel(() => packaUpp(bomb, 'bomb.zip', granser))).toEqual([
			'bomb.zip: filerna blir större än 1 MB uppackade.'
		]);
		const manga = zip(
			Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`a${i}/index.md`, '']))
		);
		expect(fel(() => packaUpp(manga, 'manga.zip', granser))).toEqual([
			'manga.zip: fler än 20 filer i paketet.'
		]);
		// the real limits are what a real pack needs, with room
		expect(MAX_PAKETFILER).toBeGreaterThan(SKICKADE.length * 10);
		expect(MAX_UPPACKAT_BYTE).toBeGreaterThanOrEqual(10 * 1024 * 1024);
	});
});
