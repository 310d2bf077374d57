import { arBifall, beslutPagar, type Bedomning, type Beslut, type Bestallning } from './beslut';
import type { IsoDatum } from './datum';
import type { Anteckning } from './dokumentation';
import { utanAngrade, type Handelse } from './handelser';
import { LSS_INSATSER } from './insatstabell';
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
	beslut?: Beslut[];
	bestallningar?: Bestallning[];
	anteckningar?: Anteckning[];
	bedomningar?: Bedomning[];
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
		urklipp: null,
		idag,
		senasteKunder: [],
		nasta: {
			aktualisering: nastaNummer(s.aktualiseringar, 'akt'),
			utredning: nastaNummer(s.utredningar, 'utr'),
			kontakt: 1,
			beslut: nastaNummer(s.beslut, 'beslut'),
			bestallning: nastaNummer(s.bestallningar, 'best'),
			verkstallighet: nastaNummer(s.verkstalligheter, 'verk'),
			anteckning: nastaNummer(s.anteckningar, 'ant'),
			bedomning: nastaNummer(s.bedomningar, 'bed')
		}
	};
	return { ...state, utredningar: state.utredningar.map((u) => medBeslutsstatus(u, state)) };
}

/**
 * N3: an utredning closed by its last beslut is still bold while one of its bifall beslut is
 * pågående. Derived here so labels and bold follow the beslut, never stored twice.
 */
function medBeslutsstatus(u: Utredning, state: CaseState): Utredning {
	const egna = state.beslut.filter((b) => b.utredningId === u.id);
	if (!egna.length) return u;
	return { ...u, pagaendeBeslut: egna.some((b) => arBifall(b) && beslutPagar(b, state.idag)) };
}

function andraAnteckning(
	state: CaseState,
	id: string,
	f: (a: Anteckning) => Anteckning
): CaseState {
	return { ...state, anteckningar: state.anteckningar.map((a) => (a.id === id ? f(a) : a)) };
}

function andraVerkstallighet(
	state: CaseState,
	id: string,
	f: (v: Verkstallighet) => Verkstallighet
): CaseState {
	return {
		...state,
		verkstalligheter: state.verkstalligheter.map((v) => (v.id === id ? f(v) : v))
	};
}

function sparaBeslut(state: CaseState, beslut: Beslut[]): CaseState {
	const med = { ...state, beslut: [...state.beslut, ...beslut] };
	// The box Utredning avslutas closes the utredning on that beslut's date (B4).
	const avslutande = beslut.filter((b) => b.utredningAvslutas);
	const utredningar = med.utredningar.map((u) => {
		const sista = avslutande.filter((b) => b.utredningId === u.id).at(-1);
		const ny = sista && !u.slutdatum ? { ...u, slutdatum: sista.beslutsdatum } : u;
		return medBeslutsstatus(ny, med);
	});
	return {
		...med,
		utredningar,
		nasta: { ...state.nasta, beslut: state.nasta.beslut + beslut.length }
	};
}

/**
 * Justera beslutets gtom (V5, E1; reading): closing a verkställighet with the box ticked ends the
 * customer's running bifall beslut of the same insatskategori on the avslutsdatum, so their
 * utredning is no longer bold (N3). LSS Insatser is no insats of its own and ends none.
 */
function justeraBeslutensGtom(state: CaseState, verkId: string, dag: IsoDatum): CaseState {
	const v = state.verkstalligheter.find((x) => x.id === verkId);
	if (!v || v.insatskategori === LSS_INSATSER) return state;
	const traffas = (b: Beslut) =>
		b.pnr === v.pnr &&
		b.insatskategori === v.insatskategori &&
		arBifall(b) &&
		(!b.till || b.till > dag);
	if (!state.beslut.some(traffas)) return state;
	const med = { ...state, beslut: state.beslut.map((b) => (traffas(b) ? { ...b, till: dag } : b)) };
	return { ...med, utredningar: med.utredningar.map((u) => medBeslutsstatus(u, med)) };
}

/** Folds one event into the state. Pure: returns a new state, never mutates. */
export function tillampa(state: CaseState, h: Handelse): CaseState {
	switch (h.typ) {
		case 'KundSokt':
		case 'KirSokt':
		case 'LedtradVisad':
		case 'StegAngrat':
			return state;
		case 'KundOppnad':
			return {
				...state,
				senasteKunder: [h.pnr, ...state.senasteKunder.filter((p) => p !== h.pnr)].slice(0, 10)
			};
		case 'KundRegistrerad':
			return { ...state, kunder: { ...state.kunder, [h.person.pnr]: h.person } };
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
		case 'AktualiseringAndrad': {
			const finns = state.aktualiseringar.find((a) => a.id === h.aktualisering.id);
			// Once an utredning took it in it is locked, as the domain refuses: not even a forged
			// event in an imported file changes it. Its place and status stay the saved ones.
			if (!finns || finns.behandlad) return state;
			const { typ, datum, franVem, ansvarigHandlaggare, organisation } = h.aktualisering;
			const ny: Aktualisering = {
				...finns,
				typ,
				datum,
				franVem,
				ansvarigHandlaggare,
				organisation
			};
			return {
				...state,
				aktualiseringar: state.aktualiseringar.map((a) => (a.id === ny.id ? ny : a))
			};
		}
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
		case 'BeslutSparade':
			return sparaBeslut(state, h.beslut);
		case 'BestallningSparad':
			return {
				...state,
				bestallningar: [...state.bestallningar, h.bestallning],
				nasta: { ...state.nasta, bestallning: state.nasta.bestallning + 1 }
			};
		case 'VerkstallighetSkapad':
			return {
				...state,
				verkstalligheter: [...state.verkstalligheter, h.verkstallighet],
				nasta: { ...state.nasta, verkstallighet: state.nasta.verkstallighet + 1 }
			};
		case 'VerkstallighetAvslutad': {
			const stangd = andraVerkstallighet(state, h.id, (v) => ({
				...v,
				till: h.avslutsdatum,
				pagaende: false,
				justeraGtom: h.justeraGtom,
				avslutsorsak: h.avslutsorsak || undefined
			}));
			return h.justeraGtom ? justeraBeslutensGtom(stangd, h.id, h.avslutsdatum) : stangd;
		}
		case 'VerkstallighetOppnadIgen':
			return andraVerkstallighet(state, h.id, (v) => ({
				...v,
				till: undefined,
				pagaende: true,
				justeraGtom: undefined,
				avslutsorsak: undefined
			}));
		case 'UtforareBytt':
			return andraVerkstallighet(state, h.id, (v) => ({
				...v,
				utforare: h.utforare,
				organisation: h.organisation
			}));
		case 'AnteckningSparad': {
			const finns = state.anteckningar.find((a) => a.id === h.anteckning.id);
			// A signed text is locked (D2): not even a forged event in an imported file changes it
			if (finns?.signerad || finns?.felmarkerad) return state;
			return finns
				? andraAnteckning(state, h.anteckning.id, () => h.anteckning)
				: {
						...state,
						anteckningar: [...state.anteckningar, h.anteckning],
						nasta: { ...state.nasta, anteckning: state.nasta.anteckning + 1 }
					};
		}
		case 'AnteckningSignerad':
			return andraAnteckning(state, h.id, (a) => ({ ...a, signerad: true }));
		case 'AnteckningFelmarkerad':
			return andraAnteckning(state, h.id, (a) => ({ ...a, felmarkerad: true }));
		case 'TexterKopierade':
			return {
				...state,
				urklipp: {
					utredningId: h.utredningId,
					medHandelsedatum: h.medHandelsedatum,
					texter: h.texter
				}
			};
		case 'TexterInklistrade':
			return {
				...state,
				anteckningar: [...state.anteckningar, ...h.anteckningar],
				nasta: { ...state.nasta, anteckning: state.nasta.anteckning + h.anteckningar.length }
			};
		case 'BedomningSparad':
			return {
				...state,
				bedomningar: [...state.bedomningar, h.bedomning],
				nasta: { ...state.nasta, bedomning: state.nasta.bedomning + 1 }
			};
	}
}

/** Replays an attempt: the start state with every event applied in order. */
export function projicera(
	start: Startlage,
	handelser: readonly Handelse[],
	idag?: IsoDatum
): CaseState {
	return utanAngrade(handelser).reduce(tillampa, startState(start, idag));
}
