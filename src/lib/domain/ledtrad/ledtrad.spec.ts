import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lasFacitFil, lasScenarioFil } from '../../content/fs';
import { scenarioMappar } from '../../content/kontroll';
import { handelserUr, lasForsok } from '../../schemas/forsok';
import { grade } from '../grading/motor';
import type { Handelse } from '../handelser';
import { bordeVaraMott, kravensSteg, nastaKrav, type FacitInspelning } from './kravordning';
import { ledtrad, STEGEN } from './stege';

const ROT = fileURLToPath(new URL('../../../../scenarios', import.meta.url));

function las(mapp: string) {
	const s = lasScenarioFil(join(mapp, 'index.md'));
	const { steg, varianter } = lasFacitFil(mapp);
	const json = (f: string) => readFileSync(join(mapp, 'attempts', f), 'utf8');
	const insp: FacitInspelning = {
		handelser: handelserUr(lasForsok(json('pass-facit.json'), 'pass-facit.json')),
		granser: (JSON.parse(json('pass-facit.steg.json')) as { granser: number[] }).granser
	};
	const variant = (namn: string) => handelserUr(lasForsok(json(`${namn}.json`), namn));
	return { s, steg, varianter, insp, k: kravensSteg(s, insp), variant };
}

/** The ladder for the next requirement of `handelser`, as texts. */
function stegen(mapp: string, handelser: readonly Handelse[] = []) {
	const { s, steg, insp, k } = las(mapp);
	const r = grade(s, handelser);
	const i = nastaKrav(r, k);
	if (i === undefined) return undefined;
	return STEGEN.map((p) => ledtrad(p, r.fynd[i], k[i], steg, insp.granser));
}

describe('the hint ladder on every shipped scenario', () => {
	for (const mapp of scenarioMappar(ROT)) {
		const id = mapp.split('/').at(-1);
		it(`${id}: four rungs at every point of the facit, none once it is all done`, () => {
			const { s, insp } = las(mapp);
			for (const antal of new Set([0, ...insp.granser.slice(0, -1)])) {
				const r = grade(s, insp.handelser.slice(0, antal));
				if (r.fynd.every((f) => f.status !== 'fel')) continue;
				const l = stegen(mapp, insp.handelser.slice(0, antal));
				expect(l, `${id} efter ${antal} händelser`).toHaveLength(4);
				for (const rung of l!) expect(rung.text.length).toBeGreaterThan(10);
			}
			expect(stegen(mapp, insp.handelser)).toBeUndefined();
		});
	}
});

describe('the rungs, word for word', () => {
	it('ledsagarservice-ny-kund, at the start: search the register with the right century', () => {
		const [p, r, v, s] = stegen(join(ROT, 'ledsagarservice-ny-kund'))!;
		expect(p.text).toBe(
			'Manualen, Registrera en ny kund: ”OBS: glöm inte att ändra till rätt århundrade (t.ex. 19 eller 20).”'
		);
		expect(p.avsnitt).toBe('Registrera en ny kund');
		expect(r.text).toBe(
			'Det som ska stämma: Kunden söktes i personregistret med rätt århundrade. Manualen säger: Skriv personnumret i sökrutan (19801116-9235, århundrade 19). Nu: Sökningar efter kunden med rätt århundrade: inga.'
		);
		expect(v.text).toBe(
			'Det görs vid fältet Sök kund. Kontrollen är markerad på skärmen när den syns.'
		);
		expect(s.text).toBe('Gör så här, i ordning:');
		expect(s.steg).toEqual([
			'Klicka på fliken Social och vård dokumentation.',
			'Fyll i Sök kund: 801116-9235, Århundrade: 19.',
			'Klicka på knappen Sök.'
		]);
	});

	it('korttidsvistelse-i-stodfamilj, a beställning at the wrong nivå: the insats to choose', () => {
		const d = las(join(ROT, 'korttidsvistelse-i-stodfamilj'));
		const [p, r, v, s] = stegen(
			join(ROT, 'korttidsvistelse-i-stodfamilj'),
			d.variant('fail-niva-olika')
		)!;
		expect(p.text).toBe(
			'Manualen, Beställning korttidstillsyn och korttidsvistelse/stödfamilj (endast vid bifall): ”6) När du valt och pilat över rätt insats klicka på OK.”'
		);
		expect(r.text).toBe(
			'Det som ska stämma: Insats i beställningen för LSS Stödfamilj Bifall. Manualen säger: Insatser: Stödfamilj 2 (enligt uppdraget). Nu: Insatser: 1 st: Stödfamilj 1.'
		);
		expect(v.text).toBe(
			'Det görs i Insatsträd i rutan Insatser, vid Stödfamilj 2. Kontrollen är markerad på skärmen när den syns.'
		);
		expect(v.markera).toEqual(s.markera);
		expect(s.steg).toContain('Klicka på Stödfamilj 2 i Insatsträd i rutan Insatser.');
		expect(s.steg?.at(-1)).toBe(
			'Klicka på knappen Spara i Verktygsfält i fliken Beställning (nummer 1).'
		);
	});

	it('ansokan-pagaende-utredning, a second utredning opened: what the manual says instead', () => {
		const d = las(join(ROT, 'ansokan-pagaende-utredning'));
		const [p, r, v, s] = stegen(
			join(ROT, 'ansokan-pagaende-utredning'),
			d.variant('fail-ny-utredning')
		)!;
		expect(p.text).toBe('Läs avsnittet Aktualisera en ansökan i en pågående utredning i manualen.');
		expect(r.text).toBe(
			'Det som ska stämma: Ingen ny utredning inleddes. Manualen säger: Ingen ny utredning: ansökan blir en ej behandlad aktualisering i den pågående utredningen. Nu: Inledda utredningar: 1 st: LSS Utredning 2025-03-06.'
		);
		expect(v.text).toBe(
			'Det stämde från början, och något du har gjort under Aktualisera en ansökan i en pågående utredning ändrade det. Se efter vad du har gjort där.'
		);
		expect(v.markera).toBeUndefined();
		expect(s.text).toBe(
			'Manualen säger: Ingen ny utredning: ansökan blir en ej behandlad aktualisering i den pågående utredningen.'
		);
	});

	it('a planted mistake is hinted at before what comes after it', () => {
		for (const [id, variant] of [
			['ledsagarservice-ny-kund', 'fail-dagens-datum-hemvardsomrade'],
			['korttidsvistelse-i-stodfamilj', undefined],
			['ansokan-pagaende-utredning', undefined]
		] as const) {
			const d = las(join(ROT, id));
			const namn =
				variant ?? Object.keys(d.varianter).find((n) => n.startsWith('fail-')) ?? 'saknas';
			const h = d.variant(namn);
			const r = grade(d.s, h);
			const i = nastaKrav(r, d.k)!;
			const fel = r.fynd.filter((f) => f.status === 'fel');
			expect(fel, `${id}/${namn}`).toContain(r.fynd[i]);
			// the earliest of the mistakes, in the facit's order
			expect(Math.min(...r.fynd.flatMap((f, j) => (f.status === 'fel' ? [d.k[j]] : [])))).toBe(
				d.k[i]
			);
		}
	});
});

describe('bordeVaraMott (Guidad)', () => {
	it('after each facit step nothing is due that the facit has not met', () => {
		for (const mapp of scenarioMappar(ROT)) {
			const { s, insp, k } = las(mapp);
			insp.granser.forEach((antal, steg) =>
				expect(bordeVaraMott(grade(s, insp.handelser.slice(0, antal)), k, steg)).toEqual([])
			);
		}
	});

	it('a fail variant shows as due rules once its steps are all done', () => {
		const d = las(join(ROT, 'ledsagarservice-ny-kund'));
		const r = grade(d.s, d.variant('fail-dagens-datum-hemvardsomrade'));
		expect(bordeVaraMott(r, d.k, d.steg.length - 1).map((i) => r.fynd[i].regelId)).not.toEqual([]);
	});
});
