import { z } from 'zod';
import {
	aktualiseringSchema,
	anteckningSchema,
	bedomningSchema,
	beslutSchema,
	bestallningSchema,
	datum,
	kirPersonSchema,
	personnummer,
	personSchema,
	utredningSchema,
	verkstallighetSchema
} from './arende';

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
		bedomningar: z.array(bedomningSchema).default([])
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

/** The scenario's expectations: the solution the start state is paired with. */
export const forvantatSchema = z
	.object({
		/** The customer the case is about, and the century their number belongs to (S2). */
		kund: z.object({ pnr: personnummer }).strict(),
		registrering: forvantadRegistrering.optional(),
		aktualiseringar: z.array(forvantadAktualisering).default([]),
		/** `null`: no new utredning is to be inledd (an application to a pågående utredning). */
		utredning: forvantadUtredning.nullable().optional()
	})
	.strict();

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

export const REGELVERK = [
	'registrering',
	'sokning',
	'aktualisering',
	'utredning',
	'ordning'
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
		start: startlageSchema.default({
			kunder: [],
			kir: [],
			aktualiseringar: [],
			utredningar: [],
			verkstalligheter: [],
			beslut: [],
			bestallningar: [],
			anteckningar: [],
			bedomningar: []
		}),
		forvantat: forvantatSchema,
		regelverk: z.array(z.enum(REGELVERK)).min(1),
		regler: z.array(regelSchema).default([])
	})
	.strict();

export type ScenarioFrontmatter = z.infer<typeof scenarioSchema>;
export type Regel = z.infer<typeof regelSchema>;
export type RegelIndata = z.input<typeof regelSchema>;

/** A loaded scenario: frontmatter plus its brief (Markdown source, rendered only in the UI). */
export interface Scenario extends ScenarioFrontmatter {
	brief: string;
	/** Where it came from, for error messages. */
	kalla: string;
}
