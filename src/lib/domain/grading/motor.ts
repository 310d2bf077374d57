import { utanAngrade, type Handelse } from '../handelser';
import { startState, tillampaAlla } from '../projektion';
import type { Scenario } from '../../schemas/scenario';
import { beskrivForvantat, beskrivHittat } from './beskrivning';
import { FAKTA } from './fakta';
import { OPERATORER } from './operatorer';
import { byggRegler } from './regelverk';
import type { Fynd, Kontext, Rapport, Regel, Status } from './typer';

export { grupperaPerAvsnitt, type AvsnittsGrupp } from './avsnitt';

/** A rule that cannot be evaluated: names the rule so an author can find and fix it. */
export class RegelFel extends Error {
	constructor(
		readonly regelId: string,
		message: string
	) {
		super(message);
		this.name = 'RegelFel';
	}
}

function plats(scenario: Scenario, regel: Regel): string {
	const i = scenario.regler.indexOf(regel);
	return i >= 0 ? `${scenario.kalla}, regler[${i}]` : `${scenario.kalla}, regelverk`;
}

/**
 * Checks that every rule names a fact and an operator that exist, before anything is graded:
 * a scenario with a mistyped rule fails loudly rather than grading wrong. Throws `RegelFel`.
 */
export function kontrolleraRegler(scenario: Scenario, regler: readonly Regel[]): void {
	for (const r of regler) {
		if (!Object.hasOwn(FAKTA, r.fakta))
			throw new RegelFel(
				r.id,
				`${plats(scenario, r)}: Regel ${r.id} använder faktumet "${r.fakta}", som inte finns. ` +
					`Använd något av: ${Object.keys(FAKTA).join(', ')}.`
			);
		if (!Object.hasOwn(OPERATORER, r.operator))
			throw new RegelFel(
				r.id,
				`${plats(scenario, r)}: Regel ${r.id} använder operatorn "${r.operator}", som inte finns. ` +
					`Använd någon av: ${Object.keys(OPERATORER).join(', ')}.`
			);
	}
}

/** Follows a dot path (`person.nyckelkod`) into a value; undefined where the path runs out. */
export function hamta(varde: unknown, sokvag: string | undefined): unknown {
	if (!sokvag) return varde;
	let v = varde;
	for (const del of sokvag.split('.')) {
		if (v === undefined || v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string, unknown>)[del];
	}
	return v;
}

/** Evaluates one (checked) rule against the attempt and explains the result. */
export function utvardera(regel: Regel, ctx: Kontext): Fynd {
	let status: Status;
	let hittat: string;
	try {
		const fakta = FAKTA[regel.fakta](ctx, regel.parametrar ?? {});
		const faktiskt = hamta(fakta, regel.sokvag);
		const utfall = OPERATORER[regel.operator](faktiskt, regel.varde);
		status = utfall === 'ej-bedomd' ? 'ej-bedomd' : utfall ? 'ratt' : 'fel';
		hittat = beskrivHittat(regel, fakta, faktiskt);
	} catch (e) {
		const orsak = e instanceof Error ? e.message : String(e);
		throw new RegelFel(
			regel.id,
			`${ctx.scenario.kalla}: Regel ${regel.id} (${regel.vad}) kunde inte bedömas: ${orsak}`
		);
	}
	return {
		regelId: regel.id,
		avsnitt: regel.avsnitt,
		kategori: regel.kategori,
		vad: regel.vad,
		status,
		hittat,
		forvantat: beskrivForvantat(regel),
		manualcitat: regel.manualcitat,
		vikt: regel.vikt,
		kritisk: regel.kritisk
	};
}

/** What one hint costs: a point off the score, whichever rung (the report says so). */
export const LEDTRADSKOSTNAD = 1;

/**
 * Scores findings: the weight of the right ones, less what the hints taken cost, over the
 * weight of those assessed; passed when that share reaches `godkandVid` and no kritisk rule
 * is wrong.
 */
export function sammanstall(
	scenario: Scenario,
	fynd: Fynd[],
	ledtradar: Rapport['ledtradar'] = []
): Rapport {
	let poang = 0;
	let maxPoang = 0;
	const kritiskaFel: string[] = [];
	for (const f of fynd) {
		if (f.status === 'ej-bedomd') continue;
		maxPoang += f.vikt;
		if (f.status === 'ratt') poang += f.vikt;
		else if (f.kritisk && !kritiskaFel.includes(f.regelId)) kritiskaFel.push(f.regelId);
	}
	const avdrag = Math.min(poang, ledtradar.length * LEDTRADSKOSTNAD);
	poang -= avdrag;
	const andel = maxPoang === 0 ? 1 : poang / maxPoang;
	return {
		scenarioId: scenario.id,
		scenarioVersion: scenario.version,
		godkand: andel >= scenario.godkandVid && kritiskaFel.length === 0,
		poang,
		maxPoang,
		andel,
		godkandVid: scenario.godkandVid,
		kritiskaFel,
		fynd,
		ledtradar,
		avdrag
	};
}

// A loaded scenario is not changed afterwards (an edited one is parsed anew), so its checked
// rules are kept per scenario object: building them costs more than grading a whole attempt.
const byggda = new WeakMap<Scenario, Regel[]>();

function reglerFor(scenario: Scenario): Regel[] {
	let regler = byggda.get(scenario);
	if (!regler) {
		regler = byggRegler(scenario);
		kontrolleraRegler(scenario, regler);
		byggda.set(scenario, regler);
	}
	return regler;
}

/**
 * Builds and checks a scenario's rules without grading anything, for the scenario loader:
 * throws `RegelFel` (unknown fact or operator) or an Error naming the file and field (an
 * expectation the start state cannot meet), so a broken scenario is refused when loaded.
 */
export function kontrolleraScenario(scenario: Scenario): void {
	reglerFor(scenario);
}

/**
 * Grades an attempt: replays the events on the scenario's start state, builds the rules from
 * the scenario's rule sets and raw rules, and evaluates each. Throws `RegelFel` for a rule
 * that names an unknown fact or operator or cannot be evaluated.
 */
export function grade(scenario: Scenario, handelser: readonly Handelse[]): Rapport {
	const regler = reglerFor(scenario);
	// What Guidad took back and the hints asked for are not the case: the rules read the rest
	const galler = utanAngrade(handelser);
	const ctx: Kontext = {
		scenario,
		handelser: galler,
		state: tillampaAlla(startState(scenario.start, scenario.idag), galler)
	};
	const ledtradar = handelser.flatMap((h) =>
		h.typ === 'LedtradVisad' ? [{ regelId: h.regelId, vad: h.vad, steg: h.steg }] : []
	);
	return sammanstall(
		scenario,
		regler.map((r) => utvardera(r, ctx)),
		ledtradar
	);
}
