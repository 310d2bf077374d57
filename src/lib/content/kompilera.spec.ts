import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handelserUr, lasForsok } from '../schemas/forsok';
import { lasFacitFil, lasScenarioFil } from './fs';
import { kompileraFacit, kompileraScenario } from './kompilera';

const MAPP = 'scenarios/kontaktperson-bifall';

/** The compiled data reaches the runner as JSON in a chunk: it must survive the round trip. */
const somJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('kompileraScenario', () => {
	it('is the scenario lasScenario reads, with the brief rendered by the given renderer', () => {
		const k = kompileraScenario(MAPP, (md) => `<html>${md}</html>`);
		expect(k.scenario).toEqual(lasScenarioFil(join(MAPP, 'index.md')));
		expect(k.scenario.kalla).toBe(`${MAPP}/index.md`);
		expect(k.briefHtml).toBe(`<html>${k.scenario.brief}</html>`);
		expect(somJson(k)).toEqual(k);
	});
});

describe('kompileraFacit', () => {
	it('is the facit’s steps and its recording, read and validated as the scenario check does', () => {
		const k = kompileraFacit(MAPP);
		expect(k.steg).toEqual(lasFacitFil(MAPP).steg);
		const fil = join(MAPP, 'attempts', 'pass-facit.json');
		const granser = JSON.parse(
			readFileSync(join(MAPP, 'attempts', 'pass-facit.steg.json'), 'utf8')
		);
		expect(k.inspelning).toEqual({
			handelser: handelserUr(lasForsok(readFileSync(fil, 'utf8'), fil)),
			granser: granser.granser
		});
		expect(somJson(k)).toEqual(k);
	});

	it('has no recording for a scenario that was never recorded', () => {
		expect(kompileraFacit('src/lib/content/fixtures/plugin/scenarios/minimal').inspelning).toBe(
			null
		);
	});
});
