import type { CaseState, Kontakt, Person } from './model';
import type { Startlage } from './projektion';

/**
 * Spara läget som startläge (issue 9): the case state a trainer built in the mock (the sandbox,
 * or a recording) as a scenario's start state, so `startState(start)` gives the same case again.
 * What the start format cannot hold is named in `hinder`; the caller refuses then instead of
 * writing a start state that silently lacks it.
 */
export interface Startskrift {
	start: Startlage;
	/** One Swedish sentence per thing the start format cannot hold; empty: the start is whole. */
	hinder: string[];
}

/** The customer with the contacts saved in the attempt (they override the register's by id). */
function medKontakter(p: Person, egna: readonly Kontakt[] | undefined): Person {
	if (!egna?.length) return p;
	const ids = new Set(egna.map((k) => k.id));
	return { ...p, kontakter: [...(p.kontakter ?? []).filter((k) => !ids.has(k.id)), ...egna] };
}

/**
 * The start state that holds `state`'s case data. Lists are copied in the state's order (the
 * rubrikträd's order comes from it) and left out when empty. `senasteKunder` (the recently opened
 * list) and `urklipp` (texts copied with Kopiera alla texter i trädet, kept after they are pasted)
 * are where the handläggare was and what they held, not the case, so they are not carried over.
 */
export function startlageAv(state: CaseState): Startskrift {
	const s = structuredClone(state);
	const hinder: string[] = [];
	for (const pnr of Object.keys(s.kontakter))
		if (!s.kunder[pnr] && s.kontakter[pnr].length)
			hinder.push(
				`Kontaktuppgifter sparades för ${pnr}, som inte är kund i startläget (en person ur personregistret); startläget kan bara ha kontakter för sina egna kunder.`
			);
	if (Object.keys(s.hushall).length)
		hinder.push(
			`Ett hushåll sparades (${Object.keys(s.hushall).join(', ')}); startlägets format har inte sparade hushåll med registerledare än. Skriv hushållet under kundens hushall för hand.`
		);
	if (s.kundlista.length)
		hinder.push(
			`Kundlistan har ${s.kundlista.length} kunder; startlägets format har ingen kundlista.`
		);
	if (s.infogade.length)
		hinder.push(
			`${s.infogade.length} skannade dokument infogades; startlägets format har inga infogade dokument.`
		);
	const kunder = Object.values(s.kunder).map((p) => medKontakter(p, s.kontakter[p.pnr]));
	const listor: Startlage = {
		kunder,
		kir: Object.values(s.kir),
		aktualiseringar: s.aktualiseringar,
		utredningar: s.utredningar,
		verkstalligheter: s.verkstalligheter,
		beslut: s.beslut,
		bestallningar: s.bestallningar,
		anteckningar: s.anteckningar,
		bedomningar: s.bedomningar,
		bevakningar: s.bevakningar
	};
	const start = Object.fromEntries(
		Object.entries(listor).filter(([, v]) => Array.isArray(v) && v.length > 0)
	) as Startlage;
	return { start, hinder };
}
