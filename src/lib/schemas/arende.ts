import { z } from 'zod';
import { NIVAER } from '../domain/beslut';
import { BEVAKNINGSPLATSER, BEVAKNINGSSTATUS } from '../domain/bevakning';
import { arGiltigtDatum } from '../domain/datum';
import { BESLUT } from '../domain/katalog';
import { luhnOk } from '../domain/personnummer';
import { PERIODER } from '../domain/timmar';

/*
 * The case entities as zod schemas, shared by the scenario's start state and the attempt file's
 * events. Each mirrors a type of src/lib/domain; forsok.ts checks at compile time that they agree.
 */

/** A calendar date that exists, `ÅÅÅÅ-MM-DD`. YAML dates are read as strings (see content/). */
export const datum = z
	.string()
	.refine(arGiltigtDatum, { message: 'ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD' });

/** A 12-digit personnummer that passes Luhn; the test-list check is a unit test. */
export const personnummer = z
	.string()
	.regex(/^\d{12}$/, 'ska vara ett personnummer med 12 siffror (ÅÅÅÅMMDDNNNN)')
	.refine(luhnOk, { message: 'kontrollsiffran stämmer inte' });

export const kontaktSchema = z.strictObject({
	id: z.string().min(1),
	typ: z.string(),
	namn: z.string(),
	telefon: z.string().optional(),
	adress: z.string().optional(),
	anteckning: z.string().optional()
});

export const hushallsMedlem = z.strictObject({
	pnr: personnummer,
	namn: z.string(),
	relation: z.string()
});

const personBas = {
	pnr: personnummer,
	efternamn: z.string(),
	fornamn: z.string(),
	adress: z.string(),
	postnummer: z.string(),
	ort: z.string(),
	civilstand: z.string(),
	telefon: z.string().optional(),
	hushall: z.array(hushallsMedlem).optional(),
	kontakter: z.array(kontaktSchema).optional()
};

export const personSchema = z.strictObject({ ...personBas, nyckelkod: z.string() });
export const kirPersonSchema = z.strictObject({
	...personBas,
	ejFolkbokford: z.boolean().optional()
});

export const aktualiseringSchema = z.strictObject({
	id: z.string().min(1),
	pnr: personnummer,
	typ: z.string(),
	datum,
	franVem: z.string(),
	ansvarigHandlaggare: z.string(),
	organisation: z.string(),
	utredningId: z.string().optional(),
	behandlad: z.boolean()
});

export const utredningSchema = z.strictObject({
	id: z.string().min(1),
	pnr: personnummer,
	typ: z.string(),
	inledningsdatum: datum,
	slutdatum: datum.optional(),
	ansvarigHandlaggare: z.string(),
	organisation: z.string(),
	pagaendeBeslut: z.boolean().optional()
});

export const verkstallighetSchema = z.strictObject({
	id: z.string().min(1),
	pnr: personnummer,
	insatskategori: z.string(),
	utforare: z.string(),
	organisation: z.string(),
	fran: datum,
	till: datum.optional(),
	pagaende: z.boolean(),
	avslutsorsak: z.string().optional(),
	justeraGtom: z.boolean().optional()
});

const timmarPerPeriod = z.strictObject({
	timmar: z.number().int().nonnegative(),
	minuter: z.number().int().min(0).max(59),
	period: z.enum(PERIODER)
});

/**
 * A beslut name the Beslut list offers (the catalog's `BESLUT`). Whether a beslut grants is read
 * from section 7's table by its name (`arBifall`), so a misspelt name in a start state or an
 * imported attempt would silently count as avslag; it is refused here instead.
 */
export const beslutsnamn = z.string().refine((b) => BESLUT.includes(b), {
	error: (iss) =>
		`ska vara ett av Beslut-listans namn ${BESLUT.map((b) => JSON.stringify(b)).join(', ')}, men är ${JSON.stringify(iss.input)}`
});

export const beslutSchema = z.strictObject({
	id: z.string().min(1),
	pnr: personnummer,
	utredningId: z.string().min(1),
	insatskategori: z.string(),
	beslut: beslutsnamn,
	beslutsdatum: datum,
	fran: datum,
	till: datum.optional(),
	beslutsfattare: z.string(),
	organisation: z.string(),
	personkrets: z.string().optional(),
	niva: z.enum(NIVAER).optional(),
	timmar: timmarPerPeriod.optional(),
	utredningAvslutas: z.boolean()
});

export const bestallningSchema = z.strictObject({
	id: z.string().min(1),
	pnr: personnummer,
	utredningId: z.string().min(1),
	beslutId: z.string().nullable(),
	franBeslutId: z.string().min(1),
	insatskategori: z.string(),
	utforare: z.string(),
	utforarensOrganisation: z.string(),
	insatser: z.array(z.string()),
	kvantitet: timmarPerPeriod.optional(),
	fran: datum,
	till: datum.optional(),
	bestalltDatum: datum,
	bestallningstext: z.string(),
	bekraftad: z.boolean(),
	beslutsfattare: z.string().optional(),
	beslutsfattarensOrganisation: z.string().optional(),
	kopieradFran: z.string().min(1).optional(),
	bekraftelse: z
		.strictObject({
			insatskategori: z.string(),
			utforare: z.string(),
			organisation: z.string(),
			verkstallighetId: z.string().nullable()
		})
		.optional()
});

const plats = z.discriminatedUnion('del', [
	z.strictObject({ del: z.literal('journal'), utredningId: z.string().min(1) }),
	z.strictObject({
		del: z.literal('dokument'),
		utredningId: z.string().min(1),
		rubrik: z.string()
	}),
	z.strictObject({
		del: z.literal('verkstallighet'),
		verkstallighetId: z.string().min(1),
		rubrik: z.string()
	})
]);

export const anteckningSchema = z.strictObject({
	id: z.string().min(1),
	pnr: personnummer,
	plats,
	text: z.string(),
	handelsedatum: datum,
	signerad: z.boolean(),
	felmarkerad: z.boolean(),
	kopieradFran: z.string().optional()
});

export const bedomningSchema = z.strictObject({
	id: z.string().min(1),
	pnr: personnummer,
	utredningId: z.string().min(1),
	metod: z.string(),
	utforsAv: z.string(),
	datum,
	nivaer: z.record(z.string(), z.string()),
	kommentar: z.string(),
	lssInsatserVerkstallighetId: z.string().nullable()
});

/** A bevakning (section 12): its place, and the box's fields. */
export const bevakningSchema = z.strictObject({
	id: z.string().min(1),
	pnr: personnummer,
	plats: z.enum(BEVAKNINGSPLATSER),
	beslutId: z.string().min(1).optional(),
	verkstallighetId: z.string().min(1).optional(),
	datum,
	status: z.enum(BEVAKNINGSSTATUS),
	typAv: z.string(),
	bevakasAv: z.string(),
	text: z.string()
});
