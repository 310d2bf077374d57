import { z } from 'zod';
import { ARHUNDRADEN } from '../domain/katalog';
import { LAGEN } from '../domain/lage';
import { UTSKRIFTSSLAG } from '../domain/utskrift';
import type { Handelse, HandelseTyp, LagradHandelse } from '../domain/handelser';
import {
	aktualiseringSchema as aktualisering,
	anteckningSchema,
	bedomningSchema,
	beslutSchema,
	bestallningSchema,
	bevakningSchema,
	datum,
	hushallsMedlem,
	kontaktSchema as kontakt,
	personnummer,
	personSchema as person,
	utredningSchema as utredning,
	verkstallighetSchema
} from './arende';
import { felrader, svenskaFel } from '../content/zodfel';
import { beskrivDubblett, hittaDubblett } from './dubbletter';
import { forMangaHandelser, forStorFil } from './granser';

/*
 * The exported attempt file: what the browser's Exportera writes and the grader CLI reads.
 * One schema per event type mirrors src/lib/domain/handelser.ts; the compile-time check at the
 * bottom fails the build when the two drift apart.
 */

/** Every event type, in the order an attempt usually meets them. */
export const HANDELSETYPER = [
	'KundSokt',
	'KirSokt',
	'KundOppnad',
	'KundRegistrerad',
	'KontaktSparad',
	'AktualiseringSparad',
	'AktualiseringAndrad',
	'UtredningInledd',
	'BeslutSparade',
	'BestallningSparad',
	'BestallningBekraftad',
	'BestallningBorttagen',
	'VerkstallighetSkapad',
	'VerkstallighetAvslutad',
	'VerkstallighetOppnadIgen',
	'UtforareBytt',
	'AnteckningSparad',
	'AnteckningSignerad',
	'AnteckningFelmarkerad',
	'TexterKopierade',
	'TexterInklistrade',
	'BedomningSparad',
	'BevakningLagd',
	'BevakningAndrad',
	'BevakningBorttagen',
	'HushallSparat',
	'DokumentUtskrivet',
	'KundlistaAndrad',
	'DokumentInfogat',
	'LedtradVisad',
	'StegAngrat'
] as const satisfies readonly HandelseTyp[];

const sokForm = z.enum(['personnummer', 'sexSiffror', 'helaNamnet', 'fornamn', 'efternamn']);

/** One event per type of src/lib/domain/handelser.ts, told apart by `typ`. */
export const handelseSchema = z.discriminatedUnion(
	'typ',
	[
		z.strictObject({
			typ: z.literal('KundSokt'),
			fraga: z.string(),
			arhundrade: z.enum(ARHUNDRADEN),
			form: sokForm.nullable(),
			traffar: z.array(personnummer)
		}),
		z.strictObject({
			typ: z.literal('KirSokt'),
			fraga: z.string(),
			traffar: z.array(personnummer)
		}),
		z.strictObject({ typ: z.literal('KundOppnad'), pnr: personnummer }),
		z.strictObject({ typ: z.literal('KundRegistrerad'), kalla: z.enum(['KIR', 'Ny']), person }),
		z.strictObject({ typ: z.literal('KontaktSparad'), pnr: personnummer, kontakt }),
		z.strictObject({ typ: z.literal('AktualiseringSparad'), aktualisering }),
		z.strictObject({ typ: z.literal('AktualiseringAndrad'), aktualisering }),
		z.strictObject({
			typ: z.literal('UtredningInledd'),
			utredning,
			aktualiseringIds: z.array(z.string())
		}),
		z.strictObject({ typ: z.literal('BeslutSparade'), beslut: z.array(beslutSchema) }),
		z.strictObject({ typ: z.literal('BestallningSparad'), bestallning: bestallningSchema }),
		z.strictObject({
			typ: z.literal('BestallningBekraftad'),
			id: z.string(),
			insatskategori: z.string(),
			utforare: z.string(),
			organisation: z.string(),
			verkstallighetId: z.string().nullable()
		}),
		z.strictObject({ typ: z.literal('BestallningBorttagen'), id: z.string() }),
		z.strictObject({
			typ: z.literal('VerkstallighetSkapad'),
			verkstallighet: verkstallighetSchema
		}),
		z.strictObject({
			typ: z.literal('VerkstallighetAvslutad'),
			id: z.string(),
			avslutsdatum: z.string(),
			justeraGtom: z.boolean(),
			avslutsorsak: z.string()
		}),
		z.strictObject({ typ: z.literal('VerkstallighetOppnadIgen'), id: z.string() }),
		z.strictObject({
			typ: z.literal('UtforareBytt'),
			id: z.string(),
			utforare: z.string(),
			organisation: z.string()
		}),
		z.strictObject({ typ: z.literal('AnteckningSparad'), anteckning: anteckningSchema }),
		z.strictObject({ typ: z.literal('AnteckningSignerad'), id: z.string() }),
		z.strictObject({ typ: z.literal('AnteckningFelmarkerad'), id: z.string() }),
		z.strictObject({
			typ: z.literal('TexterKopierade'),
			utredningId: z.string(),
			medHandelsedatum: z.boolean(),
			texter: z.array(
				z.strictObject({
					fran: z.string(),
					rubrik: z.string(),
					text: z.string(),
					handelsedatum: datum
				})
			)
		}),
		z.strictObject({
			typ: z.literal('TexterInklistrade'),
			franUtredningId: z.string(),
			tillUtredningId: z.string(),
			anteckningar: z.array(anteckningSchema)
		}),
		z.strictObject({ typ: z.literal('BedomningSparad'), bedomning: bedomningSchema }),
		z.strictObject({ typ: z.literal('BevakningLagd'), bevakning: bevakningSchema }),
		z.strictObject({ typ: z.literal('BevakningAndrad'), bevakning: bevakningSchema }),
		z.strictObject({ typ: z.literal('BevakningBorttagen'), id: z.string() }),
		z.strictObject({
			typ: z.literal('HushallSparat'),
			pnr: personnummer,
			medlemmar: z.array(hushallsMedlem),
			registerledare: personnummer
		}),
		z.strictObject({
			typ: z.literal('DokumentUtskrivet'),
			pnr: personnummer,
			vad: z.enum(UTSKRIFTSSLAG),
			dokument: z.array(z.strictObject({ id: z.string(), etikett: z.string() })),
			mall: z.string(),
			skrivare: z.string()
		}),
		z.strictObject({
			typ: z.literal('KundlistaAndrad'),
			pnr: personnummer,
			atgard: z.enum(['laggTill', 'taBort'])
		}),
		z.strictObject({
			typ: z.literal('DokumentInfogat'),
			pnr: personnummer,
			plats: z.union([
				z.strictObject({ utredningId: z.string() }),
				z.strictObject({ verkstallighetId: z.string() })
			]),
			dokumentId: z.string().min(1)
		}),
		z.strictObject({
			typ: z.literal('LedtradVisad'),
			regelId: z.string().min(1),
			vad: z.string().min(1),
			steg: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
		}),
		z.strictObject({ typ: z.literal('StegAngrat'), antal: z.number().int().positive() })
	],
	{ error: () => `ska vara en av händelsetyperna ${HANDELSETYPER.join(', ')}` }
);

const tidpunkt = z.iso.datetime({ offset: true });

// Both sides strict: zod reports a key only when neither side knows it, so an unknown field in an
// event is refused with its path (with a plain z.object on the right it was silently dropped).
const lagradHandelse = z.intersection(
	handelseSchema,
	z.strictObject({ seq: z.number().int().nonnegative(), tid: tidpunkt })
);

export const FORSOK_FORMAT = 'lss-ovning-forsok';
export const FORSOK_FORMATVERSION = 1;

/** An exported attempt: which scenario (and version) it answers, and its events in order. */
export const forsokSchema = z.strictObject({
	format: z.literal(FORSOK_FORMAT),
	formatVersion: z.literal(FORSOK_FORMATVERSION),
	scenarioId: z.string().min(1),
	scenarioVersion: z.number().int().positive(),
	startad: tidpunkt,
	inlamnad: tidpunkt.optional(),
	/**
	 * How the exercise was taken (Visa, Guidad, Öva, Prov); absent: an attempt from before the
	 * modes, taken as Öva.
	 */
	lage: z.enum(LAGEN).optional(),
	/** The trainee's local profile name; absent when they practised without typing one. */
	profil: z.strictObject({ namn: z.string().trim().min(1).max(40) }).optional(),
	handelser: z.array(lagradHandelse).superRefine((lista, ctx) => {
		// Replay order is list order; a seq out of step means the file was edited or spliced.
		for (let i = 1; i < lista.length; i++)
			if (lista[i].seq <= lista[i - 1].seq)
				ctx.addIssue({
					code: 'custom',
					path: [i, 'seq'],
					message: `ska vara större än föregående händelses seq (${lista[i - 1].seq}); händelserna ska stå i den ordning de hände`
				});
	})
});

export type Forsok = z.infer<typeof forsokSchema>;

/** An attempt file that cannot be used; the message names the file and the field path. */
export class ForsokFel extends Error {
	readonly rader: string[];
	constructor(rader: string[]) {
		super(rader.join('\n'));
		this.name = 'ForsokFel';
		this.rader = rader;
	}
}

/**
 * Where JSON.parse gave up: `rad 3, kolumn 7` when the engine reports an offset, else the
 * engine's own clause (Node 20 says `Unexpected token ']'` with no position).
 */
function varJsonFel(text: string, fel: unknown): string {
	const msg = fel instanceof Error ? fel.message : String(fel);
	const m = /position (\d+)/.exec(msg);
	if (!m) return ` (${msg.split(/, (?:\.\.\.)?"|\n/)[0]})`;
	const fore = text.slice(0, Number(m[1])).split('\n');
	return ` (rad ${fore.length}, kolumn ${fore[fore.length - 1].length + 1})`;
}

/**
 * Reads and validates an attempt file's text. Throws ForsokFel naming `kalla` and each path; a
 * file above the limits (granser.ts) is refused before it is parsed or checked further, and one
 * that gives an id twice (two tabs once saved the same attempt) is refused naming the event.
 */
export function lasForsok(text: string, kalla: string): Forsok {
	// text.length counts UTF-16 units, at most the UTF-8 bytes: never refuses a file within limit
	const stor = forStorFil(text.length, kalla);
	if (stor) throw new ForsokFel([stor]);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new ForsokFel([
			`${kalla}: är inte giltig JSON${varJsonFel(text, e)}. Försöksfilen ska vara den fil som Exportera skrev, oförändrad.`
		]);
	}
	return lasForsokData(data, kalla);
}

/**
 * An attempt already parsed from JSON (one of a progress file's, `framstegsfil.ts`), judged as
 * lasForsok judges a file: every problem named with `kalla` and the field's path.
 */
export function lasForsokData(data: unknown, kalla: string): Forsok {
	const lista = (data as { handelser?: unknown } | null)?.handelser;
	const manga = Array.isArray(lista) ? forMangaHandelser(lista.length, kalla) : null;
	if (manga) throw new ForsokFel([manga]);
	const r = forsokSchema.safeParse(data, { error: svenskaFel });
	if (!r.success) throw new ForsokFel(felrader(kalla, r.error));
	const dubblett = hittaDubblett(r.data.handelser);
	if (dubblett) throw new ForsokFel([beskrivDubblett(dubblett, kalla)]);
	return r.data;
}

/** The events as the domain knows them: `seq` and `tid` are storage details nobody grades. */
export function handelserUr(forsok: Forsok): Handelse[] {
	return forsok.handelser.map((h) => {
		const kopia: Partial<LagradHandelse> = { ...h };
		delete kopia.seq;
		delete kopia.tid;
		return kopia as Handelse;
	});
}

/** The file text Exportera writes: stable key order as built, tab-indented, ending in a newline. */
export function forsokTillJson(forsok: Forsok): string {
	return JSON.stringify(forsok, null, '\t') + '\n';
}

// Compile-time: the event schema and the domain's Handelse must accept exactly the same values.
type Samma<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const handelseStammer: Samma<z.infer<typeof handelseSchema>, Handelse> = true;
const lagradStammer: Samma<z.infer<typeof lagradHandelse>, LagradHandelse> = true;
void handelseStammer;
void lagradStammer;
