import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lasScenarioFil } from '../src/lib/content/fs';
import { grade } from '../src/lib/domain/grading/motor';
import type { Scenario } from '../src/lib/schemas/scenario';
import { handelserUr, lasForsok } from '../src/lib/schemas/forsok';
import { lasPnrLista } from '../src/lib/world/pnr-lista';
import { RESERVERADE_PNR } from '../src/lib/world/reserverade-pnr';
import { standardVarld } from '../src/lib/world/standard';
import { Korning } from './_verktyg/korning';
import { RECEPT } from './_verktyg/recept';

const ROT = 'scenarios';
const TESTLISTAN = new Set(lasPnrLista(readFileSync('src/lib/world/testpersonnummer.txt', 'utf8')));
const RESERVERADE = new Set(RESERVERADE_PNR);

const mappar = readdirSync(ROT, { withFileTypes: true })
	.filter((d) => d.isDirectory() && !/^[_.]/.test(d.name))
	.map((d) => d.name)
	.sort();

/**
 * Every personnummer written in a text, in any form a trainer or trainee writes one
 * (`198011169235`, `19801116-9235`, `801116-9235`), as 12 digits. A six-digit form has no
 * century: both are returned, and the test asks that at least one is on the list.
 */
function personnummerI(text: string): string[][] {
	const hittade: string[][] = [];
	for (const m of text.matchAll(/(?<!\d)(\d{8})-?(\d{4})(?!\d)/g)) hittade.push([m[1] + m[2]]);
	for (const m of text.matchAll(/(?<![\d-])(\d{6})-(\d{4})(?!\d)/g))
		hittade.push(['19' + m[1] + m[2], '20' + m[1] + m[2]]);
	return hittade;
}

/** Everyone the start state places in the world: customers, KIR entries, household members. */
function personerIStart(s: Scenario): string[] {
	const { kunder, kir } = s.start;
	return [...kunder, ...kir].flatMap((p) => [p.pnr, ...(p.hushall ?? []).map((h) => h.pnr)]);
}

it('finds the scenario folders (those not starting with _ or .)', () => {
	expect(mappar.length).toBeGreaterThanOrEqual(5);
});

const varld = standardVarld();

for (const id of mappar) {
	describe(`scenarios/${id}`, () => {
		const fil = join(ROT, id, 'index.md');
		// Loading inside the test: a bad scenario fails here, with its ScenarioFel naming the file
		const ladda = () => lasScenarioFil(fil);

		it('loads and validates', () => {
			expect(ladda().id).toBe(id);
		});

		it('uses only test personnummer, and reserved ones for its own people', () => {
			const s = ladda();
			const text = readFileSync(fil, 'utf8');
			for (const kandidater of personnummerI(text))
				expect(
					kandidater.some((p) => TESTLISTAN.has(p)),
					`${fil}: ${kandidater[0]}`
				).toBe(true);
			for (const pnr of [...personerIStart(s), s.forvantat.kund.pnr])
				expect(RESERVERADE.has(pnr), `${fil}: ${pnr} är inte reserverat`).toBe(true);
		});

		const attempts = join(ROT, id, 'attempts');
		const forsok = readdirSync(attempts)
			.filter((f) => f.endsWith('.json') && !f.endsWith('.expect.json'))
			.sort();

		it('has a passing attempt and at least two failing ones, as recept.ts builds them', () => {
			expect(forsok.filter((f) => f.startsWith('pass-')).length).toBeGreaterThanOrEqual(1);
			expect(forsok.filter((f) => f.startsWith('fail-')).length).toBeGreaterThanOrEqual(2);
			expect(forsok.every((f) => /^(pass|fail)-/.test(f))).toBe(true);
			expect(forsok.map((f) => f.replace(/\.json$/, ''))).toEqual(
				Object.keys(RECEPT[id] ?? {}).sort()
			);
		});

		for (const f of forsok) {
			const vag = join(attempts, f);
			const namn = f.replace(/\.json$/, '');

			it(`${f} is real domain output: recept.ts replays to the same events`, () => {
				const k = new Korning(ladda(), varld);
				RECEPT[id][namn].kor(k);
				const sparat = lasForsok(readFileSync(vag, 'utf8'), vag);
				expect(sparat).toEqual(k.forsok());
			});

			it(`${f} uses only test personnummer`, () => {
				for (const kandidater of personnummerI(readFileSync(vag, 'utf8')))
					expect(
						kandidater.some((p) => TESTLISTAN.has(p)),
						`${vag}: ${kandidater[0]}`
					).toBe(true);
			});

			it(`${f} is graded ${f.startsWith('pass-') ? 'godkänd' : 'not godkänd, with the expected rules fel'}`, () => {
				const s = ladda();
				const fk = lasForsok(readFileSync(vag, 'utf8'), vag);
				expect(fk.scenarioId).toBe(s.id);
				expect(fk.scenarioVersion).toBe(s.version);
				const rapport = grade(s, handelserUr(fk));
				const fel = [
					...new Set(rapport.fynd.filter((x) => x.status === 'fel').map((x) => x.regelId))
				].sort();
				if (f.startsWith('pass-')) {
					expect(fel).toEqual([]);
					expect(rapport.godkand).toBe(true);
				} else {
					const vantat = JSON.parse(readFileSync(vag.replace(/\.json$/, '.expect.json'), 'utf8'));
					expect(rapport.godkand).toBe(false);
					expect(fel).toEqual([...vantat.fel].sort());
				}
			});
		}
	});
}
