import { lasScenario } from '../content/scenario';
import type { Scenario } from '../schemas/scenario';
import type { Scenariomapp } from './paket';

/*
 * "Versions rise when a change would grade old attempts differently": an imported scenario that
 * replaces an earlier import of the same id must carry a higher version when anything the grader
 * reads has changed. What the grader reads is every field but the words around it (title, level,
 * manualSections, the brief): start, forvantat, regelverk, regler, idag, roll, godkandVid,
 * avgorande. An attempt keeps the version it was made on (ForsokRad.scenarioVersion) and the
 * report says when it is graded against another.
 */

const ORDEN = new Set(['id', 'version', 'title', 'level', 'manualSections', 'brief', 'kalla']);

/** The fields the grader reads, as one comparable text. */
function vadSomRattas(s: Scenario): string {
	const delar = Object.entries(s)
		.filter(([k]) => !ORDEN.has(k))
		.sort(([a], [b]) => (a < b ? -1 : 1));
	return JSON.stringify(delar);
}

/** The fields of the two that differ in what is graded, in the frontmatter's names. */
export function andradeFalt(forra: Scenario, ny: Scenario): string[] {
	const a = Object.fromEntries(Object.entries(forra).filter(([k]) => !ORDEN.has(k)));
	const b = Object.fromEntries(Object.entries(ny).filter(([k]) => !ORDEN.has(k)));
	return [...new Set([...Object.keys(a), ...Object.keys(b)])]
		.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
		.sort();
}

/**
 * Why `ny` may not replace what this browser has under its id, or null when it may:
 * a shipped scenario's id is refused; a scenario of the trainer's own (`egen`) is never replaced
 * by a pack; an earlier import is replaced by a higher version, or by the same version that
 * grades the same (a corrected brief or title).
 */
export function ersattningsfel(
	ny: Scenariomapp,
	fanns: { kalla: 'egen' | 'importerad'; filer: Record<string, string> } | undefined,
	skickade: ReadonlySet<string>
): string | null {
	const kalla = `${ny.id}/index.md`;
	if (skickade.has(ny.id))
		return `${kalla}: id: "${ny.id}" är en övning som följer med appen; ge scenariot ett eget id.`;
	if (!fanns) return null;
	if (fanns.kalla === 'egen')
		return `${kalla}: id: "${ny.id}" är ett eget scenario i den här webbläsaren; ge scenariot i paketet ett annat id.`;
	const forra = lasScenario(fanns.filer['index.md'] ?? '', kalla);
	const nu = lasScenario(ny.filer['index.md'], kalla);
	if (nu.version < forra.version)
		return `${kalla}: version: är ${nu.version}, men version ${forra.version} är redan importerad; ett äldre paket ersätter inte ett nyare.`;
	return hojVersionFel(forra, nu, kalla);
}

/**
 * Why `nu` needs a higher version than `forra`, the same scenario as it was shared (imported, or
 * exported as a pack), or null: the same version that grades differently. `sedan` says when.
 */
export function hojVersionFel(
	forra: Scenario,
	nu: Scenario,
	kalla: string,
	sedan?: string
): string | null {
	if (nu.version !== forra.version || vadSomRattas(nu) === vadSomRattas(forra)) return null;
	const nar = sedan ? ` ${sedan}` : '';
	return `${kalla}: version: ${andradeFalt(forra, nu).join(', ')} har ändrats${nar} men versionen är fortfarande ${nu.version}. Höj version till ${nu.version + 1}: gamla försök skulle annars rättas annorlunda utan att det syns.`;
}
