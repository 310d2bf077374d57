/**
 * The customer's rubrikträd as data (N1, N3–N5, A1): which nodes exist, which are bold, what
 * their context menus hold and what a double-click does. Kept out of the component so the
 * manual's bold rules and labels can be unit-tested without a browser.
 */
import { kortDatum } from '$lib/domain/datum';
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
	typ: 'person' | 'hushall' | 'kontaktuppgifter' | 'aktualisering' | 'oppnaUtredning';
	utredningId?: string;
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

function utredningsnod(u: Utredning): RubrikNod {
	const oppna: RubrikMenyval = {
		etikett: 'Öppna Utredning',
		handling: { typ: 'oppnaUtredning', utredningId: u.id }
	};
	// A1: a new application in an utredning that is still going on (no slutdatum) is
	// aktualiserad from the utredning itself; a closed one takes no new aktualisering.
	const meny: RubrikMenyval[] = u.slutdatum
		? [oppna]
		: [{ etikett: 'Aktualisering', handling: { typ: 'aktualisering', utredningId: u.id } }, oppna];
	return {
		id: utredningNodId(u.id),
		etikett: utredningsEtikett(u, kortDatum),
		pagaende: utredningArPagaende(u),
		ikon: 'dokument',
		meny,
		dubbelklick: oppna.handling
	};
}

function verkstallighetsnod(v: Verkstallighet): RubrikNod {
	return {
		id: verkstallighetNodId(v.id),
		etikett: verkstallighetsEtikett(v, kortDatum),
		pagaende: v.pagaende,
		ikon: 'dokument',
		// Verkställighet screens come in a later release: no menu, no double-click yet.
		meny: []
	};
}

/**
 * Builds the rubrikträd of one customer: Personuppgifter, then LSS utredning o verkställighet
 * with its Utredningar and Verkställigheter, each newest first.
 */
export function byggRubriktrad(
	utredningar: Utredning[],
	verkstalligheter: Verkstallighet[]
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
			meny: [{ etikett: 'Aktualisering', handling: { typ: 'aktualisering' } }],
			barn: [
				{
					id: NOD_UTREDNINGAR,
					etikett: 'Utredningar',
					pagaende: false,
					ikon: 'mapp',
					oppen: true,
					meny: [],
					barn: ellerInget(nyastForst(utredningar, (u) => u.inledningsdatum).map(utredningsnod))
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
