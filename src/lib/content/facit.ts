import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { variantSteg, VariantFel } from '../domain/facit/variant';
import { FACIT_FORSOK, facitSchema, type Facit } from '../schemas/facit';
import { faltVag, svenskaFel } from './zodfel';
import { yamlTillData } from './scenario';

/** A facit file that cannot be used; every line names the file and the field or step. */
export class FacitFel extends Error {
	constructor(readonly rader: string[]) {
		super(rader.join('\n'));
		this.name = 'FacitFel';
	}
}

type Issue = z.core.$ZodIssue;

/** The line for a scenario folder without its `facit.yaml` (Node's check and the browser's). */
export function facitSaknas(kalla: string): string {
	return `${kalla}: filen finns inte. Varje scenario har en facit.yaml med lösningens steg (docs/scenario-format.md, Facit).`;
}

/**
 * A step that fits none of the step forms gets zod's "passar ingen av de tillåtna formerna"; the
 * form it was meant as is the one with the fewest complaints, so those are the ones to show.
 */
function platta(issues: readonly Issue[], fore: readonly PropertyKey[] = []): Issue[] {
	return issues.flatMap((i) => {
		const path = [...fore, ...i.path];
		// A bad variant name: zod says "Invalid key in record"; the name's own rule says why
		if (i.code === 'invalid_key') return platta(i.issues, path);
		if (i.code !== 'invalid_union' || i.errors.length === 0) return [{ ...i, path }];
		const basta = [...i.errors].sort((a, b) => a.length - b.length)[0];
		return platta(basta, path);
	});
}

/** `steg[3] (klicka knapp Spara)`: the path, and for a step what it does, so it can be found. */
function rad(kalla: string, data: unknown, i: Issue): string {
	const [forsta, andra] = i.path;
	let vem = '';
	if (forsta === 'steg' && typeof andra === 'number') {
		const s = (data as { steg?: unknown[] }).steg?.[andra];
		if (s && typeof s === 'object') vem = ` (i steget ${JSON.stringify(s).slice(0, 80)})`;
	}
	return `${kalla}: ${faltVag(i.path)}: ${i.message}${vem}`;
}

function kontrolleraVarianter(f: Facit, kalla: string): string[] {
	const fel: string[] = [];
	const sedda = new Set<string>();
	f.steg.forEach((s, i) => {
		if (!s.id) return;
		if (sedda.has(s.id))
			fel.push(`${kalla}: steg[${i}].id: "${s.id}" finns redan; ett id får bara användas en gång`);
		sedda.add(s.id);
	});
	for (const [namn, v] of Object.entries(f.varianter)) {
		if (namn === FACIT_FORSOK)
			fel.push(`${kalla}: varianter.${namn}: namnet är facitets eget försök; välj ett annat namn`);
		if (namn.startsWith('fail-') && v.fel.length === 0)
			fel.push(
				`${kalla}: varianter.${namn}.fel: saknas; skriv vilka regler som ska bli fel, t.ex. fel: [O6]`
			);
		if (namn.startsWith('pass-') && v.fel.length > 0)
			fel.push(
				`${kalla}: varianter.${namn}.fel: en pass-variant ska vara godkänd utan fel; ta bort fel eller döp om den till fail-…`
			);
		try {
			variantSteg(f, namn, v);
		} catch (e) {
			if (!(e instanceof VariantFel)) throw e;
			fel.push(...e.rader.map((r) => `${kalla}: ${r}`));
		}
	}
	return fel;
}

/** Reads a facit file's YAML text. Throws FacitFel naming `kalla` and every faulty field or step. */
export function lasFacit(text: string, kalla: string): Facit {
	const doc = parseDocument(text, { schema: 'core', prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0)
		throw new FacitFel(
			doc.errors.map((e) => {
				const r = e.linePos ? e.linePos[0].line : null;
				const forsta = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
				return `${kalla}: YAML-fel${r ? ` på rad ${r}` : ''}: ${forsta}. Kontrollera indrag, kolon och citattecken.`;
			})
		);
	// a file of nested aliases (a "billion laughs") is refused with the file named, not expanded
	const data = yamlTillData(doc, kalla, (rader) => new FacitFel(rader));
	const r = facitSchema.safeParse(data, { error: svenskaFel });
	if (!r.success) throw new FacitFel(platta(r.error.issues).map((i) => rad(kalla, data, i)));
	const fel = kontrolleraVarianter(r.data, kalla);
	if (fel.length > 0) throw new FacitFel(fel);
	return r.data;
}
