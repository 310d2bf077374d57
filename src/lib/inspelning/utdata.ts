/**
 * What a stopped recording gives (Spela in facit, Spela in felvariant): the files of the
 * scenario's folder, as `npm run scenario -- record` writes them, for the editor to take or the
 * trainer to copy. facit.yaml is read back with lasFacit before it is given out, so a recording
 * that does not make a valid facit says so instead of handing over a broken file.
 */
import type { ForsokRad } from '$lib/db';
import type { LagradHandelse } from '$lib/domain/handelser';
import type { Rapport } from '$lib/domain/grading/typer';
import { medFastKlocka } from '$lib/domain/facit/klocka';
import { medFacitetsIdn, variantAv } from '$lib/domain/facit/jamfor';
import { variantSteg } from '$lib/domain/facit/variant';
import { medIdn } from '$lib/domain/facit/idn';
import { lasFacit } from '$lib/content/facit';
import { facitYaml, variantYaml } from '$lib/content/facitskrift';
import { fingeravtryckWebb } from '$lib/content/fingeravtryck';
import { FACIT_FORSOK, type Facit, type Steg } from '$lib/schemas/facit';
import type { Scenario } from '$lib/schemas/scenario';

export interface Inspelningsfiler {
	/** Path in the scenario's folder → text: `facit.yaml`, `attempts/<namn>.json`, … */
	filer: Record<string, string>;
	/** The variant alone as its `varianter:` entry (a felvariant only). */
	variantYaml?: string;
	/** The attempt's fingerprint for `attempts/inspelning.json` (with the index text only). */
	avtryck?: Record<string, string>;
	/** What the trainer should know: a felvariant that passed, steps without the index text. */
	varningar: string[];
}

/** The attempt as Exportera writes it, with the recorder's fixed clock (as `record`). */
function forsokJson(s: Scenario, rad: ForsokRad, handelser: readonly LagradHandelse[]): string {
	const fil = medFastKlocka(s.idag, {
		format: 'lss-ovning-forsok' as const,
		formatVersion: 1 as const,
		scenarioId: rad.scenarioId,
		scenarioVersion: rad.scenarioVersion,
		startad: rad.startad,
		inlamnad: rad.startad,
		handelser
	});
	return JSON.stringify(fil, null, '\t') + '\n';
}

/** `{ "fingeravtryck": …, "granser": […] }` on one line, as prettier leaves the committed files. */
function stegJson(avtryck: string, granser: readonly number[]): string {
	return `{ "fingeravtryck": "${avtryck}", "granser": [${granser.join(', ')}] }\n`;
}

/** Every rule the recording got fel, by id: what a felvariant's `fel` must say. */
function felAv(r: Rapport | null): string[] {
	return [...new Set((r?.fynd ?? []).filter((f) => f.status === 'fel').map((f) => f.regelId))];
}

export async function inspelningensFiler(o: {
	scenario: Scenario;
	rad: ForsokRad;
	handelser: readonly LagradHandelse[];
	steg: readonly Steg[];
	granser: readonly number[];
	rapport: Rapport | null;
	/** The scenario's facit, when it has one: ids and whys carry over, a variant is its diff. */
	facit: Facit | null;
	/** index.md's exact text: without it no fingerprint (the steps file and inspelning.json). */
	indexText?: string;
	beskrivning?: string;
	/** Every facit step given an id (an own scenario's: no hand can add one before a variant). */
	allaIdn?: boolean;
}): Promise<Inspelningsfiler> {
	const varningar: string[] = [];
	const slag = o.rad.inspelning ?? 'facit';
	if (slag === 'facit') {
		let steg = o.facit ? medFacitetsIdn(o.steg, o.facit.steg) : o.steg.map((s) => ({ ...s }));
		// a note given while recording wins over the facit's old why
		o.steg.forEach((s, i) => {
			if (s.varfor) steg[i] = { ...steg[i], varfor: s.varfor };
		});
		if (o.allaIdn) steg = medIdn(steg);
		const yaml = facitYaml({ steg, varianter: o.facit?.varianter ?? {} });
		const last = lasFacit(yaml, 'facit.yaml');
		const filer: Record<string, string> = {
			'facit.yaml': yaml,
			[`attempts/${FACIT_FORSOK}.json`]: forsokJson(o.scenario, o.rad, o.handelser)
		};
		let avtryck: Record<string, string> | undefined;
		if (o.indexText !== undefined) {
			const a = await fingeravtryckWebb(o.indexText, last.steg);
			filer[`attempts/${FACIT_FORSOK}.steg.json`] = stegJson(a, o.granser);
			avtryck = { [FACIT_FORSOK]: a };
		} else
			varningar.push(
				'Stegfilen (attempts/pass-facit.steg.json) skrivs när inspelningen tas in i redigeraren, som har index.md.'
			);
		if (o.rapport && !o.rapport.godkand)
			varningar.push(
				'Facit blev inte godkänt: rätta stegen eller förväntningarna innan det sparas.'
			);
		return { filer, varningar, ...(avtryck ? { avtryck } : {}) };
	}
	const namn = slag.variant;
	if (!o.facit)
		throw new Error('En felvariant jämförs med facit: spela in facit först, sedan felvarianten.');
	const beskrivning = o.beskrivning?.trim();
	if (!beskrivning)
		throw new Error('Skriv i Beskrivning vilket fel felvarianten står för, med en mening.');
	const fel = namn.startsWith('fail-') ? felAv(o.rapport) : [];
	if (namn.startsWith('fail-') && fel.length === 0)
		varningar.push(
			'Felvarianten fick inga fel; check och CI kräver att en fail-variant blir underkänd.'
		);
	else if (namn.startsWith('fail-') && o.rapport?.godkand)
		varningar.push(
			`Felvarianten blev godkänd: ${fel.join(', ')} underkänner inte på egen hand. Check och CI kräver att en fail-variant blir underkänd: gör ett avgörande fel, eller gör regeln avgörande i index.md (avgorande).`
		);
	if (namn.startsWith('pass-') && !o.rapport?.godkand)
		varningar.push('Varianten blev inte godkänd; en pass-variant ska bli godkänd utan fel.');
	const v = variantAv(o.facit, o.steg, beskrivning, fel, (f, va) => variantSteg(f, namn, va));
	const varianter = { ...o.facit.varianter, [namn]: v };
	const yaml = facitYaml({ steg: o.facit.steg, varianter });
	const last = lasFacit(yaml, 'facit.yaml');
	const filer: Record<string, string> = {
		'facit.yaml': yaml,
		[`attempts/${namn}.json`]: forsokJson(o.scenario, o.rad, o.handelser)
	};
	const ut: Inspelningsfiler = { filer, variantYaml: variantYaml(namn, v), varningar };
	if (o.indexText !== undefined)
		ut.avtryck = {
			[namn]: await fingeravtryckWebb(o.indexText, variantSteg(last, namn, last.varianter[namn]))
		};
	return ut;
}
