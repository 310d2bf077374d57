import { z } from 'zod';
import {
	aktualiseringSchema,
	anteckningSchema,
	bedomningSchema,
	beslutSchema,
	bestallningSchema,
	bevakningSchema,
	datum,
	kirPersonSchema,
	personnummer,
	personSchema,
	utredningSchema,
	verkstallighetSchema
} from './arende';
import { NIVAER, PERSONKRETSAR } from '../domain/beslut';
import { BEVAKNINGSPLATSER, BEVAKNINGSSTATUS } from '../domain/bevakning';
import { INSATSFAMILJER, INSATSTABELL, LASS } from '../domain/insatstabell';
import { PERIODER, tolkaTimmar, TIMMAR_FORM } from '../domain/timmar';
import { KONTAKTTYPER } from '../domain/katalog';
import { SKRIVARE, UTSKRIFTSSLAG } from '../domain/utskrift';

export { datum, kirPersonSchema, personnummer, personSchema };

/** The scenario's start state: what the world holds before the trainee's first step. */
export const startlageSchema = z
	.object({
		kunder: z.array(personSchema).default([]),
		kir: z.array(kirPersonSchema).default([]),
		aktualiseringar: z.array(aktualiseringSchema).default([]),
		utredningar: z.array(utredningSchema).default([]),
		verkstalligheter: z.array(verkstallighetSchema).default([]),
		beslut: z.array(beslutSchema).default([]),
		bestallningar: z.array(bestallningSchema).default([]),
		anteckningar: z.array(anteckningSchema).default([]),
		bedomningar: z.array(bedomningSchema).default([]),
		bevakningar: z.array(bevakningSchema).default([])
	})
	.strict();

/** What a correct attempt registers (S5, S6). */
const forvantadRegistrering = z
	.object({
		via: z.enum(['KIR', 'Ny']),
		efternamn: z.string(),
		fornamn: z.string(),
		civilstand: z.string().optional()
	})
	.strict();

/** One expected aktualisering (A1–A6). `utredning` names a pågående utredning it belongs in. */
const forvantadAktualisering = z
	.object({
		typ: z.string(),
		datum,
		franVem: z.string(),
		ansvarigHandlaggare: z.string(),
		organisation: z.string().default('LSS Myndighet'),
		utredning: z.string().optional()
	})
	.strict();

/** The expected Inled utredning (U1–U6). */
const forvantadUtredning = z
	.object({
		inledningsdatum: datum,
		typ: z.string(),
		ansvarigHandlaggare: z.string(),
		organisation: z.string().default('LSS Myndighet')
	})
	.strict();

/**
 * Hours as the trainee must type them, `timmar.minuter` in quotes: unquoted YAML reads `10.30`
 * as the number 10.3, which would lose the minutes.
 */
const timmarText = z
	.string({
		error: (iss) =>
			iss.input === undefined
				? undefined
				: `ska skrivas inom citattecken som timmar.minuter, t.ex. '10.30' (utan citattecken läses 10.30 som talet 10.3)`
	})
	.refine((t) => tolkaTimmar(t).ok, { message: TIMMAR_FORM });

/** Nivå 1–3; YAML's unquoted 2 is taken as '2'. */
const niva = z.coerce.string().pipe(z.enum(NIVAER, { error: 'ska vara nivå 1, 2 eller 3' }));

/** One expected beslut (B1–B7, section 7). Insatskategori and Beslut default from the table. */
const forvantatBeslut = z
	.object({
		insats: z.enum(INSATSFAMILJER),
		utfall: z.enum(['bifall', 'avslag']),
		insatskategori: z.string().optional(),
		beslut: z.string().optional(),
		beslutsdatum: datum,
		fran: datum,
		/** A date: graded; `null`: must be left empty; left out: not graded. */
		till: datum.nullable().optional(),
		beslutsfattare: z.string().optional(),
		organisation: z.string().default('LSS Myndighet'),
		niva: niva.optional(),
		timmar: timmarText.optional(),
		period: z.enum(PERIODER).optional(),
		/** B3: `true` when any personkrets must be chosen (a new customer), or the one expected. */
		personkrets: z.union([z.literal(true), z.enum(PERSONKRETSAR)]).optional()
	})
	.strict();

/**
 * The expected LASS-beslut (L1–L6): what Försäkringskassan's beslutsmeddelande says. The rest
 * the manual fixes (LSS Utredning, your name, LSS Myndighet, Beslutsdatum today, hours per Vecka).
 */
const forvantatLass = z
	.object({
		/** The day the beslutsmeddelande came in, by its postmark: Inledningsdatum (L2). */
		inkom: datum,
		/** The period the beslut applies (L4); `till: null` must be left empty. */
		fran: datum,
		till: datum.nullable().optional(),
		/** Granted hours per vecka, timmar.minuter (L4). */
		timmar: timmarText,
		personkrets: z.enum(PERSONKRETSAR),
		/** L6: the customer has an open LSS Insatser from the start, or it must be opened. */
		lssInsatser: z.enum(['finns', 'ska-oppnas'])
	})
	.strict();

/**
 * One expected beställning (O1–O8). `forBeslut` is an index into `forvantat.beslut`, or the id
 * of a bifall in `start.beslut` (a beställning sent anew for a beslut already made: a
 * colleague's sent to the wrong utförare, removed and replaced), or `null` for none.
 */
const forvantadBestallning = z
	.object({
		forBeslut: z.union([z.number().int().min(0), z.string().min(1)]).nullable(),
		beslut: z.enum(['bifall', '<ingen>']).optional(),
		insatskategori: z.string().optional(),
		utforare: z.string().optional(),
		utforarensOrganisation: z.string().optional(),
		insatser: z.array(z.string()).min(1).optional(),
		kvantitet: timmarText.optional(),
		period: z.enum(PERIODER).optional(),
		fran: datum.optional(),
		till: datum.nullable().optional()
	})
	.strict();

/** A verkställighet the handläggare opens besides LSS Insatser (V1, V3, V4). */
const forvantadVerkstallighet = z
	.object({
		insatskategori: z.string(),
		utforare: z.string(),
		organisation: z.string().default('LSS Myndighet'),
		fran: datum
	})
	.strict();

/**
 * A beställning of the start state to be confirmed on Mina sidor (C1–C3, O7). Insatskategori
 * and Utförare in Ta in beställning default to the beställning's own.
 */
const forvantadBekraftelse = z
	.object({
		bestallning: z.string().min(1),
		insatskategori: z.string().optional(),
		utforare: z.string().optional(),
		organisation: z.string().default('LSS Myndighet')
	})
	.strict();

/**
 * Ny beställning vid avbrott (R2): the start-state beställning copied with Kopiera beställning,
 * and what the copy must hold. `till`: a date, `null` (left empty) or left out (not graded).
 */
const forvantatAvbrott = z
	.object({
		bestallning: z.string().min(1),
		bestalltDatum: datum,
		fran: datum,
		till: datum.nullable().optional(),
		beslutsfattare: z.string(),
		beslutsfattarensOrganisation: z.string().default('LSS Myndighet')
	})
	.strict();

const antalSignerade = z
	.object({
		minst: z.number().int().min(1).default(1),
		signerad: z.boolean().default(true)
	})
	.strict();

/**
 * Kopiera en utredning till en ny utredning (D7): `fran` is the start-state utredning whose texts
 * are copied into the scenario's utredning (`forvantat.utredningId`); each `inteAktuellt` entry
 * is a passage of a text copied under `rubrik` that no longer applies, which must be taken out
 * of the pasted text before it is signed.
 */
const forvantadKopiering = z
	.object({
		fran: z.string().min(1),
		inteAktuellt: z
			.array(z.object({ rubrik: z.string().min(1), text: z.string().min(1) }).strict())
			.default([])
	})
	.strict();

/** Notes the attempt must write, sign and felmarkera (D2–D5, D7). */
const forvantadDokumentation = z
	.object({
		journal: antalSignerade.optional(),
		dokument: z.array(antalSignerade.extend({ rubrik: z.string().min(1) }).strict()).default([]),
		/** Notes in the verkställighet LSS Insatser (D4). */
		verkstallighet: antalSignerade.optional(),
		/** Ids of start-state notes saved but never signed, which must be signed (D2). */
		signera: z.array(z.string().min(1)).default([]),
		/** Ids of start-state notes that are wrong and must be felmarkerade (D5). */
		felmarkera: z.array(z.string().min(1)).default([]),
		/** Every note written or pasted in the attempt must be signed (D2, D7). */
		allaSignerade: z.boolean().default(false),
		/** The texts of an earlier utredning to copy into the scenario's utredning (D7). */
		kopiera: forvantadKopiering.optional()
	})
	.strict();

/** The expected bedömning daglig verksamhet (O9). */
const forvantadBedomning = z
	.object({
		metod: z.string().default('D. Bedömning Daglig verksamhet'),
		datum: datum.optional(),
		allaFunktioner: z.boolean().default(true),
		lssInsatser: z.literal(true).default(true)
	})
	.strict();

/**
 * A bevakning the attempt must lay (W2–W6): from where, tied to which start-state beslut, its
 * type, its date (exact, or at the latest), who it is for, and its status when graded.
 */
const forvantadBevakning = z
	.object({
		plats: z.enum(BEVAKNINGSPLATSER),
		beslut: z.string().min(1).optional(),
		typAv: z.string().min(1),
		datum: datum.optional(),
		senast: datum.optional(),
		bevakasAv: z.string().min(1),
		status: z.enum(BEVAKNINGSSTATUS).optional()
	})
	.strict()
	.refine((b) => !b.beslut || b.plats === 'beslut', {
		message: 'beslut anges bara när plats är beslut',
		path: ['beslut']
	});

type ForvantatRad = {
	utredning?: unknown;
	utredningId?: string;
	beslut: z.infer<typeof forvantatBeslut>[];
	bestallningar: z.infer<typeof forvantadBestallning>[];
	ingenBestallningFor: number[];
	dokumentation?: unknown;
	bedomning?: unknown;
};

/** Cross-field checks of sections 5–8: what the table allows, indexes that point somewhere. */
function kontrolleraBeslutsdelar(f: ForvantatRad, ctx: z.RefinementCtx): void {
	const fel = (path: PropertyKey[], message: string): void =>
		ctx.addIssue({ code: 'custom', path, message });
	const behoverUtredning =
		f.beslut.length > 0 || !!f.dokumentation || !!f.bedomning || f.bestallningar.length > 0;
	if (behoverUtredning && f.utredningId === undefined && !f.utredning)
		fel(
			['utredningId'],
			"saknas: ange id:t på utredningen i startläget som beslut och dokumentation gäller, eller 'ny' för den som inleds i försöket"
		);
	f.beslut.forEach((b, i) => {
		if (b.beslut === LASS.beslut)
			fel(
				['beslut', i, 'beslut'],
				'LASS-beslutet rättas av regelverket lass (avsnittet LASS-beslut): skriv det under forvantat.lass'
			);
		const rad = INSATSTABELL[b.insats];
		const bifall = b.utfall === 'bifall';
		if (!bifall && !rad.avslag)
			fel(['beslut', i, 'utfall'], `manualen har inget avslagsbeslut för ${b.insats}`);
		if (bifall && rad.niva && !b.niva)
			fel(
				['beslut', i, 'niva'],
				'saknas: vid bifall korttidsvistelse och stödfamilj väljs Nivå 1, 2 eller 3'
			);
		if (b.niva && !(bifall && rad.niva))
			fel(['beslut', i, 'niva'], 'Nivå väljs bara vid bifall korttidsvistelse och stödfamilj');
		const medTimmar = bifall && rad.timmar !== undefined && rad.timmar !== 'inga';
		if (b.timmar && !medTimmar)
			fel(['beslut', i, 'timmar'], `antal timmar fylls inte i vid ${b.utfall} ${b.insats}`);
		if (b.period && !b.timmar)
			fel(['beslut', i, 'period'], 'period anges bara tillsammans med timmar');
	});
	f.bestallningar.forEach((o, j) => {
		if (o.forBeslut === null) {
			for (const falt of ['utforare', 'insatser', 'fran'] as const)
				if (o[falt] === undefined)
					fel(['bestallningar', j, falt], 'saknas: måste anges när forBeslut är null');
			return;
		}
		// a start-state beslut: the rule set checks it against the start state when it builds
		if (typeof o.forBeslut === 'string') return;
		const b = f.beslut[o.forBeslut];
		if (!b) {
			fel(
				['bestallningar', j, 'forBeslut'],
				`pekar på beslut ${o.forBeslut}, som inte finns i forvantat.beslut`
			);
			return;
		}
		if (b.utfall !== 'bifall')
			fel(['bestallningar', j, 'forBeslut'], 'en beställning görs bara för ett bifallsbeslut (O1)');
		const utforare = INSATSTABELL[b.insats].bestallning.utforare;
		if (!o.utforare && typeof utforare !== 'string')
			fel(
				['bestallningar', j, 'utforare'],
				`saknas: ange ${utforare.kommunal} (kommunal utförare) eller ${utforare.privat} (privat utförare)`
			);
	});
	f.ingenBestallningFor.forEach((i, k) => {
		if (!f.beslut[i])
			fel(['ingenBestallningFor', k], `pekar på beslut ${i}, som inte finns i forvantat.beslut`);
	});
}

/**
 * The case as it must stand at the end (V5, V6, V8, E1): what "Hitta felen" exercises correct in
 * a colleague's start state, and what closing a whole ärende leaves. Ids are the start state's.
 */
const forvantatSlutlage = z
	.object({
		/** V5: pågående verkställigheter to close, on this Avslutsdatum, Justera beslutets gtom ticked. */
		avsluta: z.array(z.object({ id: z.string().min(1), avslutsdatum: datum }).strict()).default([]),
		/** V6: closed verkställigheter to open again (Öppna avslutad verkställighet). */
		oppnaIgen: z.array(z.string().min(1)).default([]),
		/** V8: verkställigheter whose Utförare/Organisation must be changed (Byt utförare). */
		bytUtforare: z
			.array(
				z
					.object({
						id: z.string().min(1),
						utforare: z.string().min(1),
						organisation: z.string().min(1).default('LSS Myndighet')
					})
					.strict()
			)
			.default([]),
		/** E1: the ärende closed as of this date: an end date on or before it everywhere. */
		arendetAvslutat: datum.optional()
	})
	.strict();
/** E2: the household members to be added, each with its relation. */
const forvantatHushall = z
	.object({
		medlemmar: z.array(z.object({ pnr: personnummer, relation: z.string().min(1) }).strict()).min(1)
	})
	.strict();

/**
 * E5 (and O6's print step): what is to be printed. `beslut`: the Beslut names to print, no
 * more and no fewer; `utredning`: the id of the utredning to print; `skrivare`: the printer,
 * `Microsoft Print to PDF` for a PDF to säker e-post.
 */
const forvantadUtskrift = z
	.object({
		vad: z.enum(UTSKRIFTSSLAG),
		beslut: z.array(z.string().min(1)).min(1).optional(),
		utredning: z.string().min(1).optional(),
		skrivare: z.enum(SKRIVARE).optional()
	})
	.strict()
	.refine((u) => (u.vad === 'Beslut') === !!u.beslut, {
		message: 'beslut anges med vad: Beslut, och bara då'
	})
	.refine((u) => (u.vad === 'Utredning') === !!u.utredning, {
		message: 'utredning anges med vad: Utredning, och bara då'
	});

/** The scenario's expectations: the solution the start state is paired with. */
export const forvantatSchema = z
	.object({
		/** The customer the case is about, and the century their number belongs to (S2). */
		kund: z.object({ pnr: personnummer }).strict(),
		registrering: forvantadRegistrering.optional(),
		aktualiseringar: z.array(forvantadAktualisering).default([]),
		/** `null`: no new utredning is to be inledd (an application to a pågående utredning). */
		utredning: forvantadUtredning.nullable().optional(),
		/** The utredning sections 5–8 are graded in: a start-state id, or 'ny' (the one inledd). */
		utredningId: z.string().min(1).optional(),
		/** The beslut in the order they are to be made; the last carries Utredning avslutas (B4). */
		beslut: z.array(forvantatBeslut).default([]),
		bestallningar: z.array(forvantadBestallning).default([]),
		/** Indexes into `beslut` that must get no beställning (avslag, O6's korttidsvistelse). */
		ingenBestallningFor: z.array(z.number().int().min(0)).default([]),
		verkstalligheter: z.array(forvantadVerkstallighet).default([]),
		/** B6/V2: LSS Insatser is pågående from the start, or must be opened in the attempt. */
		lssInsatser: z.enum(['finns', 'ska-oppnas']).optional(),
		/** V4: no verkställighet may be opened beyond LSS Insatser and `verkstalligheter`. */
		ingaAndraVerkstalligheter: z.boolean().default(false),
		dokumentation: forvantadDokumentation.optional(),
		bedomning: forvantadBedomning.optional(),
		/** W2–W7: bevakningar to lay, each with a distinct Bevakning typ av. */
		bevakningar: z.array(forvantadBevakning).default([]),
		/** W4: start-state bevakningar the trainee is to handle, and the Status they must end with. */
		bevakningsstatus: z
			.array(z.object({ id: z.string().min(1), status: z.enum(BEVAKNINGSSTATUS) }).strict())
			.default([]),
		slutlage: forvantatSlutlage.optional(),
		/** N2: contacts to save under Kontaktuppgifter, found by name in either order. */
		kontakter: z
			.array(
				z
					.object({
						typ: z.enum(KONTAKTTYPER),
						namn: z.string().min(1),
						telefon: z.string().min(1).optional()
					})
					.strict()
			)
			.default([]),
		/** The LASS-beslut from Försäkringskassan's beslutsmeddelande (L1–L6). */
		lass: forvantatLass.optional(),
		/** Beställningar of the start state to confirm (C1–C3, O7). */
		bekraftelser: z.array(forvantadBekraftelse).default([]),
		/** Ids of start-state beställningar to remove, and no other (R1). */
		borttagningar: z.array(z.string().min(1)).default([]),
		/** The new beställning at an avbrott (R2). */
		avbrott: forvantatAvbrott.optional(),
		hushall: forvantatHushall.optional(),
		utskrift: forvantadUtskrift.optional()
	})
	.strict()
	.superRefine(kontrolleraBeslutsdelar);

/** A raw rule in a scenario: data for the rule engine, beside the shared rule sets. */
export const regelSchema = z
	.object({
		id: z.string().regex(/^[A-Z]\d+$/, 'ska vara ett regel-id ur rules.md, t.ex. S6'),
		avsnitt: z.string().min(1),
		kategori: z.enum(['system', 'dokumentation']).default('system'),
		vad: z.string().min(1),
		fakta: z.string().min(1),
		parametrar: z.record(z.string(), z.unknown()).optional(),
		sokvag: z.string().optional(),
		operator: z.string().min(1),
		varde: z.unknown().optional(),
		forvantatText: z.string().optional(),
		manualcitat: z.string().optional(),
		vikt: z.number().positive().default(1),
		kritisk: z.boolean().default(false)
	})
	.strict();

/**
 * A scenario's say on one rule of its rule sets: `kritisk: true` makes a mistake there fail the
 * attempt on its own, `false` lets it cost points only, over the table of what is avgörande
 * (src/lib/domain/grading/avgorande.ts). For a point the brief makes; `varfor` says which.
 */
export const avgorandeSchema = z
	.object({
		regel: z.string().regex(/^[A-Z]\d+$/, 'ska vara ett regel-id ur rules.md, t.ex. B2'),
		/** Only the rule with this `vad`, exactly; without it, every rule with the id. */
		vad: z.string().min(1).optional(),
		kritisk: z.boolean({
			error:
				'ska vara true (felet underkänner försöket ensamt) eller false (felet kostar bara poäng)'
		}),
		varfor: z
			.string({
				error: (iss) =>
					iss.input === undefined
						? 'saknas: skriv vilken poäng i briefen som gör regeln avgörande eller inte'
						: undefined
			})
			.min(
				1,
				'får inte vara tomt: skriv vilken poäng i briefen som gör regeln avgörande eller inte'
			)
	})
	.strict();

export const REGELVERK = [
	'registrering',
	'sokning',
	'aktualisering',
	'utredning',
	'ordning',
	'beslut',
	'bestallning',
	'verkstallighet',
	'dokumentation',
	'bedomning',
	'bevakning',
	'slutlage',
	'kontakt',
	'lass',
	'bekraftelse',
	'borttagning',
	'avbrott',
	'hushall',
	'utskrift'
] as const;

/** The frontmatter of `scenarios/<id>/index.md`. */
export const scenarioSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/, 'ska bestå av små bokstäver a–z, siffror och bindestreck'),
		version: z.number().int().positive(),
		title: z.string().min(1),
		level: z.enum(['grund', 'fördjupning']),
		manualSections: z.array(z.string().min(1)).min(1),
		/** The scenario's "today": every date the trainee sees and types is relative to it. */
		idag: datum,
		/** Who the trainee is (rules.md reading 18). */
		roll: z.object({ namn: z.string(), lssHandlaggare: z.string() }).strict(),
		/** Share of weighted checks needed to pass, besides every kritisk rule. */
		godkandVid: z.number().min(0).max(1).default(0.8),
		/** Rules whose kritisk the scenario sets itself, over the table of what is avgörande. */
		avgorande: z.array(avgorandeSchema).default([]),
		start: startlageSchema.default({
			kunder: [],
			kir: [],
			aktualiseringar: [],
			utredningar: [],
			verkstalligheter: [],
			beslut: [],
			bestallningar: [],
			anteckningar: [],
			bedomningar: [],
			bevakningar: []
		}),
		forvantat: forvantatSchema,
		regelverk: z.array(z.enum(REGELVERK)).min(1),
		regler: z.array(regelSchema).default([])
	})
	.strict();

export type ScenarioFrontmatter = z.infer<typeof scenarioSchema>;
export type Regel = z.infer<typeof regelSchema>;
export type Avgorande = z.infer<typeof avgorandeSchema>;
export type RegelIndata = z.input<typeof regelSchema>;

/** A loaded scenario: frontmatter plus its brief (Markdown source, rendered only in the UI). */
export interface Scenario extends ScenarioFrontmatter {
	brief: string;
	/** Where it came from, for error messages. */
	kalla: string;
}
