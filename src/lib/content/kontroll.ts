/**
 * Node only: the whole check of one scenario folder, short of playing it in a browser. The
 * build runs it on every scenario (vite-plugin.ts), `npm run scenario -- check` and the unit
 * tests too, so a broken scenario is refused before a trainee can start it. Every problem is a
 * line that names the file and the field, step or attempt.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jamforFel, somForvantat, visaForvantat } from '../domain/facit/forvantan';
import { AvgorandeFel } from '../domain/grading/avgorande';
import { grade, kontrolleraScenario } from '../domain/grading/motor';
import { handelserUr, lasForsok, ForsokFel } from '../schemas/forsok';
import type { Facit } from '../schemas/facit';
import type { Scenario } from '../schemas/scenario';
import { lasPnrLista } from '../world/pnr-lista';
import { RESERVERADE_PNR, TVILLINGAR } from '../world/reserverade-pnr';
import { FacitFel } from './facit';
import { lasFacitFil, lasScenarioFil } from './fs';
import {
	arFarsk,
	FACIT_FORSOK,
	forsokNamn,
	INSPELNING,
	inspelningsfel,
	stegGransfel,
	stegGransFil
} from './inspelning';
import { ScenarioFel } from './scenario';

export interface Kontroll {
	mapp: string;
	scenario?: Scenario;
	facit?: Facit;
	/** One line per problem; empty when the scenario is fine. */
	problem: string[];
	/** Attempts with no committed recording from today's steps: only a browser can check them. */
	ejInspelade: string[];
}

function vag(p: string): string {
	return (relative(process.cwd(), p) || p).split('\\').join('/');
}

let testlistan: Set<string> | undefined;
function pnrPaTestlistan(): Set<string> {
	testlistan ??= new Set(
		lasPnrLista(readFileSync(new URL('../world/testpersonnummer.txt', import.meta.url), 'utf8'))
	);
	return testlistan;
}
const RESERVERADE = new Set(RESERVERADE_PNR);
const TVILLING_PNR = new Set(TVILLINGAR.flat());

/**
 * Every personnummer written in a text, in any form a trainer or trainee writes one
 * (`198011169235`, `19801116-9235`, `801116-9235`), as 12 digits. A six-digit form has no
 * century: both are returned, and at least one must be on Skatteverket's list.
 */
export function personnummerI(text: string): string[][] {
	const hittade: string[][] = [];
	for (const m of text.matchAll(/(?<!\d)(\d{8})-?(\d{4})(?!\d)/g)) hittade.push([m[1] + m[2]]);
	for (const m of text.matchAll(/(?<![\d-])(\d{6})-(\d{4})(?!\d)/g))
		hittade.push(['19' + m[1] + m[2], '20' + m[1] + m[2]]);
	return hittade;
}

function kontrolleraPnr(s: Scenario, text: string, kalla: string): string[] {
	const fel: string[] = [];
	const lista = pnrPaTestlistan();
	for (const kandidater of personnummerI(text))
		if (!kandidater.some((p) => lista.has(p)))
			fel.push(
				`${kalla}: ${kandidater[0]} är inte ett av Skatteverkets testpersonnummer; använd bara sådana (docs/scenario-format.md, Personnummer).`
			);
	const { kunder, kir } = s.start;
	for (const p of [...kunder, ...kir].flatMap((p) => [
		p.pnr,
		...(p.hushall ?? []).map((h) => h.pnr)
	]))
		if (!RESERVERADE.has(p))
			fel.push(
				`${kalla}: start: ${p} är inte reserverat för scenarier; välj ett ledigt reserverat nummer (docs/scenario-format.md, Personnummer).`
			);
	// The customer is one of the scenario's own people, or a century twin of the world (S2)
	const kund = s.forvantat.kund.pnr;
	if (!RESERVERADE.has(kund) && !TVILLING_PNR.has(kund))
		fel.push(
			`${kalla}: forvantat.kund.pnr: ${kund} är varken reserverat eller en av sekeltvillingarna; se docs/scenario-format.md, Personnummer.`
		);
	return fel;
}

/**
 * Which rule set grades each field of `forvantat` (src/lib/domain/grading/regelverk): a field
 * written while its rule set is missing from `regelverk` would silently never be graded.
 */
const LASES_AV: { falt: keyof Scenario['forvantat']; regelverk: Scenario['regelverk'][number] }[] =
	[
		{ falt: 'registrering', regelverk: 'registrering' },
		{ falt: 'aktualiseringar', regelverk: 'aktualisering' },
		{ falt: 'utredning', regelverk: 'utredning' },
		{ falt: 'beslut', regelverk: 'beslut' },
		{ falt: 'bestallningar', regelverk: 'bestallning' },
		{ falt: 'ingenBestallningFor', regelverk: 'bestallning' },
		{ falt: 'verkstalligheter', regelverk: 'verkstallighet' },
		{ falt: 'lssInsatser', regelverk: 'verkstallighet' },
		{ falt: 'dokumentation', regelverk: 'dokumentation' },
		{ falt: 'bedomning', regelverk: 'bedomning' },
		{ falt: 'bevakningar', regelverk: 'bevakning' },
		{ falt: 'bevakningsstatus', regelverk: 'bevakning' },
		{ falt: 'slutlage', regelverk: 'slutlage' },
		{ falt: 'kontakter', regelverk: 'kontakt' },
		{ falt: 'lass', regelverk: 'lass' },
		{ falt: 'hushall', regelverk: 'hushall' },
		{ falt: 'utskrift', regelverk: 'utskrift' },
		{ falt: 'bekraftelser', regelverk: 'bekraftelse' },
		{ falt: 'borttagningar', regelverk: 'borttagning' },
		{ falt: 'avbrott', regelverk: 'avbrott' }
	];

function kontrolleraRegelverk(s: Scenario): string[] {
	return LASES_AV.filter(({ falt, regelverk }) => {
		const v = s.forvantat[falt];
		const satt = Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null;
		return satt && !s.regelverk.includes(regelverk);
	}).map(
		({ falt, regelverk }) =>
			`${s.kalla}: regelverk: forvantat.${falt} rättas av regelverket ${regelverk}, som saknas; lägg till det (regelverk: [${[...s.regelverk, regelverk].join(', ')}]) eller ta bort fältet.`
	);
}

function kontrolleraForsok(mapp: string, s: Scenario, facit: Facit, namn: string): string[] {
	const fil = join(mapp, 'attempts', `${namn}.json`);
	const kalla = vag(fil);
	let handelser;
	try {
		const f = lasForsok(readFileSync(fil, 'utf8'), kalla);
		if (f.scenarioId !== s.id || f.scenarioVersion !== s.version)
			return [
				`${kalla}: gäller ${f.scenarioId} version ${f.scenarioVersion}, inte ${s.id} version ${s.version}; spela in igen.`
			];
		handelser = handelserUr(f);
	} catch (e) {
		if (e instanceof ForsokFel) return e.rader;
		throw e;
	}
	const rapport = grade(s, handelser);
	const facitVag = vag(join(mapp, 'facit.yaml'));
	const falt = namn.startsWith('fail-')
		? `varianter.${namn}.fel`
		: namn === 'pass-facit'
			? 'steg'
			: `varianter.${namn}`;
	const forvantat = namn.startsWith('fail-') ? facit.varianter[namn].fel : [];
	const { saknas, ovantade } = jamforFel(forvantat, rapport.fynd);
	const fel: string[] = [];
	for (const f of saknas)
		fel.push(`${facitVag}: ${falt}: ${visaForvantat(f)} ska bli fel i ${namn}, men blev inte det.`);
	for (const x of ovantade)
		fel.push(
			`${facitVag}: ${falt}: ${namn} fick oväntat fel ${somForvantat(x)}: ${x.hittat}; väntat: ${x.forvantat}.`
		);
	if (namn.startsWith('fail-') && rapport.godkand && fel.length === 0)
		fel.push(
			`${facitVag}: ${falt}: ${namn} blev godkänt trots sina fel; ett fel som ska underkänna behöver en regel som är kritisk eller ett högre godkandVid.`
		);
	if (!namn.startsWith('fail-') && !rapport.godkand && fel.length === 0)
		fel.push(
			`${facitVag}: ${falt}: ${namn} blev inte godkänt (${Math.round(rapport.andel * 100)} %, godkandVid ${rapport.godkandVid}).`
		);
	return fel;
}

/** Checks one scenario folder: file, rules, facit, personnummer and every committed attempt. */
export function kontrolleraMapp(mapp: string): Kontroll {
	const ut: Kontroll = { mapp, problem: [], ejInspelade: [] };
	const index = join(mapp, 'index.md');
	try {
		ut.scenario = lasScenarioFil(index);
	} catch (e) {
		if (!(e instanceof ScenarioFel)) throw e;
		ut.problem.push(...e.rader);
	}
	try {
		ut.facit = lasFacitFil(mapp);
	} catch (e) {
		if (!(e instanceof FacitFel)) throw e;
		ut.problem.push(...e.rader);
	}
	const s = ut.scenario;
	if (!s) return ut;
	try {
		kontrolleraScenario(s);
		// A raw rule whose fact lacks a parameter fails only when evaluated: grade an empty attempt
		grade(s, []);
	} catch (e) {
		// An override in avgorande that names no rule: one line per entry
		if (e instanceof AvgorandeFel) ut.problem.push(...e.rader);
		else ut.problem.push(e instanceof Error ? e.message : String(e));
		return ut;
	}
	ut.problem.push(...kontrolleraRegelverk(s));
	ut.problem.push(...kontrolleraPnr(s, readFileSync(index, 'utf8'), vag(index)));
	const facit = ut.facit;
	if (!facit) return ut;
	const namn = forsokNamn(facit);
	const attempts = join(mapp, 'attempts');
	if (existsSync(attempts))
		for (const f of readdirSync(attempts)) {
			if (f === INSPELNING || f === stegGransFil(FACIT_FORSOK)) continue;
			if (!f.endsWith('.json') || !namn.includes(f.replace(/\.json$/, '')))
				ut.problem.push(
					`${vag(join(attempts, f))}: hör inte till facit eller någon variant; ta bort filen eller spela in igen (npm run scenario -- record ${s.id}).`
				);
		}
	const trasig = inspelningsfel(mapp);
	if (trasig)
		ut.problem.push(
			`${vag(join(attempts, INSPELNING))}: ${trasig} (npm run scenario -- record ${s.id}).`
		);
	const indexText = readFileSync(index, 'utf8');
	for (const n of namn) {
		if (!arFarsk(mapp, facit, n, indexText)) {
			ut.ejInspelade.push(n);
			continue;
		}
		const fil = join(attempts, `${n}.json`);
		ut.problem.push(...kontrolleraForsok(mapp, s, facit, n));
		// While recording (npm run scenario -- record builds the app with SPELA_IN=1) the counts
		// are what is being written
		if (n === FACIT_FORSOK && process.env.SPELA_IN !== '1') {
			const antal = (JSON.parse(readFileSync(fil, 'utf8')) as { handelser?: unknown[] }).handelser
				?.length;
			const fel = stegGransfel(mapp, facit, antal ?? -1, indexText);
			if (fel) ut.problem.push(`${vag(mapp)}/${fel} (npm run scenario -- record ${s.id}).`);
		}
		for (const kandidater of personnummerI(readFileSync(fil, 'utf8')))
			if (!kandidater.some((p) => pnrPaTestlistan().has(p)))
				ut.problem.push(
					`${vag(fil)}: ${kandidater[0]} är inte ett av Skatteverkets testpersonnummer.`
				);
	}
	return ut;
}

/** Every scenario folder under `dir` (not those starting with `_` or `.`), sorted. */
export function scenarioMappar(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !/^[_.]/.test(d.name))
		.map((d) => join(dir, d.name))
		.sort();
}
