import type { TradNod } from '$lib/components/widgets/trad';
import { arGiltigtDatum, kortDatum } from '$lib/domain/datum';
import {
	UTREDNINGSDOKUMENT_RUBRIKER,
	VERKSTALLIGHET_RUBRIKER,
	type Anteckning,
	type Plats
} from '$lib/domain/dokumentation';

/** Whose documentation the rubrikträd shows: an utredning's, or a verkställighet's (D1, D4). */
export type Kalla =
	| { typ: 'utredning'; utredningId: string }
	| { typ: 'verkstallighet'; verkstallighetId: string; skrivbar: boolean };

/** A part of the documentation the lila pil shows whole (D8). */
export type Del = 'journal' | 'dokument' | 'verkstallighet';

/** What a node of the documentation tree stands for. */
export type DokNod =
	| { typ: 'journal' }
	| { typ: 'anteckningar' }
	| { typ: 'dokument' }
	| { typ: 'rubrik'; rubrik: string }
	| { typ: 'anteckning'; id: string };

export const NOD_JOURNAL = 'journal';
export const NOD_ANTECKNINGAR = 'journal/anteckningar';
export const NOD_DOKUMENT = 'dokument';
const RUBRIK = 'rubrik/';
const ANTECKNING = 'anteckning/';

/** The tree id of a rubrik (dokument or verkställighet: never both in one tree). */
export function rubrikNodId(rubrik: string): string {
	return RUBRIK + rubrik;
}

export function anteckningNodId(id: string): string {
	return ANTECKNING + id;
}

/** Reads back what a node id of byggDokumentationstrad stands for. */
export function tolkaNodId(id: string): DokNod | null {
	if (id === NOD_JOURNAL) return { typ: 'journal' };
	if (id === NOD_ANTECKNINGAR) return { typ: 'anteckningar' };
	if (id === NOD_DOKUMENT) return { typ: 'dokument' };
	if (id.startsWith(RUBRIK)) return { typ: 'rubrik', rubrik: id.slice(RUBRIK.length) };
	if (id.startsWith(ANTECKNING)) return { typ: 'anteckning', id: id.slice(ANTECKNING.length) };
	return null;
}

/** What a menu item of the documentation tree does; the component carries it out. */
export type DokMenyHandling = 'oppnaTradet' | 'kopiera' | 'klistraIn' | 'felmarkera';

/** One item of a documentation tree node's context menu, named exactly as the manual names it. */
export interface DokMenyval {
	namn: string;
	handling: DokMenyHandling;
	inaktiv?: boolean;
}

/**
 * The context menu of each kind of node in the documentation tree: only the items the manual
 * names for it. Utredningsdokument: Öppna trädet (D3), Kopiera alla texter i trädet and Klistra
 * in alla kopierade texter i trädet (D7); a note: Felmarkera (D5). The journal (its plus sign,
 * D1), Anteckningar and a rubrik (double-click, D1, D3, D4) have none in the manual.
 */
export function dokMeny(
	nod: DokNod | null,
	lage: {
		harUrklipp: boolean;
		skrivbar: boolean;
		anteckning?: Pick<Anteckning, 'signerad' | 'felmarkerad'>;
	}
): DokMenyval[] {
	switch (nod?.typ) {
		case 'dokument':
			return [
				{ namn: 'Öppna trädet', handling: 'oppnaTradet' },
				{ namn: 'Kopiera alla texter i trädet', handling: 'kopiera' },
				{
					namn: 'Klistra in alla kopierade texter i trädet',
					handling: 'klistraIn',
					inaktiv: !lage.harUrklipp
				}
			];
		case 'anteckning': {
			const a = lage.anteckning;
			if (!a) return [];
			// D5: only a saved and signed note is felmarkerad; an unsigned one is changed
			return [
				{
					namn: 'Felmarkera',
					handling: 'felmarkera',
					inaktiv: !lage.skrivbar || !a.signerad || a.felmarkerad
				}
			];
		}
		default:
			return [];
	}
}

const ORD_I_ETIKETT = 4;

/** A note's row in the tree: its händelsedatum as Procapita shows dates, and its first words. */
export function anteckningsEtikett(a: Pick<Anteckning, 'handelsedatum' | 'text'>): string {
	const ord = a.text.trim().split(/\s+/).filter(Boolean);
	const borjan = ord.slice(0, ORD_I_ETIKETT).join(' ');
	const datum = arGiltigtDatum(a.handelsedatum) ? kortDatum(a.handelsedatum) : a.handelsedatum;
	return `${datum} ${borjan}${ord.length > ORD_I_ETIKETT ? ' …' : ''}`.trim();
}

/** The rubrik a note stands under, or null for a journal note. */
export function rubrikFor(p: Plats): string | null {
	return p.del === 'journal' ? null : p.rubrik;
}

/** Where a note written from this tree lands: in the journal (rubrik null) or under a rubrik. */
export function platsFor(kalla: Kalla, rubrik: string | null): Plats {
	if (kalla.typ === 'verkstallighet')
		return {
			del: 'verkstallighet',
			verkstallighetId: kalla.verkstallighetId,
			rubrik: rubrik ?? ''
		};
	if (rubrik === null) return { del: 'journal', utredningId: kalla.utredningId };
	return { del: 'dokument', utredningId: kalla.utredningId, rubrik };
}

/** The rubriker of the kind of documentation, depth-first (the order the document reads in). */
export function rubrikOrdning(kalla: Kalla): string[] {
	const lista = kalla.typ === 'utredning' ? UTREDNINGSDOKUMENT_RUBRIKER : VERKSTALLIGHET_RUBRIKER;
	return lista.flatMap((r) => [r.rubrik, ...(r.under ?? [])]);
}

/** Notes oldest first by händelsedatum; saving order (the array's) breaks ties. */
function kronologiskt(lista: Anteckning[]): Anteckning[] {
	return lista
		.map((a, i) => ({ a, i }))
		.sort((x, y) => x.a.handelsedatum.localeCompare(y.a.handelsedatum) || x.i - y.i)
		.map((x) => x.a);
}

function anteckningsNod(a: Anteckning): TradNod {
	return {
		id: anteckningNodId(a.id),
		etikett: anteckningsEtikett(a),
		ikon: 'dokument',
		signerad: a.signerad,
		felmarkerad: a.felmarkerad
	};
}

/**
 * The rubriker as tree nodes, each with its sub-rubriker and then the notes written under it.
 * A rubrik shows a plus sign when it has either (D3). `oppna` lists the node ids to show open.
 */
function rubrikNoder(
	rubriker: { rubrik: string; under?: string[] }[],
	anteckningar: Anteckning[],
	oppna: ReadonlySet<string>
): TradNod[] {
	const under = (rubrik: string) =>
		kronologiskt(anteckningar.filter((a) => rubrikFor(a.plats) === rubrik)).map(anteckningsNod);
	const nod = (rubrik: string, barn: TradNod[]): TradNod => ({
		id: rubrikNodId(rubrik),
		etikett: rubrik,
		ikon: 'mapp',
		oppen: oppna.has(rubrikNodId(rubrik)),
		barn: barn.length ? barn : undefined
	});
	return rubriker.map((r) =>
		nod(r.rubrik, [...(r.under ?? []).map((u) => nod(u, under(u))), ...under(r.rubrik)])
	);
}

/**
 * The rubrikträd of a documentation (D1–D4): for an utredning, Utredningsjournal (Anteckningar
 * then its notes) and Utredningsdokument (the rubriker, notes under theirs); for a verkställighet
 * its rubriker. A note whose rubrik the tree does not know (e.g. pasted from elsewhere) stays
 * visible at the end of its part rather than vanishing.
 */
export function byggDokumentationstrad(
	kalla: Kalla,
	anteckningar: Anteckning[],
	oppna: ReadonlySet<string> = new Set()
): TradNod[] {
	const kanda = new Set(rubrikOrdning(kalla));
	const losa = (del: 'dokument' | 'verkstallighet') =>
		kronologiskt(
			anteckningar.filter((a) => a.plats.del === del && !kanda.has(rubrikFor(a.plats) ?? ''))
		).map(anteckningsNod);
	if (kalla.typ === 'verkstallighet') {
		const egna = anteckningar.filter((a) => a.plats.del === 'verkstallighet');
		return [...rubrikNoder(VERKSTALLIGHET_RUBRIKER, egna, oppna), ...losa('verkstallighet')];
	}
	const journal = kronologiskt(anteckningar.filter((a) => a.plats.del === 'journal'));
	const dokument = anteckningar.filter((a) => a.plats.del === 'dokument');
	return [
		{
			id: NOD_JOURNAL,
			etikett: 'Utredningsjournal',
			ikon: 'journal',
			oppen: oppna.has(NOD_JOURNAL),
			barn: [
				{ id: NOD_ANTECKNINGAR, etikett: 'Anteckningar', ikon: 'mapp' },
				...journal.map(anteckningsNod)
			]
		},
		{
			id: NOD_DOKUMENT,
			etikett: 'Utredningsdokument',
			ikon: 'dokument',
			oppen: oppna.has(NOD_DOKUMENT),
			barn: [...rubrikNoder(UTREDNINGSDOKUMENT_RUBRIKER, dokument, oppna), ...losa('dokument')]
		}
	];
}

/**
 * Every rubrik under these nodes, with notes under it or not. Öppna trädet opens them too, so a
 * note that lands after the double-click (a paste still being stored when the trainee double-
 * clicks Utredningsdokument) shows under an open rubrik instead of a closed one.
 */
export function allaRubriker(noder: TradNod[]): string[] {
	return noder.flatMap((n) => [
		...(n.id.startsWith(RUBRIK) ? [n.id] : []),
		...allaRubriker(n.barn ?? [])
	]);
}

/** Every node id with children: what Öppna trädet opens (D3). */
export function allaGrenar(noder: TradNod[]): string[] {
	return noder.flatMap((n) => (n.barn?.length ? [n.id, ...allaGrenar(n.barn)] : []));
}

/** The ids of the nodes above a node, root first; empty when it is a root or not found. */
export function forfader(noder: TradNod[], id: string): string[] {
	for (const n of noder) {
		if (n.id === id) return [];
		if (n.barn) {
			const under = forfader(n.barn, id);
			if (under.length || n.barn.some((b) => b.id === id)) return [n.id, ...under];
		}
	}
	return [];
}

/** One rubrik's notes in the whole-text view; rubrik null for the journal. */
export interface Avsnitt {
	rubrik: string | null;
	anteckningar: Anteckning[];
}

/**
 * The lila pil (D8): every note of the journal, or of the document rubrik by rubrik in the
 * document's order, so the whole can be read at once. Rubriker without notes are left out.
 */
export function helaTexten(kalla: Kalla, del: Del, anteckningar: Anteckning[]): Avsnitt[] {
	const egna = anteckningar.filter((a) => a.plats.del === del);
	if (del === 'journal')
		return egna.length ? [{ rubrik: null, anteckningar: kronologiskt(egna) }] : [];
	const ordning = rubrikOrdning(kalla);
	const rubriker = [
		...ordning,
		...new Set(egna.map((a) => rubrikFor(a.plats) ?? '').filter((r) => !ordning.includes(r)))
	];
	return rubriker
		.map((rubrik) => ({
			rubrik,
			anteckningar: kronologiskt(egna.filter((a) => rubrikFor(a.plats) === rubrik))
		}))
		.filter((a) => a.anteckningar.length > 0);
}

/** Whether two places are the same spot in the documentation. */
export function sammaPlats(a: Plats, b: Plats): boolean {
	const agare = (p: Plats) => (p.del === 'verkstallighet' ? p.verkstallighetId : p.utredningId);
	return a.del === b.del && agare(a) === agare(b) && rubrikFor(a) === rubrikFor(b);
}
