import {
	arBifall,
	BEDOMNINGSFUNKTIONER,
	INGEN_BESLUT,
	type Beslut,
	type Bestallning,
	type TimmarPerPeriod
} from '../beslut';
import { kortDatum } from '../datum';
import type { Anteckning } from '../dokumentation';
import { LSS_INSATSER } from '../insatstabell';
import { verkstallighetsEtikett, type Verkstallighet } from '../model';
import { visaTimmar } from '../timmar';
import type { Fakta, Kontext } from './typer';
import { handelserAv, minne } from './urval';

// Facts of rules.md sections 5–8. They read the utredning named by `parametrar.utredning`: a
// start-state id, or 'ny' for the first utredning inledd in the attempt for the customer.

type Parametrar = Record<string, unknown>;

/** How a fact reads in a finding (the same shape as fakta.ts's FaktaText). */
export interface Beslutsfakta {
	etikett: string;
	saknas: (p: Parametrar) => string;
	falt?: Record<string, string>;
	berakna: Fakta;
}

/** The `utredning` parameter that means the utredning inledd in the attempt. */
export const NY_UTREDNING = 'ny';

function text(p: Parametrar, namn: string): string {
	const v = p[namn];
	if (typeof v !== 'string' || !v) throw new Error(`Parametern ${namn} saknas (ska vara text).`);
	return v;
}

function textLista(p: Parametrar, namn: string): string[] {
	const v = p[namn] ?? [];
	if (!Array.isArray(v)) throw new Error(`Parametern ${namn} ska vara en lista.`);
	return v.map(String);
}

function pnrAv(ctx: Kontext, p: Parametrar): string {
	return p.pnr === undefined ? ctx.scenario.forvantat.kund.pnr : text(p, 'pnr');
}

/** The id of the utredning a rule is about, or undefined when 'ny' and none was inledd. */
export function utredningsId(ctx: Kontext, p: Parametrar): string | undefined {
	const u = text(p, 'utredning');
	if (u !== NY_UTREDNING) return u;
	const pnr = pnrAv(ctx, p);
	return handelserAv(ctx, 'UtredningInledd').find((h) => h.utredning.pnr === pnr)?.utredning.id;
}

/** Beslut saved in the attempt in the utredning, in the order they were saved (B4). */
function sparadeBeslut(ctx: Kontext, p: Parametrar): readonly Beslut[] {
	const id = utredningsId(ctx, p);
	if (!id) return [];
	return minne(ctx, `beslut\u0000${id}`, () =>
		handelserAv(ctx, 'BeslutSparade').flatMap((h) => h.beslut.filter((b) => b.utredningId === id))
	);
}

/**
 * Pairs expected beslut of one Beslut name with saved ones: a saved beslut with the expected
 * Gäller fr.o.m. first (the months of a tillfällig utökning, O8), then the rest in save order.
 */
export function matchaBeslut(
	kandidater: readonly Beslut[],
	franLista: readonly (string | undefined)[]
): (Beslut | undefined)[] {
	const tagna = new Set<Beslut>();
	// an undefined date expects no particular Gäller fr.o.m.: that place takes a beslut left over
	const par: (Beslut | undefined)[] = franLista.map((fran) => {
		if (fran === undefined) return undefined;
		const b = kandidater.find((k) => k.fran === fran && !tagna.has(k));
		if (b) tagna.add(b);
		return b;
	});
	return par.map((b) => {
		if (b) return b;
		const ledig = kandidater.find((k) => !tagna.has(k));
		if (ledig) tagna.add(ledig);
		return ledig;
	});
}

/**
 * The saved beslut matched to expected beslut `nr` of name `beslut`. `franLista` (the expected
 * Gäller fr.o.m. of each beslut of that name) is optional: the rule sets give it for O8's months;
 * a raw rule may leave it out (or give fewer dates than `nr`), and then the `nr`-th saved beslut
 * of that name counts, so a beslut that was saved is never reported as missing.
 */
function matchatBeslut(ctx: Kontext, p: Parametrar): Beslut | undefined {
	const namn = text(p, 'beslut');
	const kandidater = sparadeBeslut(ctx, p).filter((b) => b.beslut === namn);
	const nr = Number(p.nr ?? 0);
	const franLista = textLista(p, 'franLista');
	const platser = Array.from({ length: Math.max(franLista.length, nr + 1) }, (_, i) =>
		i < franLista.length ? franLista[i] : undefined
	);
	return matchaBeslut(kandidater, platser)[nr];
}

/**
 * The beslut a beställning fact is about: with `beslutId`, that beslut as it stands (one of the
 * start state, whose beställning is sent anew in the attempt); else the saved one matched.
 */
function beslutForBestallning(ctx: Kontext, p: Parametrar): Beslut | undefined {
	if (p.beslutId === undefined) return matchatBeslut(ctx, p);
	const id = text(p, 'beslutId');
	return ctx.state.beslut.find((b) => b.id === id);
}

const timText = (t: TimmarPerPeriod | undefined): string | undefined => t && visaTimmar(t);

/**
 * A beslut as the Beslut tab shows it, hours as typed (`10.30`) and their period apart. An
 * empty field is '' (not undefined), so a rule can require it empty and a field of a beslut
 * never made stays `ej-bedomd`.
 */
function beslutVy(b: Beslut): Record<string, unknown> {
	return {
		insatskategori: b.insatskategori,
		beslut: b.beslut,
		beslutsdatum: b.beslutsdatum,
		fran: b.fran,
		till: b.till ?? '',
		beslutsfattare: b.beslutsfattare,
		organisation: b.organisation,
		personkrets: b.personkrets ?? '',
		niva: b.niva ?? '',
		timmar: timText(b.timmar) ?? '',
		period: b.timmar?.period ?? '',
		utredningAvslutas: b.utredningAvslutas
	};
}

/** Beställningar saved in the attempt in the utredning, in order. */
function sparadeBestallningar(ctx: Kontext, p: Parametrar): readonly Bestallning[] {
	const id = utredningsId(ctx, p);
	if (!id) return [];
	return minne(ctx, `bestallningar\u0000${id}`, () =>
		handelserAv(ctx, 'BestallningSparad').flatMap((h) =>
			h.bestallning.utredningId === id ? [h.bestallning] : []
		)
	);
}

/** Whether a beställning is for a beslut: chosen in Beslut, or made from its Beställning tab. */
function arFor(o: Bestallning, b: Beslut): boolean {
	return o.beslutId === b.id || (o.beslutId === null && o.franBeslutId === b.id);
}

function bestallningVy(o: Bestallning, beslut: readonly Beslut[]): Record<string, unknown> {
	const valt = o.beslutId ? beslut.find((b) => b.id === o.beslutId) : undefined;
	return {
		beslut: o.beslutId ? (valt?.beslut ?? o.beslutId) : INGEN_BESLUT,
		insatskategori: o.insatskategori,
		utforare: o.utforare,
		utforarensOrganisation: o.utforarensOrganisation,
		insatser: o.insatser,
		kvantitet: timText(o.kvantitet) ?? '',
		period: o.kvantitet?.period ?? '',
		fran: o.fran,
		till: o.till ?? '',
		bestalltDatum: o.bestalltDatum,
		beslutsfattare: o.beslutsfattare ?? '',
		beslutsfattarensOrganisation: o.beslutsfattarensOrganisation ?? ''
	};
}

const bestallningEtikett = (o: Bestallning): string =>
	`${o.utforare} (${o.insatser.join(', ') || 'ingen insats'})`;

/** Verkställigheter opened in the attempt for the customer. */
function oppnade(ctx: Kontext, p: Parametrar): Verkstallighet[] {
	const pnr = pnrAv(ctx, p);
	const ids = new Set(
		handelserAv(ctx, 'VerkstallighetSkapad').flatMap((h) =>
			h.verkstallighet.pnr === pnr ? [h.verkstallighet.id] : []
		)
	);
	// read from the state, so a later Avsluta or Byte av utförare shows
	return ctx.state.verkstalligheter.filter((v) => ids.has(v.id));
}

const verkEtikett = (v: Verkstallighet): string => verkstallighetsEtikett(v, kortDatum);

/** Notes written or pasted in the attempt (not the start state's). */
function nyaAnteckningar(ctx: Kontext): Anteckning[] {
	const start = new Set(ctx.scenario.start.anteckningar.map((a) => a.id));
	return ctx.state.anteckningar.filter((a) => !start.has(a.id));
}

/** New notes at a place: `del` journal/dokument (with `rubrik`) in the utredning, or verkstallighet. */
function anteckningarPa(ctx: Kontext, p: Parametrar): Anteckning[] {
	const del = text(p, 'del');
	const nya = nyaAnteckningar(ctx).filter((a) => a.pnr === pnrAv(ctx, p));
	if (del === 'alla') return nya;
	if (del === 'verkstallighet') {
		const lss = new Set(
			ctx.state.verkstalligheter.filter((v) => v.insatskategori === LSS_INSATSER).map((v) => v.id)
		);
		return nya.filter((a) => a.plats.del === 'verkstallighet' && lss.has(a.plats.verkstallighetId));
	}
	const id = utredningsId(ctx, p);
	const rubrik = p.rubrik;
	return nya.filter(
		(a) =>
			a.plats.del === del &&
			a.plats.del !== 'verkstallighet' &&
			a.plats.utredningId === id &&
			(rubrik === undefined || (a.plats.del === 'dokument' && a.plats.rubrik === rubrik))
	);
}

const anteckningEtikett = (a: Anteckning): string =>
	`"${a.text.length > 40 ? `${a.text.slice(0, 40)}…` : a.text}"`;

const inga = (): string => 'inga';
const ingetBeslut = (p: Parametrar): string =>
	`inget beslut ${String(p.beslut)} sparades i utredningen`;

const BESLUTSFALT = {
	insatskategori: 'Insatskategori',
	beslut: 'Beslut',
	beslutsdatum: 'Beslutsdatum',
	fran: 'Gäller fr.o.m.',
	till: 'Gäller t.o.m.',
	beslutsfattare: 'Beslutsfattare',
	organisation: 'Organisation',
	personkrets: 'Personkretstillhörighet',
	niva: 'Nivå',
	timmar: 'Antal timmar',
	period: 'Period för antal timmar',
	utredningAvslutas: 'Utredning avslutas'
};

/** The facts of sections 5–8, merged into the registry by fakta.ts. */
export const BESLUTSFAKTA: Record<string, Beslutsfakta> = {
	/** The saved beslut matched to an expected one: `beslut` (name), `nr`, optional `franLista` (B1–B7). */
	beslut: {
		etikett: 'Beslut',
		saknas: ingetBeslut,
		falt: BESLUTSFALT,
		berakna: (ctx, p) => {
			const b = matchatBeslut(ctx, p);
			return b && beslutVy(b);
		}
	},
	/** Every beslut saved in the utredning, by name, in save order (B4, O8). */
	beslutIUtredningen: {
		etikett: 'Sparade beslut',
		saknas: inga,
		berakna: (ctx, p) => {
			const namn = p.beslut;
			return sparadeBeslut(ctx, p)
				.filter((b) => namn === undefined || b.beslut === namn)
				.map((b) => `${b.beslut} ${b.fran}–${b.till ?? ''}`);
		}
	},
	/** Beslut with Utredning avslutas ticked that were not the last one saved (B4). */
	avslutasForeSista: {
		etikett: 'Utredning avslutas ikryssad på beslut som inte var det sista',
		saknas: inga,
		berakna: (ctx, p) =>
			sparadeBeslut(ctx, p)
				.slice(0, -1)
				.filter((b) => b.utredningAvslutas)
				.map((b) => b.beslut)
	},
	/** The last beslut saved in the utredning (B4). */
	sistaBeslutet: {
		etikett: 'Sista beslutet',
		saknas: () => 'inget beslut sparades i utredningen',
		falt: BESLUTSFALT,
		berakna: (ctx, p) => {
			const b = sparadeBeslut(ctx, p).at(-1);
			return b && beslutVy(b);
		}
	},
	/**
	 * The beställning for the matched beslut, or for the beslut `beslutId` (a start-state one), or
	 * with `utforare` alone the one to that utförare (O1–O3).
	 */
	bestallning: {
		etikett: 'Beställning',
		saknas: (p) =>
			p.beslut
				? `ingen beställning gjordes för beslutet ${String(p.beslut)}`
				: `ingen beställning till ${String(p.utforare)} gjordes`,
		falt: {
			beslut: 'Beslut',
			insatskategori: 'Insatskategori',
			utforare: 'Utförare',
			utforarensOrganisation: 'Utförarens organisation',
			insatser: 'Insatser',
			kvantitet: 'Beställd kvantitet',
			period: 'Period för beställd kvantitet',
			fran: 'Beställningen gäller fr.o.m.',
			till: 'Beställningen gäller t.o.m.',
			bestalltDatum: 'Beställt datum',
			beslutsfattare: 'Beslutsfattare/beställare',
			beslutsfattarensOrganisation: 'Organisation Beslutsfattare/beställare'
		},
		berakna: (ctx, p) => {
			const alla = sparadeBestallningar(ctx, p);
			const utforare = p.utforare;
			const forBeslut = p.beslut !== undefined || p.beslutId !== undefined;
			let kandidater = alla;
			if (forBeslut) {
				const b = beslutForBestallning(ctx, p);
				kandidater = b ? alla.filter((o) => arFor(o, b)) : [];
			}
			const o =
				kandidater.find((x) => x.utforare === utforare) ?? (forBeslut ? kandidater[0] : undefined);
			// the Beslut chosen is named from every beslut: a start-state one is saved in no event
			return o && bestallningVy(o, ctx.state.beslut);
		}
	},
	/** Beställningar saved in the utredning (O1, O6). */
	bestallningar: {
		etikett: 'Beställningar',
		saknas: inga,
		berakna: (ctx, p) => sparadeBestallningar(ctx, p).map(bestallningEtikett)
	},
	/** Beställningar for the matched beslut, or the beslut `beslutId` (O1 avslag, O6 korttidsvistelse). */
	bestallningarForBeslut: {
		etikett: 'Beställningar för beslutet',
		saknas: inga,
		berakna: (ctx, p) => {
			const b = beslutForBestallning(ctx, p);
			return b
				? sparadeBestallningar(ctx, p)
						.filter((o) => arFor(o, b))
						.map(bestallningEtikett)
				: [];
		}
	},
	/** Beställningar made for an avslag beslut (O1). */
	bestallningarPaAvslag: {
		etikett: 'Beställningar på avslagsbeslut',
		saknas: inga,
		berakna: (ctx, p) => {
			// by id, not a search of every beslut per beställning: linear in a long attempt
			const avslag = new Set(
				sparadeBeslut(ctx, p)
					.filter((b) => !arBifall(b))
					.map((b) => b.id)
			);
			return sparadeBestallningar(ctx, p)
				.filter((o) => avslag.has(o.beslutId ?? o.franBeslutId))
				.map(bestallningEtikett);
		}
	},
	/** Beställningar in the utredning to `utforare` (O6: none to Lss, Barn/Ungdom 1). */
	bestallningarTill: {
		etikett: 'Beställningar',
		saknas: inga,
		berakna: (ctx, p) => {
			const utforare = text(p, 'utforare');
			return sparadeBestallningar(ctx, p)
				.filter((o) => o.utforare === utforare)
				.map(bestallningEtikett);
		}
	},
	/** The customer's pågående verkställighet LSS Insatser at the end of the attempt (B6, V2). */
	pagaendeLssInsatser: {
		etikett: 'Pågående verkställighet LSS Insatser',
		saknas: () => 'ingen pågående verkställighet LSS Insatser',
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			const v = ctx.state.verkstalligheter.find(
				(x) => x.pnr === pnr && x.insatskategori === LSS_INSATSER && x.pagaende
			);
			return v && verkEtikett(v);
		}
	},
	/** The verkställighet with `insatskategori` (and preferably `utforare`) opened in the attempt (V1–V3). */
	verkstallighet: {
		etikett: 'Verkställighet',
		saknas: (p) => `ingen verkställighet ${String(p.insatskategori)} öppnades`,
		falt: {
			insatskategori: 'Insatskategori',
			utforare: 'Utförare',
			organisation: 'Organisation',
			fran: 'Gäller fr.o.m.'
		},
		berakna: (ctx, p) => {
			const kategori = text(p, 'insatskategori');
			const egna = oppnade(ctx, p).filter((v) => v.insatskategori === kategori);
			return egna.find((v) => v.utforare === p.utforare) ?? egna[0];
		}
	},
	/**
	 * Verkställigheter opened in the attempt beyond those `vantade` (`Insatskategori|Utförare`),
	 * leaving out the Insatskategorier in `utom`, which a rule of their own grades (V4).
	 */
	ovantadeVerkstalligheter: {
		etikett: 'Öppnade verkställigheter som handläggaren inte ska öppna',
		saknas: inga,
		berakna: (ctx, p) => {
			const vantade = textLista(p, 'vantade');
			const utom = textLista(p, 'utom');
			const kvar = [...vantade];
			const ovantade: string[] = [];
			for (const v of oppnade(ctx, p)) {
				if (utom.includes(v.insatskategori)) continue;
				const nyckel = `${v.insatskategori}|${v.utforare}`;
				const i = kvar.findIndex((k) => k === nyckel || k === `${v.insatskategori}|*`);
				if (i >= 0) kvar.splice(i, 1);
				else ovantade.push(verkEtikett(v));
			}
			return ovantade;
		}
	},
	/** New notes at a place (`del`: journal, dokument with `rubrik`, verkstallighet, alla) (D2–D4). */
	anteckningar: {
		etikett: 'Anteckningar',
		saknas: inga,
		berakna: (ctx, p) =>
			anteckningarPa(ctx, p)
				.filter((a) => !a.felmarkerad)
				.map(anteckningEtikett)
	},
	/** The new notes at that place that were never signed (D2, D7). */
	osigneradeAnteckningar: {
		etikett: 'Osignerade anteckningar',
		saknas: inga,
		berakna: (ctx, p) =>
			anteckningarPa(ctx, p)
				.filter((a) => !a.signerad)
				.map(anteckningEtikett)
	},
	/** A note by `id` as it stands at the end (D5). */
	anteckning: {
		etikett: 'Anteckning',
		saknas: (p) => `anteckningen ${String(p.id)} finns inte`,
		falt: { felmarkerad: 'Felmarkerad', signerad: 'Signerad', text: 'Text' },
		berakna: (ctx, p) => {
			const id = text(p, 'id');
			const a = ctx.state.anteckningar.find((x) => x.id === id);
			return a && { text: a.text, signerad: a.signerad, felmarkerad: a.felmarkerad };
		}
	},
	/** The last bedömning saved in the attempt in the utredning (O9). */
	bedomning: {
		etikett: 'Bedömning',
		saknas: () => 'ingen bedömning sparades',
		falt: {
			metod: 'Metod/Instrument',
			datum: 'Datum',
			utanNiva: 'Funktioner utan vald nivå',
			lssInsatser: 'Rutan framför LSS Insatser'
		},
		berakna: (ctx, p) => {
			const id = utredningsId(ctx, p);
			const h = handelserAv(ctx, 'BedomningSparad')
				.flatMap((x) => (x.bedomning.utredningId === id ? [x.bedomning] : []))
				.at(-1);
			if (!h) return undefined;
			const v = ctx.state.verkstalligheter.find((x) => x.id === h.lssInsatserVerkstallighetId);
			return {
				metod: h.metod,
				datum: h.datum,
				utanNiva: BEDOMNINGSFUNKTIONER.filter((f) => !h.nivaer[f]),
				lssInsatser: !!v && v.insatskategori === LSS_INSATSER
			};
		}
	}
};
