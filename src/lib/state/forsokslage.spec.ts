import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lasAllaScenarier } from '../content/fs';
import { utanAngrade, type Handelse, type LagradHandelse } from '../domain/handelser';
import type { CaseState } from '../domain/model';
import { projicera, startState, tillampa, tillampaAlla } from '../domain/projektion';
import { beslutOchBestallningar, slumpadeHandelser } from '../domain/testdata-handelser';
import { handelserUr, lasForsok } from '../schemas/forsok';
import type { Scenario } from '../schemas/scenario';
import { Slump } from '../world/prng';
import { forsokslage, medNya, type Forsokslage } from './forsokslage';

const ROT = fileURLToPath(new URL('../../../scenarios', import.meta.url));
const SCENARIER = lasAllaScenarier(ROT);

/** Every committed attempt under scenarios/<id>/attempts, with its scenario. */
const FORSOK = SCENARIER.flatMap((scenario) => {
	const mapp = join(ROT, scenario.id, 'attempts');
	if (!existsSync(mapp)) return [];
	return readdirSync(mapp)
		.filter((f) => /^(pass|fail)-[^.]+\.json$/.test(f))
		.map((f) => {
			const fil = join(mapp, f);
			return {
				scenario,
				fil: f,
				handelser: handelserUr(lasForsok(readFileSync(fil, 'utf8'), fil))
			};
		});
});

const lagrade = (handelser: readonly Handelse[]): LagradHandelse[] =>
	handelser.map((h, i) => ({ ...h, seq: i + 1, tid: '2025-01-01T00:00:00.000Z' }));

/** The attempt stored in turns of 1…`storst` events, each applied to the last state. */
function ityper(
	scenario: Scenario,
	handelser: readonly LagradHandelse[],
	slump: Slump,
	storst: number
): Forsokslage {
	let lage = forsokslage(scenario.start, scenario.idag, []);
	for (let i = 0; i < handelser.length;) {
		const n = slump.heltal(1, storst);
		lage = medNya(lage, handelser.slice(i, i + n));
		i += n;
	}
	return lage;
}

/** Freezes a state all the way down, so a write to anything given in throws. */
function frys<T>(x: T): T {
	if (x && typeof x === 'object' && !Object.isFrozen(x)) {
		Object.freeze(x);
		for (const v of Object.values(x)) frys(v);
	}
	return x;
}

describe('incremental projection', () => {
	it('found committed attempts to check', () => {
		expect(FORSOK.length).toBeGreaterThan(20);
	});

	it.each(FORSOK.map((f) => [`${f.scenario.id}/${f.fil}`, f] as const))(
		'%s: event by event gives the full replay',
		(_namn, { scenario, handelser }) => {
			const alla = lagrade(handelser);
			const full = forsokslage(scenario.start, scenario.idag, alla);
			const ett = ityper(scenario, alla, new Slump(1), 1);
			expect(ett.state).toStrictEqual(full.state);
			expect(ett.galler).toStrictEqual(full.galler);
			expect(ett.handelser).toStrictEqual(alla);
			// and the fold one event at a time, as the rules are written
			const fold = utanAngrade(handelser).reduce(
				tillampa,
				startState(scenario.start, scenario.idag)
			);
			expect(full.state).toStrictEqual(fold);
		}
	);

	it('gives the full replay for random events of every kind, stored in random turns', () => {
		for (let fro = 1; fro <= 200; fro++) {
			const scenario = SCENARIER[fro % SCENARIER.length];
			const slump = new Slump(fro);
			const utredningar = scenario.start.utredningar.map((u) => u.id);
			const alla = lagrade(slumpadeHandelser(slump, 20 + (fro % 150), utredningar));
			const full = forsokslage(scenario.start, scenario.idag, alla);
			const delvis = ityper(scenario, alla, slump, 6);
			expect(delvis.state, `frö ${fro}`).toStrictEqual(full.state);
			expect(delvis.galler, `frö ${fro}`).toStrictEqual(full.galler);
		}
	});

	it('gives the full replay for long attempts of beslut and beställningar', () => {
		// an attempt that makes both (a copied beställning at an avbrott has no beslut of its own)
		const { scenario, handelser } = FORSOK.find(
			(f) =>
				f.handelser.some((h) => h.typ === 'BeslutSparade') &&
				f.handelser.some((h) => h.typ === 'BestallningSparad')
		)!;
		const alla = lagrade(beslutOchBestallningar(handelser, 3000));
		const full = forsokslage(scenario.start, scenario.idag, alla);
		expect(full.state.bestallningar.length).toBeGreaterThan(1400);
		expect(ityper(scenario, alla, new Slump(7), 3).state).toStrictEqual(full.state);
	});

	it('replays in full when a step is taken back, leaving out what it undid', () => {
		const { scenario, handelser } = FORSOK.find((f) =>
			f.handelser.some((h) => h.typ === 'BeslutSparade')
		)!;
		const fore = lagrade(handelser);
		let lage = forsokslage(scenario.start, scenario.idag, fore);
		const utan = lage.state;
		const beslut = handelser.find((h) => h.typ === 'BeslutSparade')!;
		lage = medNya(
			lage,
			lagrade([beslut, { typ: 'LedtradVisad', regelId: 'R', vad: 'v', steg: 1 }])
		);
		expect(lage.state.beslut.length).toBeGreaterThan(utan.beslut.length);
		lage = medNya(lage, lagrade([{ typ: 'StegAngrat', antal: 1 }]));
		expect(lage.state).toStrictEqual(utan);
		expect(lage.galler).toStrictEqual(utanAngrade(lage.handelser));
		expect(lage.handelser).toHaveLength(fore.length + 3);
	});

	it('changes nothing it is given: not the last state, not the events', () => {
		for (let fro = 1; fro <= 40; fro++) {
			const scenario = SCENARIER[fro % SCENARIER.length];
			const slump = new Slump(fro);
			const handelser = utanAngrade(slumpadeHandelser(slump, 120));
			const mitt = 60;
			const forra: CaseState = frys(
				tillampaAlla(startState(scenario.start, scenario.idag), handelser.slice(0, mitt))
			);
			const kopia = structuredClone(forra);
			frys(handelser);
			const efter = tillampaAlla(forra, handelser.slice(mitt));
			expect(forra).toStrictEqual(kopia);
			expect(efter).toStrictEqual(projicera(scenario.start, handelser, scenario.idag));
		}
	});

	it('leaves the state as it was when the events change no case', () => {
		const s = startState({}, '2025-01-01');
		expect(tillampaAlla(s, [{ typ: 'KirSokt', fraga: 'x', traffar: [] }])).toBe(s);
		expect(tillampaAlla(s, [])).toBe(s);
	});
});
