import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oppnaDb, type LssDb } from '../db/db';
import {
	ImportVagrad,
	importeraScenarier,
	listaEgnaScenarier,
	markeraUtgivna
} from '../db/egna-scenarier';
import type { Scenariomapp } from './paket';
import { ersattningsfel } from './version';

const INDEX = readFileSync('scenarios/ledsagarservice-ny-kund/index.md', 'utf8');
/** The shipped scenario under an id of its own, as a trainer's pack would carry it. */
function mapp(andra: (text: string) => string = (t) => t): Scenariomapp {
	return {
		id: 'egen-ledsagar',
		filer: { 'index.md': andra(INDEX.replace(/^id: .*$/m, 'id: egen-ledsagar')) }
	};
}
const SKICKADE = new Set(['ledsagarservice-ny-kund']);

let db: LssDb;
let nr = 0;
beforeEach(() => {
	db = oppnaDb(`paket-spec-${process.pid}-${++nr}`);
});
afterEach(async () => {
	await db.delete();
});

const importera = (mappar: Scenariomapp[]) =>
	importeraScenarier(db, mappar, (ny, fanns) => ersattningsfel(ny, fanns, SKICKADE));

async function vagran(mappar: Scenariomapp[]): Promise<string[]> {
	try {
		await importera(mappar);
	} catch (e) {
		if (e instanceof ImportVagrad) return e.rader;
		throw e;
	}
	throw new Error('importerades');
}

describe('importing a pack', () => {
	it('stores new scenarios as importerad, and refuses a shipped id, storing nothing', async () => {
		const skickad = { id: 'ledsagarservice-ny-kund', filer: { 'index.md': INDEX } };
		expect(await vagran([mapp(), skickad])).toEqual([
			expect.stringMatching(/^ledsagarservice-ny-kund\/index\.md: id: .* följer med appen/)
		]);
		expect(await listaEgnaScenarier(db)).toEqual([]);
		await importera([mapp()]);
		expect((await listaEgnaScenarier(db)).map((r) => [r.id, r.kalla])).toEqual([
			['egen-ledsagar', 'importerad']
		]);
	});

	it('replaces an earlier import only with a higher version when what is graded changed', async () => {
		await importera([mapp()]);
		// the words only: the same version is fine
		await importera([mapp((t) => t.replace(/^title: .*$/m, 'title: Ny titel'))]);
		const idag = (t: string) => t.replace(/^idag: .*$/m, 'idag: 2025-03-04');
		expect(await vagran([mapp(idag)])).toEqual([
			expect.stringMatching(
				/^egen-ledsagar\/index\.md: version: idag har ändrats men versionen är fortfarande 1\. Höj version till 2/
			)
		]);
		const hojd = (t: string) => idag(t).replace(/^version: .*$/m, 'version: 2');
		await importera([mapp(hojd)]);
		expect(await vagran([mapp()])).toEqual([
			expect.stringMatching(/version: är 1, men version 2 är redan importerad/)
		]);
		const [rad] = await listaEgnaScenarier(db);
		expect(rad.filer['index.md']).toMatch(/^version: 2$/m);
	});

	it('never replaces a scenario the trainer wrote here', async () => {
		await db.egnaScenarier.put({ ...mapp(), kalla: 'egen', sparad: '2025-01-01T00:00:00Z' });
		expect(await vagran([mapp()])).toEqual([expect.stringMatching(/ett eget scenario/)]);
	});
});

describe('the version each scenario was shared as (utgivna)', () => {
	it('an import keeps its text as its version was shared; an export keeps the first sharing', async () => {
		await importera([mapp()]);
		const forsta = mapp().filer['index.md'];
		expect((await listaEgnaScenarier(db))[0].utgivna).toEqual({ '1': forsta });
		// the same version imported again with a new title: the first sharing stays the baseline
		await importera([mapp((t) => t.replace(/^title: .*$/m, 'title: Ny titel'))]);
		await markeraUtgivna(db, [{ id: 'egen-ledsagar', version: 1, indexText: 'annan text' }]);
		await markeraUtgivna(db, [{ id: 'egen-ledsagar', version: 2, indexText: 'version 2' }]);
		expect((await listaEgnaScenarier(db))[0].utgivna).toEqual({ '1': forsta, '2': 'version 2' });
	});
});
