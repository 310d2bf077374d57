import { z } from 'zod';
import { ROLLER, type Mal, type Roll } from './roller';
import { VARIANTNAMN } from './variantnamn';

/**
 * A scenario's facit (`scenarios/<id>/facit.yaml`): its correct solution as the steps a trainee
 * takes, written once at the level the manual writes them, and its variants (wrong or other
 * right ways) as the facit with named steps changed. The same steps are read aloud
 * (`beskrivSteg`), played by Playwright (tests/e2e/facit) and recorded into `attempts/`.
 *
 * A step names its control by role and by its accessible name, the manual's word:
 * `{ nod: LSS utredning o verkställighet }` is the tree node of that name.
 */

export { ROLLER, type Mal, type Roll } from './roller';

const ROLLNAMN = Object.keys(ROLLER) as [Roll, ...Roll[]];

const namn = z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1));

/**
 * `{ knapp: Spara }` or `{ nod: LSS Utredning 250324-*, nr: 2 }` → `Mal`. Exactly one role key.
 */
const malSchema = z.record(z.string(), z.unknown()).transform((o, ctx): Mal => {
	const roller = Object.keys(o).filter((k) => k !== 'nr');
	const okanda = roller.filter((k) => !(k in ROLLER));
	if (okanda.length > 0 || roller.length !== 1) {
		ctx.addIssue({
			code: 'custom',
			message:
				okanda.length > 0
					? `okänd roll ${okanda.map((k) => `"${k}"`).join(', ')}; skriv en av ${ROLLNAMN.join(', ')}`
					: `ska ha exakt en roll (${ROLLNAMN.join(', ')}) med kontrollens namn, t.ex. { knapp: Spara }`
		});
		return z.NEVER;
	}
	const roll = roller[0] as Roll;
	const n = namn.safeParse(o[roll]);
	if (!n.success) {
		ctx.addIssue({ code: 'custom', path: [roll], message: 'ska vara kontrollens namn (text)' });
		return z.NEVER;
	}
	const nr = o.nr === undefined ? undefined : z.number().int().min(1).safeParse(o.nr);
	if (nr && !nr.success) {
		ctx.addIssue({ code: 'custom', path: ['nr'], message: 'ska vara ett heltal från 1' });
		return z.NEVER;
	}
	return { roll, namn: n.data, ...(nr ? { nr: nr.data } : {}) };
});

/** A field's value: text for a text box or a list, true/false for a kryssruta. */
const faltvarde = z.union([z.string(), z.number().transform(String), z.boolean()]);

const gemensamt = {
	/** A name other steps and the variants refer to this step by. */
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/, 'ska bestå av små bokstäver a–z, siffror och bindestreck')
		.optional(),
	/** Where the control is: one area or a list from the outside in (`{ dialog: Insatser }`). */
	i: z
		.union([malSchema, z.array(malSchema).min(1)])
		.transform((v) => (Array.isArray(v) ? v : [v]))
		.optional(),
	/** Why, in the manual's words: read aloud with the step, shown as a hint. */
	varfor: z.string().min(1).optional()
};

export const stegSchema = z.union([
	z.strictObject({ ...gemensamt, klicka: malSchema }),
	z.strictObject({ ...gemensamt, dubbelklicka: malSchema }),
	z.strictObject({ ...gemensamt, hogerklicka: malSchema, valj: namn }),
	z.strictObject({
		...gemensamt,
		/** Field label → value, filled in the order written. */
		fyll: z.record(z.string().min(1), faltvarde).refine((o) => Object.keys(o).length > 0, {
			message: 'ska ha minst ett fält'
		})
	})
]);

export type Steg = z.output<typeof stegSchema>;
export type StegIndata = z.input<typeof stegSchema>;

const stegLista = z
	.union([stegSchema, z.array(stegSchema)])
	.transform((v) => (Array.isArray(v) ? v : [v]));

/** What must come out `fel` in a variant: a rule id, or a rule id and its `vad` exactly. */
export const forvantatFelSchema = z.union([
	z.string().regex(/^[A-Z]\d+$/, 'ska vara ett regel-id ur rules.md, t.ex. O6'),
	z.strictObject({
		regel: z.string().regex(/^[A-Z]\d+$/, 'ska vara ett regel-id ur rules.md, t.ex. O6'),
		vad: z.string().min(1)
	})
]);

export type ForvantatFel = z.infer<typeof forvantatFelSchema>;

/** A variant: the facit with named steps changed, removed or added. */
export const variantSchema = z.strictObject({
	/** The mistake (or the other right way) it stands for, in a sentence. */
	beskrivning: z.string().min(1),
	/** Replaces the step with this id by the step or steps given (an empty list removes it). */
	byt: z.record(z.string(), stegLista).optional(),
	/** Changes fields of a `fyll` step: label → new value, `null` leaves the form's own value. */
	falt: z.record(z.string(), z.record(z.string(), faltvarde.nullable())).optional(),
	/** Removes these steps. */
	'ta-bort': z.array(z.string()).optional(),
	/** Adds steps before the step with this id. */
	fore: z.record(z.string(), stegLista).optional(),
	/** Adds steps after the step with this id. */
	efter: z.record(z.string(), stegLista).optional(),
	/** Stops after this step: the rest of the facit is left undone. */
	'sluta-efter': z.string().optional(),
	/** For a `fail-` variant: every rule that must be `fel`, and no other. */
	fel: z.array(forvantatFelSchema).default([])
});

export type Variant = z.output<typeof variantSchema>;

export { FACIT_FORSOK } from './variantnamn';

export { VARIANTNAMN } from './variantnamn';

export const facitSchema = z.strictObject({
	steg: z.array(stegSchema).min(1, 'ska ha minst ett steg'),
	varianter: z
		.record(
			z.string().regex(VARIANTNAMN, 'ska heta pass-… (en annan rätt väg) eller fail-… (ett fel)'),
			variantSchema
		)
		.default({})
});

export type Facit = z.output<typeof facitSchema>;
