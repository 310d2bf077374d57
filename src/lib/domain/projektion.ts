import type { Bedomning, Beslut, Bestallning } from './beslut';
import type { Bevakning } from './bevakning';
import type { IsoDatum } from './datum';
import type { Anteckning } from './dokumentation';
import { utanAngrade, type Handelse } from './handelser';
import type {
	Aktualisering,
	CaseState,
	KirPerson,
	Person,
	Utredning,
	Verkstallighet
} from './model';
import { medBeslutsstatus, Projektor } from './projektor';

/** What a scenario places in the world before the trainee starts (its start state). */
export interface Startlage {
	/** Customers this scenario needs in the register (its own test personnummer). */
	kunder?: Person[];
	/** People this scenario needs in KIR. */
	kir?: KirPerson[];
	aktualiseringar?: Aktualisering[];
	utredningar?: Utredning[];
	verkstalligheter?: Verkstallighet[];
	beslut?: Beslut[];
	bestallningar?: Bestallning[];
	anteckningar?: Anteckning[];
	bedomningar?: Bedomning[];
	/** Bevakningar already laid (section 12), by anyone. */
	bevakningar?: Bevakning[];
}

/** The first free number after the start state's own `<prefix>-N` ids, so new ids never collide. */
function nastaNummer(ids: { id: string }[] | undefined, prefix: string): number {
	const re = new RegExp(`^${prefix}-(\\d+)$`);
	return (ids ?? []).reduce((max, x) => Math.max(max, Number(re.exec(x.id)?.[1] ?? 0)), 0) + 1;
}

/**
 * The state an attempt starts from. `idag` is the scenario's today, against which pågående
 * beslut are judged (N3).
 */
export function startState(start: Startlage = {}, idag: IsoDatum = '2000-01-01'): CaseState {
	const s = structuredClone(start);
	const state: CaseState = {
		kunder: Object.fromEntries((s.kunder ?? []).map((p) => [p.pnr, p])),
		kir: Object.fromEntries((s.kir ?? []).map((p) => [p.pnr, p])),
		kontakter: {},
		aktualiseringar: s.aktualiseringar ?? [],
		utredningar: s.utredningar ?? [],
		verkstalligheter: s.verkstalligheter ?? [],
		beslut: s.beslut ?? [],
		bestallningar: s.bestallningar ?? [],
		anteckningar: s.anteckningar ?? [],
		bedomningar: s.bedomningar ?? [],
		bevakningar: s.bevakningar ?? [],
		urklipp: null,
		idag,
		senasteKunder: [],
		hushall: {},
		kundlista: [],
		infogade: [],
		nasta: {
			aktualisering: nastaNummer(s.aktualiseringar, 'akt'),
			utredning: nastaNummer(s.utredningar, 'utr'),
			// contacts a start state took over from an attempt keep their `kontakt-N` ids (startskrivare)
			kontakt: nastaNummer(
				(s.kunder ?? []).flatMap((p) => p.kontakter ?? []),
				'kontakt'
			),
			beslut: nastaNummer(s.beslut, 'beslut'),
			bestallning: nastaNummer(s.bestallningar, 'best'),
			verkstallighet: nastaNummer(s.verkstalligheter, 'verk'),
			anteckning: nastaNummer(s.anteckningar, 'ant'),
			bedomning: nastaNummer(s.bedomningar, 'bed'),
			bevakning: nastaNummer(s.bevakningar, 'bev')
		}
	};
	const perUtredning = new Map<string, Beslut[]>();
	for (const b of state.beslut) {
		const egna = perUtredning.get(b.utredningId);
		if (egna) egna.push(b);
		else perUtredning.set(b.utredningId, [b]);
	}
	return {
		...state,
		utredningar: state.utredningar.map((u) =>
			medBeslutsstatus(u, perUtredning.get(u.id) ?? [], state.idag)
		)
	};
}

/** Folds one event into the state. Pure: returns a new state, never mutates. */
export function tillampa(state: CaseState, h: Handelse): CaseState {
	return tillampaAlla(state, [h]);
}

/**
 * Folds events into the state in order, as `handelser.reduce(tillampa, state)` would, at the
 * cost of the events and one copy of each list they touch (`Projektor`). Pure: the state given
 * in is not changed. Applying an attempt's new events to its last state this way gives the
 * state a full replay gives: the fold does not care where it is split.
 */
export function tillampaAlla(state: CaseState, handelser: readonly Handelse[]): CaseState {
	if (!handelser.length) return state;
	const p = new Projektor(state);
	for (const h of handelser) p.tillampa(h);
	return p.resultat();
}

/** Replays an attempt: the start state with every event that counts applied in order. */
export function projicera(
	start: Startlage,
	handelser: readonly Handelse[],
	idag?: IsoDatum
): CaseState {
	return tillampaAlla(startState(start, idag), utanAngrade(handelser));
}
