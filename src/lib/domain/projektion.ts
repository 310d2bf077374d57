import type { Handelse } from './handelser';
import type {
	Aktualisering,
	CaseState,
	KirPerson,
	Person,
	Utredning,
	Verkstallighet
} from './model';

/** What a scenario places in the world before the trainee starts (its start state). */
export interface Startlage {
	/** Customers this scenario needs in the register (its own test personnummer). */
	kunder?: Person[];
	/** People this scenario needs in KIR. */
	kir?: KirPerson[];
	aktualiseringar?: Aktualisering[];
	utredningar?: Utredning[];
	verkstalligheter?: Verkstallighet[];
}

/** The first free number after the start state's own `<prefix>-N` ids, so new ids never collide. */
function nastaNummer(ids: string[], prefix: string): number {
	const re = new RegExp(`^${prefix}-(\\d+)$`);
	return ids.reduce((max, id) => Math.max(max, Number(re.exec(id)?.[1] ?? 0)), 0) + 1;
}

/** The state an attempt starts from. */
export function startState(start: Startlage = {}): CaseState {
	return {
		kunder: Object.fromEntries((start.kunder ?? []).map((p) => [p.pnr, structuredClone(p)])),
		kir: Object.fromEntries((start.kir ?? []).map((p) => [p.pnr, structuredClone(p)])),
		kontakter: {},
		aktualiseringar: structuredClone(start.aktualiseringar ?? []),
		utredningar: structuredClone(start.utredningar ?? []),
		verkstalligheter: structuredClone(start.verkstalligheter ?? []),
		senasteKunder: [],
		nasta: {
			aktualisering: nastaNummer(
				(start.aktualiseringar ?? []).map((a) => a.id),
				'akt'
			),
			utredning: nastaNummer(
				(start.utredningar ?? []).map((u) => u.id),
				'utr'
			),
			kontakt: 1
		}
	};
}

function taIn(state: CaseState, person: Person): CaseState {
	return { ...state, kunder: { ...state.kunder, [person.pnr]: person } };
}

/** Folds one event into the state. Pure: returns a new state, never mutates. */
export function tillampa(state: CaseState, h: Handelse): CaseState {
	switch (h.typ) {
		case 'KundSokt':
		case 'KirSokt':
			return state;
		case 'KundOppnad':
			return {
				...state,
				senasteKunder: [h.pnr, ...state.senasteKunder.filter((p) => p !== h.pnr)].slice(0, 10)
			};
		case 'KundRegistrerad':
			return taIn(state, h.person);
		case 'KontaktSparad': {
			const lista = state.kontakter[h.pnr] ?? [];
			const finns = lista.some((k) => k.id === h.kontakt.id);
			const ny = finns
				? lista.map((k) => (k.id === h.kontakt.id ? h.kontakt : k))
				: [...lista, h.kontakt];
			return {
				...state,
				kontakter: { ...state.kontakter, [h.pnr]: ny },
				nasta: { ...state.nasta, kontakt: state.nasta.kontakt + (finns ? 0 : 1) }
			};
		}
		case 'AktualiseringSparad':
			return {
				...state,
				aktualiseringar: [...state.aktualiseringar, h.aktualisering],
				nasta: { ...state.nasta, aktualisering: state.nasta.aktualisering + 1 }
			};
		case 'UtredningInledd':
			return {
				...state,
				utredningar: [...state.utredningar, h.utredning],
				aktualiseringar: state.aktualiseringar.map((a) =>
					h.aktualiseringIds.includes(a.id)
						? { ...a, utredningId: h.utredning.id, behandlad: true }
						: a
				),
				nasta: { ...state.nasta, utredning: state.nasta.utredning + 1 }
			};
	}
}

/** Replays an attempt: the start state with every event applied in order. */
export function projicera(start: Startlage, handelser: readonly Handelse[]): CaseState {
	return handelser.reduce(tillampa, startState(start));
}
