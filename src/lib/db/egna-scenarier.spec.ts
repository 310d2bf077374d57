import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oppnaDb, type LssDb } from './db';
import {
	hamtaEgetScenario,
	listaEgnaScenarier,
	raderaEgetScenario,
	skapaEgetScenario,
	sparaEgnaFiler
} from './egna-scenarier';

let db: LssDb;
let nr = 0;
beforeEach(() => {
	db = oppnaDb(`egna-spec-${process.pid}-${++nr}`);
});
afterEach(async () => {
	await db.delete();
});

describe('egna scenarier', () => {
	it('are made once per id, saved over and kept apart from their recordings', async () => {
		expect(await skapaEgetScenario(db, 'a', { 'index.md': 'x' }, '2026-01-01T00:00:00.000Z')).toBe(
			true
		);
		expect(await skapaEgetScenario(db, 'a', { 'index.md': 'y' })).toBe(false);
		await db.egnaScenarier.update('a', { filer: { 'index.md': 'x', 'attempts/p.json': '{}' } });
		await sparaEgnaFiler(db, 'a', { 'index.md': 'z', 'facit.yaml': 'steg: []' }, '2026-01-02');
		expect(await hamtaEgetScenario(db, 'a')).toEqual({
			id: 'a',
			kalla: 'egen',
			filer: { 'index.md': 'z', 'facit.yaml': 'steg: []', 'attempts/p.json': '{}' },
			sparad: '2026-01-02'
		});
	});

	it('are listed latest first and can be removed', async () => {
		await skapaEgetScenario(db, 'gammal', {}, '2026-01-01');
		await skapaEgetScenario(db, 'ny', {}, '2026-02-01');
		expect((await listaEgnaScenarier(db)).map((r) => r.id)).toEqual(['ny', 'gammal']);
		await raderaEgetScenario(db, 'ny');
		expect((await listaEgnaScenarier(db)).map((r) => r.id)).toEqual(['gammal']);
		await expect(sparaEgnaFiler(db, 'ny', {})).rejects.toThrow(/finns inte längre/);
	});
});
