/**
 * The customer's rubrikträd as data (N1, N3–N5, A1): which nodes exist, which are bold, what
 * their context menus hold and what a double-click does. Kept out of the component so the
 * manual's bold rules and labels can be unit-tested without a browser.
 */
import {
	arBifall,
	beslutsEtikett,
	type Bedomning,
	type Beslut,
	type Bestallning
} from '$lib/domain/beslut';
import { kortDatum } from '$lib/domain/datum';
import { INSATSTABELL } from '$lib/domain/insatstabell';
import {
	utredningArPagaende,
	utredningsEtikett,
	verkstallighetsEtikett,
	type Utredning,
	type Verkstallighet
} from '$lib/domain/model';
import type { TradNod } from '$lib/components/widgets/trad';

/** What the trainee asked the rubrikträd to do; the lead's state turns it into a screen. */
export interface RubrikHandling {
	typ:
		| 'person'
		| 'hushall'
		| 'kontaktuppgifter'
		| 'aktualisering'
		| 'inledUtredning'
		| 'oppnaUtredning'
		| 'dokumentation'
		| 'verkstallighetLov'
		| 'oppnaBeslut'
		| 'bestallning'
		| 'bedomning'
		| 'oppnaVerkstallighet'
		| 'verkstallighetsdokumentation';
	utredningId?: string;
	beslutId?: string;
	/** A beställning in the tree: a beslut may have several (Kopiera beställning, R2). */
	bestallningId?: string;
	verkstallighetId?: string;
}

/** What an utredning holds in the tree besides its label (N5). */
export interface Utredningsinnehall {
	beslut: Beslut[];
	bestallningar: Bestallning[];
	bedomningar: Bedomning[];
}

/** One entry of a node's context menu, named exactly as the manual names it. */
export interface RubrikMenyval {
	etikett: string;
	handling: RubrikHandling;
}

/**
 * A node of the rubrikträd: a TradNod (its `pagaende` is the bold of N3/N4) that also carries
 * its menu and its double-click action, so the component needs no per-node switch.
 */
export interface RubrikNod extends TradNod {
	pagaende: boolean;
	barn?: RubrikNod[];
	/** Empty when the node has no menu in this release: no dead items (N1). */
	meny: RubrikMenyval[];
	/** The double-click / Enter action, if the node has one. */
	dubbelklick?: RubrikHandling;
}

export const NOD_PERSONUPPGIFTER = 'personuppgifter';
export const NOD_LSS = 'lss';
export const NOD_UTREDNINGAR = 'utredningar';
export const NOD_VERKSTALLIGHETER = 'verkstalligheter';

/** The Insatskategori of a bifall daglig verksamhet, whose utredning holds Bedömning (O9). */
const DAGLIG_VERKSAMHET = INSATSTABELL['daglig-verksamhet'].insatskategori;

/** Tree id of an utredning node. */
export function utredningNodId(id: string): string {
	return `utredning:${id}`;
}

/** Tree id of a verkställighet node. */
export function verkstallighetNodId(id: string): string {
	return `verkstallighet:${id}`;
}

// Newest first, as Procapita lists a customer's history; ids break ties so the order is stable.
function nyastForst<T extends { id: string }>(lista: T[], datum: (t: T) => string): T[] {
	return [...lista].sort((a, b) => datum(b).localeCompare(datum(a)) || a.id.localeCompare(b.id));
}

// An empty folder gets no children at all, so the tree does not offer an expander with nothing
// under it.
function ellerInget(barn: RubrikNod[]): RubrikNod[] | undefined {
	return barn.length ? barn : undefined;
}

function bestallningsnod(b: Bestallning): RubrikNod {
	return {
		id: `bestallning:${b.id}`,
		etikett: `Beställning ${kortDatum(b.bestalltDatum)} – ${b.utforare}`,
		pagaende: false,
		ikon: 'dokument',
		meny: [],
		dubbelklick: { typ: 'bestallning', beslutId: b.franBeslutId, bestallningId: b.id }
	};
}

function beslutsnod(b: Beslut, bestallningar: Bestallning[]): RubrikNod {
	const egna = bestallningar.filter((x) => x.franBeslutId === b.id);
	return {
		id: `beslut:${b.id}`,
		etikett: beslutsEtikett(b, kortDatum),
		pagaende: false,
		ikon: 'dokument',
		// "Vid beslut bifall ska en beställning göras, klicka på fliken Beställning" (O5): the menu
		// takes the trainee there in one step; an avslag gets no beställning, so no menu (N1)
		meny: arBifall(b)
			? [{ etikett: 'Beställning', handling: { typ: 'bestallning', beslutId: b.id } }]
			: [],
		// O5: double-click the beslutsklubba, then the Beställning tab
		dubbelklick: { typ: 'oppnaBeslut', beslutId: b.id },
		barn: ellerInget(egna.map(bestallningsnod)),
		oppen: egna.length > 0
	};
}

function utredningsnod(u: Utredning, innehall: Utredningsinnehall): RubrikNod {
	const oppna: RubrikMenyval = {
		etikett: 'Öppna Utredning',
		handling: { typ: 'oppnaUtredning', utredningId: u.id }
	};
	const dokumentation: RubrikMenyval = {
		etikett: 'Dokumentation',
		handling: { typ: 'dokumentation', utredningId: u.id }
	};
	// A1: a new application in an utredning that is still going on (no slutdatum) is
	// aktualiserad from the utredning itself; a closed one takes no new aktualisering.
	const meny: RubrikMenyval[] = u.slutdatum
		? [oppna, dokumentation]
		: [
				{ etikett: 'Aktualisering', handling: { typ: 'aktualisering', utredningId: u.id } },
				oppna,
				dokumentation
			];
	const beslut = innehall.beslut.filter((b) => b.utredningId === u.id);
	// rules.md reading 19: Bedömning sits under the utredning, for daglig verksamhet (O9)
	const harDagligVerksamhet = beslut.some(
		(b) => arBifall(b) && b.insatskategori === DAGLIG_VERKSAMHET
	);
	const bedomning: RubrikNod[] =
		harDagligVerksamhet || innehall.bedomningar.some((b) => b.utredningId === u.id)
			? [
					{
						id: `bedomning:${u.id}`,
						etikett: 'Bedömning',
						pagaende: false,
						ikon: 'dokument',
						meny: [{ etikett: 'Bedömning', handling: { typ: 'bedomning', utredningId: u.id } }]
					}
				]
			: [];
	const barn = [...beslut.map((b) => beslutsnod(b, innehall.bestallningar)), ...bedomning];
	return {
		id: utredningNodId(u.id),
		etikett: utredningsEtikett(u, kortDatum),
		pagaende: utredningArPagaende(u),
		ikon: 'dokument',
		meny,
		dubbelklick: oppna.handling,
		barn: ellerInget(barn),
		oppen: barn.length > 0
	};
}

function verkstallighetsnod(v: Verkstallighet): RubrikNod {
	return {
		id: verkstallighetNodId(v.id),
		etikett: verkstallighetsEtikett(v, kortDatum),
		pagaende: v.pagaende,
		ikon: 'dokument',
		// D4: notes about the insats go in LSS Insatser; the utförare's are read only
		meny: [
			{
				etikett: 'Dokumentation',
				handling: { typ: 'verkstallighetsdokumentation', verkstallighetId: v.id }
			}
		],
		// V5, V7: double-click shows its organisation and Avsluta verkställighet
		dubbelklick: { typ: 'oppnaVerkstallighet', verkstallighetId: v.id }
	};
}

/**
 * Builds the rubrikträd of one customer: Personuppgifter, then LSS utredning o verkställighet
 * with its Utredningar and Verkställigheter, each newest first.
 */
export function byggRubriktrad(
	utredningar: Utredning[],
	verkstalligheter: Verkstallighet[],
	innehall: Utredningsinnehall = { beslut: [], bestallningar: [], bedomningar: [] }
): RubrikNod[] {
	return [
		{
			id: NOD_PERSONUPPGIFTER,
			etikett: 'Personuppgifter',
			pagaende: false,
			ikon: 'person',
			meny: [
				{ etikett: 'Person', handling: { typ: 'person' } },
				{ etikett: 'Hushåll', handling: { typ: 'hushall' } },
				{ etikett: 'Kontaktuppgifter', handling: { typ: 'kontaktuppgifter' } }
			],
			dubbelklick: { typ: 'person' }
		},
		{
			id: NOD_LSS,
			etikett: 'LSS utredning o verkställighet',
			pagaende: false,
			ikon: 'mapp',
			oppen: true,
			meny: [
				{ etikett: 'Aktualisering', handling: { typ: 'aktualisering' } },
				// L1: a LASS-beslut's utredning is inledd directly, "aktualisering ska inte göras"
				{ etikett: 'Inled utredning', handling: { typ: 'inledUtredning' } },
				{ etikett: 'Verkställighet (lov)', handling: { typ: 'verkstallighetLov' } }
			],
			barn: [
				{
					id: NOD_UTREDNINGAR,
					etikett: 'Utredningar',
					pagaende: false,
					ikon: 'mapp',
					oppen: true,
					meny: [],
					barn: ellerInget(
						nyastForst(utredningar, (u) => u.inledningsdatum).map((u) => utredningsnod(u, innehall))
					)
				},
				{
					id: NOD_VERKSTALLIGHETER,
					etikett: 'Verkställigheter',
					pagaende: false,
					ikon: 'mapp',
					oppen: true,
					meny: [],
					barn: ellerInget(nyastForst(verkstalligheter, (v) => v.fran).map(verkstallighetsnod))
				}
			]
		}
	];
}

/** Finds a node by id anywhere in the tree (the Trad widget hands back plain TradNod). */
export function hittaRubrikNod(noder: RubrikNod[], id: string): RubrikNod | undefined {
	for (const n of noder) {
		if (n.id === id) return n;
		const i = n.barn ? hittaRubrikNod(n.barn, id) : undefined;
		if (i) return i;
	}
	return undefined;
}
