/**
 * The whole check of one scenario folder, short of playing it in a browser, over the folder's
 * files as text (path inside the folder → text). Pure: Node's check reads the folder and calls
 * this (kontroll.ts: the build, `npm run scenario -- check`), and the browser calls it on the
 * files a trainer keeps in IndexedDB (kontroll-webb.ts: the editor's live check, Kontrollera).
 * One check, not two. Every problem is a line that names the file and the field, step or attempt.
 */
import { jamforFel, somForvantat, visaForvantat } from '../domain/facit/forvantan';
import { AvgorandeFel } from '../domain/grading/avgorande';
import { grade, kontrolleraScenario } from '../domain/grading/motor';
import { handelserUr, lasForsok, ForsokFel } from '../schemas/forsok';
import type { Facit } from '../schemas/facit';
import type { Scenario } from '../schemas/scenario';
import { RESERVERADE_PNR, TVILLINGAR } from '../world/reserverade-pnr';
import { FacitFel, facitSaknas, lasFacit } from './facit';
import {
	FACIT_FORSOK,
	forsokNamn,
	INSPELNING,
	inspelningsfelI,
	lasInspelningText,
	stegFor,
	stegGransfelI,
	stegGransFil,
	type Avtryck
} from './inspelning-data';
import { lasScenario, ScenarioFel, scenarioSaknas } from './scenario';

/** A scenario folder as text: `index.md`, `facit.yaml`, `attempts/<namn>.json` … → the file. */
export type Filer = Readonly<Record<string, string>>;

export interface Kontroll {
	mapp: string;
	scenario?: Scenario;
	facit?: Facit;
	/** One line per problem; empty when the scenario is fine. */
	problem: string[];
	/** Attempts with no committed recording from today's steps: only a browser can check them. */
	ejInspelade: string[];
}

/** What the check needs from where it runs. */
export interface KontrollMiljo {
	/** The folder as its lines name it (`scenarios/x`). */
	mapp: string;
	/** A file of the folder (`index.md`, `attempts/x.json`) as its lines name it. */
	kalla: (fil: string) => string;
	/** Skatteverket's test personnummer (src/lib/world/testpersonnummer.txt). */
	testlistan: ReadonlySet<string>;
	/** The recording's fingerprint (SHA-256 in Node and in Web Crypto). */
	avtryck: Avtryck;
	/** While recording, the facit's step counts are what is being written: not checked. */
	spelarIn?: boolean;
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

function kontrolleraPnr(
	s: Scenario,
	text: string,
	kalla: string,
	lista: ReadonlySet<string>
): string[] {
	const fel: string[] = [];
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

/** One recorded attempt graded against what the facit says it should give. */
function kontrolleraForsok(
	filer: Filer,
	m: KontrollMiljo,
	s: Scenario,
	facit: Facit,
	namn: string
): string[] {
	const fil = `attempts/${namn}.json`;
	const kalla = m.kalla(fil);
	let handelser;
	try {
		const f = lasForsok(filer[fil], kalla);
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
	const facitVag = m.kalla('facit.yaml');
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

function lasDelar(filer: Filer, m: KontrollMiljo, ut: Kontroll): void {
	const index = m.kalla('index.md');
	try {
		const text = filer['index.md'];
		if (text === undefined) throw new ScenarioFel([scenarioSaknas(index)]);
		ut.scenario = lasScenario(text, index);
	} catch (e) {
		if (!(e instanceof ScenarioFel)) throw e;
		ut.problem.push(...e.rader);
	}
	try {
		const text = filer['facit.yaml'];
		if (text === undefined) throw new FacitFel([facitSaknas(m.kalla('facit.yaml'))]);
		ut.facit = lasFacit(text, m.kalla('facit.yaml'));
	} catch (e) {
		if (!(e instanceof FacitFel)) throw e;
		ut.problem.push(...e.rader);
	}
}

/** Checks one scenario folder: file, rules, facit, personnummer and every committed attempt. */
export function kontrolleraFiler(filer: Filer, m: KontrollMiljo): Kontroll {
	const ut: Kontroll = { mapp: m.mapp, problem: [], ejInspelade: [] };
	lasDelar(filer, m, ut);
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
	const indexText = filer['index.md'];
	ut.problem.push(...kontrolleraRegelverk(s));
	ut.problem.push(...kontrolleraPnr(s, indexText, m.kalla('index.md'), m.testlistan));
	const facit = ut.facit;
	if (!facit) return ut;
	const namn = forsokNamn(facit);
	for (const fil of Object.keys(filer)) {
		if (!fil.startsWith('attempts/')) continue;
		const f = fil.slice('attempts/'.length);
		if (f === INSPELNING || f === stegGransFil(FACIT_FORSOK)) continue;
		if (!f.endsWith('.json') || !namn.includes(f.replace(/\.json$/, '')))
			ut.problem.push(
				`${m.kalla(fil)}: hör inte till facit eller någon variant; ta bort filen eller spela in igen (npm run scenario -- record ${s.id}).`
			);
	}
	const inspelning = filer[`attempts/${INSPELNING}`];
	const trasig = inspelningsfelI(inspelning);
	if (trasig)
		ut.problem.push(
			`${m.kalla(`attempts/${INSPELNING}`)}: ${trasig} (npm run scenario -- record ${s.id}).`
		);
	const avtryck = lasInspelningText(inspelning);
	for (const n of namn) {
		const fil = `attempts/${n}.json`;
		if (filer[fil] === undefined || avtryck[n] !== m.avtryck(indexText, stegFor(facit, n))) {
			ut.ejInspelade.push(n);
			continue;
		}
		ut.problem.push(...kontrolleraForsok(filer, m, s, facit, n));
		if (n === FACIT_FORSOK && !m.spelarIn) {
			const antal = (JSON.parse(filer[fil]) as { handelser?: unknown[] }).handelser?.length;
			const gransFil = `attempts/${stegGransFil(FACIT_FORSOK)}`;
			const fel = stegGransfelI(filer[gransFil], facit, antal ?? -1, indexText, m.avtryck);
			if (fel) ut.problem.push(`${m.mapp}/${fel} (npm run scenario -- record ${s.id}).`);
		}
		for (const kandidater of personnummerI(filer[fil]))
			if (!kandidater.some((p) => m.testlistan.has(p)))
				ut.problem.push(
					`${m.kalla(fil)}: ${kandidater[0]} är inte ett av Skatteverkets testpersonnummer.`
				);
	}
	return ut;
}
