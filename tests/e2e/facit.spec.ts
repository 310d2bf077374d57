/**
 * Every scenario's facit, walked through the real UI from its data (scenarios/<id>/facit.yaml):
 * the facit must be Godkänt with no Fel, and its events must equal the committed
 * `attempts/pass-facit.json`. A variant with no recording from today's steps is walked too and
 * graded against its `fel`; recorded ones are graded in the unit tests (scenarios.spec.ts).
 *
 * `npm run scenario -- record <id>` runs this file with SPELA_IN=1: then every attempt of the
 * chosen scenarios is walked and written to `attempts/`.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lasFacitFil, lasScenarioFil } from '../../src/lib/content/fs';
import { arFarsk, FACIT_FORSOK, forsokNamn, stegFor } from '../../src/lib/content/inspelning';
import { scenarioMappar } from '../../src/lib/content/kontroll';
import { jamforFel, somForvantat, visaForvantat } from '../../src/lib/domain/facit/forvantan';
import { grade } from '../../src/lib/domain/grading/motor';
import { handelserUr, lasForsok } from '../../src/lib/schemas/forsok';
import { expect, test } from './facit/fixture';
import { gaIgenom } from './facit/gang';
import { spelaIn } from './facit/inspela';

const ROT = fileURLToPath(new URL('../../scenarios', import.meta.url));
const SPELA_IN = process.env.SPELA_IN === '1';
const BARA = process.env.SCENARIO ? process.env.SCENARIO.split(',') : null;

for (const mapp of scenarioMappar(ROT)) {
	const id = basename(mapp);
	if (BARA && !BARA.includes(id)) continue;
	test.describe(id, () => {
		// Recording writes inspelning.json per scenario: one scenario's walks stay in one worker
		if (SPELA_IN) test.describe.configure({ mode: 'serial' });
		let laddat;
		try {
			laddat = { s: lasScenarioFil(join(mapp, 'index.md')), facit: lasFacitFil(mapp) };
		} catch (e) {
			const fel = e instanceof Error ? e.message : String(e);
			test('loads', () => {
				throw new Error(fel);
			});
			return;
		}
		const { s, facit } = laddat;
		for (const namn of forsokNamn(facit)) {
			const farsk = arFarsk(mapp, facit, namn);
			if (!SPELA_IN && namn !== FACIT_FORSOK && farsk) continue;
			test(namn, async ({ sida: page }) => {
				const steg = stegFor(facit, namn);
				const kalla = `scenarios/${id}/facit.yaml${namn === FACIT_FORSOK ? '' : ` (${namn})`}`;
				const medGranser = SPELA_IN && namn === FACIT_FORSOK;
				const { granser, ...forsok } = await gaIgenom(page, s, steg, kalla, medGranser);
				const rapport = grade(s, handelserUr(forsok));
				const forvantat = namn.startsWith('fail-') ? facit.varianter[namn].fel : [];
				const { saknas, ovantade } = jamforFel(forvantat, rapport.fynd);
				expect(
					[
						...saknas.map((f) => `saknas: ${visaForvantat(f)}`),
						...ovantade.map((x) => `oväntat fel: ${somForvantat(x)} (${x.hittat})`)
					],
					`${kalla}: fel som inte stämmer med facit`
				).toEqual([]);
				const andel = `${Math.round(rapport.andel * 100)} % rätt, godkandVid ${rapport.godkandVid}`;
				expect(
					rapport.godkand,
					namn.startsWith('fail-')
						? `${kalla}: blev Godkänt trots sina fel (${andel}); höj godkandVid eller gör regeln kritisk`
						: `${kalla}: blev inte Godkänt (${andel})`
				).toBe(!namn.startsWith('fail-'));
				if (SPELA_IN) {
					await spelaIn(mapp, s, namn, steg, forsok, granser);
				} else if (farsk) {
					const vag = join(mapp, 'attempts', `${namn}.json`);
					const inspelat = lasForsok(readFileSync(vag, 'utf8'), vag);
					expect(
						handelserUr(forsok),
						`${kalla}: UI:t gav andra händelser än attempts/${namn}.json; spela in igen med npm run scenario -- record ${id}`
					).toEqual(handelserUr(inspelat));
				}
			});
		}
	});
}
