import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Handelse } from '../domain/handelser';
import { beskrivDubblett, hittaDubblett } from './dubbletter';
import { ForsokFel, handelserUr, lasForsok } from './forsok';

const PASS = 'scenarios/ledsagarservice-ny-kund/attempts/pass-facit.json';
const fil = JSON.parse(readFileSync(PASS, 'utf8'));
const handelser = handelserUr(lasForsok(readFileSync(PASS, 'utf8'), PASS));
const akt = handelser.find((h) => h.typ === 'AktualiseringSparad') as Extract<
	Handelse,
	{ typ: 'AktualiseringSparad' }
>;

describe('hittaDubblett', () => {
	it('finds nothing in a recorded attempt', () => {
		expect(hittaDubblett(handelser)).toBeNull();
	});

	it('names the id given twice and both events, as two tabs saving akt-1 gave', () => {
		const d = hittaDubblett([...handelser, akt]);
		expect(d).toEqual({
			id: akt.aktualisering.id,
			vad: 'aktualiseringen',
			nummer: handelser.length + 1,
			typ: 'AktualiseringSparad',
			forstaNummer: handelser.indexOf(akt) + 1
		});
		expect(beskrivDubblett(d!, 'f.json')).toMatch(
			new RegExp(
				`^f\\.json: .*aktualiseringen ${akt.aktualisering.id} finns redan \\(händelse \\d+\\) och ges igen av händelse ${handelser.length + 1} \\(AktualiseringSparad\\)`
			)
		);
	});

	it('finds an id the start state already holds', () => {
		const d = hittaDubblett([akt], { aktualiseringar: [akt.aktualisering] });
		expect(d).toMatchObject({ id: akt.aktualisering.id, nummer: 1 });
		expect(d?.forstaNummer).toBeUndefined();
		expect(beskrivDubblett(d!)).toContain('övningens startläge');
	});

	it('finds two beslut of one event with the same id', () => {
		const b = { id: 'beslut-1' } as never;
		expect(hittaDubblett([{ typ: 'BeslutSparade', beslut: [b, b] }])).toMatchObject({
			id: 'beslut-1',
			vad: 'beslutet'
		});
	});

	it('takes a text saved again under its id as a change, a paste over it as a duplicate', () => {
		const a = { id: 'ant-1', rubrik: 'x' } as never;
		const sparad: Handelse = { typ: 'AnteckningSparad', anteckning: a };
		expect(hittaDubblett([sparad, sparad])).toBeNull();
		const klistrad: Handelse = {
			typ: 'TexterInklistrade',
			franUtredningId: 'utr-1',
			tillUtredningId: 'utr-2',
			anteckningar: [a]
		};
		expect(hittaDubblett([sparad, klistrad])).toMatchObject({ id: 'ant-1', forstaNummer: 1 });
	});
});

describe('lasForsok and duplicate ids', () => {
	it('refuses a file whose events give an id twice, naming the event', () => {
		const sista = fil.handelser.at(-1);
		const dubbel = fil.handelser.find((h: { typ: string }) => h.typ === 'AktualiseringSparad');
		const text = JSON.stringify({
			...fil,
			handelser: [...fil.handelser, { ...dubbel, seq: sista.seq + 1 }]
		});
		let fel: unknown;
		try {
			lasForsok(text, 'dubbel.json');
		} catch (e) {
			fel = e;
		}
		expect(fel).toBeInstanceOf(ForsokFel);
		expect((fel as ForsokFel).rader[0]).toMatch(
			/^dubbel\.json: försöket har två med samma id: aktualiseringen akt-1 .*händelse 8 \(AktualiseringSparad\)/
		);
	});
});
