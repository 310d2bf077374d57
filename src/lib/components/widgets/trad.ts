/** One row of a Procapita-style tree (rubrikträd, organisationsträd, journal). */
export interface TradNod {
	id: string;
	etikett: string;
	/** Bold in Procapita: a pågående utredning, verkställighet or insats (N3, N4). */
	pagaende?: boolean;
	barn?: TradNod[];
	/** Initial expanded state; the tree keeps its own state after that. */
	oppen?: boolean;
	/** Small icon before the label: 'mapp', 'dokument', 'person', 'journal', or a short text. */
	ikon?: string;
	signerad?: boolean;
	felmarkerad?: boolean;
}

/** Where a context menu opens: a point (right-click) or an element (keyboard, button). */
export type MenyAnkare = { x: number; y: number } | HTMLElement;

/** A visible row with what keyboard navigation needs to know about its place. */
export interface SynligNod {
	nod: TradNod;
	niva: number;
	foralderId: string | null;
}

/** Whether a node is expanded: the user's toggle wins over the node's initial `oppen`. */
export function arOppen(nod: TradNod, vaxlade: ReadonlyMap<string, boolean>): boolean {
	return vaxlade.get(nod.id) ?? !!nod.oppen;
}

/**
 * The rows the user can see, top to bottom, skipping the children of collapsed nodes.
 * Keyboard navigation walks this list, so its order must match the rendered order.
 */
export function synligaNoder(
	noder: readonly TradNod[],
	vaxlade: ReadonlyMap<string, boolean>,
	niva = 1,
	foralderId: string | null = null
): SynligNod[] {
	const ut: SynligNod[] = [];
	for (const nod of noder) {
		ut.push({ nod, niva, foralderId });
		if (nod.barn?.length && arOppen(nod, vaxlade))
			ut.push(...synligaNoder(nod.barn, vaxlade, niva + 1, nod.id));
	}
	return ut;
}

/** Depth-first search for a node by id, in collapsed branches too. */
export function hittaNod(noder: readonly TradNod[], id: string | undefined): TradNod | undefined {
	if (id === undefined) return undefined;
	for (const nod of noder) {
		if (nod.id === id) return nod;
		const i = nod.barn ? hittaNod(nod.barn, id) : undefined;
		if (i) return i;
	}
	return undefined;
}
