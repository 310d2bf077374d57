/**
 * The editor's completion lists, built from the lists docs/scenario-values.md is written from
 * (domain/vardelistor.ts), the rule sets and the manual's sections, never copies. Runs in the
 * check's worker (state/verkstad.worker.ts), with the free personnummer.
 */
import { MANUALENS_AVSNITT } from '../domain/grading/avsnitt';
import { VARDELISTOR } from '../domain/vardelistor';
import { REGELVERK } from '../schemas/scenario';
import { RESERVERADE_PNR } from '../world/reserverade-pnr';
import { personnummerI } from '../content/kontroll-filer';
import { somYaml, type Forslagslistor, type Vardeforslag } from './komplettering';

/** The reserved personnummer none of `texter` (every scenario's index.md) writes, in order. */
export function ledigaPnr(anvanda: Iterable<string>): string[] {
	const tagna = new Set(anvanda);
	return RESERVERADE_PNR.filter((p) => !tagna.has(p));
}

/** The personnummer written in these texts (the own scenarios' index.md). */
export function pnrI(texter: readonly string[]): string[] {
	return texter.flatMap((t) => personnummerI(t).flat());
}

/** Every list by key, and the free personnummer given those the scenarios already use. */
export function forslagslistor(anvanda: readonly string[]): Forslagslistor {
	const perNyckel: Record<string, Vardeforslag[]> = {};
	const lagg = (nyckel: string, varden: readonly string[]) => {
		const alla = new Set([...(perNyckel[nyckel] ?? []).map((v) => v.etikett), ...varden]);
		perNyckel[nyckel] = [...alla].map((v) => ({ etikett: v, text: somYaml(v) }));
	};
	for (const l of VARDELISTOR) for (const n of l.nycklar) lagg(n, l.varden);
	lagg('regelverk', REGELVERK);
	lagg('manualSections', MANUALENS_AVSNITT);
	return { perNyckel, lediga: ledigaPnr(anvanda) };
}
