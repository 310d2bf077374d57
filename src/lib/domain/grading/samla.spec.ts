import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lasScenarioFil } from '../../content/fs';
import { handelserUr, lasForsok } from '../../schemas/forsok';
import { grade } from './motor';
import { samlaMisstag } from './samla';
import type { Fynd } from './typer';

const ROT = fileURLToPath(new URL('../../../../scenarios', import.meta.url));

function rapport(id: string, variant: string) {
	const mapp = join(ROT, id);
	const vag = join(mapp, 'attempts', `${variant}.json`);
	return grade(
		lasScenarioFil(join(mapp, 'index.md')),
		handelserUr(lasForsok(readFileSync(vag, 'utf8'), vag))
	);
}

const fynd = (over: Partial<Fynd>): Fynd => ({
	regelId: 'O3',
	avsnitt: 'Beställning',
	kategori: 'system',
	vad: 'x',
	status: 'fel',
	hittat: 'h',
	forvantat: 'f',
	vikt: 1,
	kritisk: false,
	...over
});

describe('samlaMisstag', () => {
	it('a beställning to the wrong utförare is one mistake, seen by two checks', () => {
		const r = rapport('korttidsvistelse-i-stodfamilj', 'fail-till-barn-ungdom');
		const fel = r.fynd.filter((f) => f.status === 'fel');
		const m = samlaMisstag(r.fynd);
		expect(m.length).toBeLessThan(fel.length);
		const o6 = m.filter((x) => x.delar.some((d) => d.regelId === 'O6'));
		expect(o6).toHaveLength(1);
		expect(o6[0].delar.length).toBeGreaterThan(1);
		expect(o6[0].kritisk).toBe(true);
	});

	it('the same check finding the same thing twice counts once', () => {
		const r = rapport('tillfallig-utokning-tre-manader', 'fail-ett-beslut-hela-perioden');
		for (const m of samlaMisstag(r.fynd)) {
			const nycklar = m.delar.map((d) => `${d.regelId} ${d.vad} ${d.hittat}`);
			expect(new Set(nycklar).size).toBe(nycklar.length);
		}
	});

	it('keeps apart what different sentences say, and a finding with no sentence alone', () => {
		const m = samlaMisstag([
			fynd({ manualcitat: 'Fyll i Gäller fr.o.m.', vad: 'fr.o.m.' }),
			fynd({ manualcitat: 'Fyll i Gäller fr.o.m.', vad: 't.o.m.', kritisk: true }),
			fynd({ manualcitat: 'Välj Utförare.', vad: 'utförare' }),
			fynd({ vad: 'utan citat' }),
			fynd({ vad: 'utan citat' }),
			fynd({ status: 'ratt', manualcitat: 'Välj Utförare.' })
		]);
		expect(m.map((x) => x.delar.map((d) => d.vad))).toEqual([
			['fr.o.m.', 't.o.m.'],
			['utförare'],
			['utan citat'],
			['utan citat']
		]);
		expect(m.map((x) => x.kritisk)).toEqual([true, false, false, false]);
	});
});
