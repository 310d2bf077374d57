import type { Bevakning, Bevakningsplats, Bevakningsstatus } from './bevakning';
import type { IsoDatum } from './datum';
import { laggTillBevakningskommandon, type Bevakningskommando } from './kommandon';
import type { CaseState } from './model';
import type { Personnummer } from './personnummer';
import { kravDatum, nej, type Avslag, type Utfall } from './utfall';

/** The box's fields, as the form holds them (W3–W7). */
export interface BevakningUtkast {
	datum: string;
	status: Bevakningsstatus;
	typAv: string;
	bevakasAv: string;
	text: string;
}

/** Ny bevakning from the camera at a place (W2): OK in the box. */
export type LaggBevakning = BevakningUtkast & {
	typ: 'laggBevakning';
	pnr: Personnummer;
	plats: Bevakningsplats;
	beslutId?: string;
	verkstallighetId?: string;
};

/** A bevakning opened again (from the list or the beslut's camera) and saved with new values. */
export type AndraBevakning = BevakningUtkast & { typ: 'andraBevakning'; id: string };

/** A bevakning removed (for Avsluta ärenden: those that were not handled). */
export type TaBortBevakning = { typ: 'taBortBevakning'; id: string };

/** The manual's OBS under Bevakningsdatum (W3), quoted in the refusal. */
export const BAKAT_I_TIDEN = 'OBS: datum bakåt i tiden inte kan användas.';

/**
 * What Procapita refuses in the box: a Bevakningsdatum that is no date or lies before today
 * (W3), and an empty Bevakning typ av or Bevakas av. `forra` is the date already saved: a
 * bevakning whose day has passed can still be handled (set Klar) without moving its date.
 */
function faltfel(u: BevakningUtkast, idag: IsoDatum, forra?: IsoDatum): Avslag | null {
	const fel = kravDatum(u.datum, 'Bevakningsdatum');
	if (fel) return fel;
	if (u.datum < idag && u.datum !== forra)
		return nej(
			`Bevakningsdatum ${u.datum} ligger bakåt i tiden (idag är ${idag}). ${BAKAT_I_TIDEN}`,
			'Bevakningsdatum'
		);
	if (!u.typAv) return nej('Bevakning typ av måste väljas.', 'Bevakning typ av');
	if (!u.bevakasAv) return nej('Bevakas av måste väljas.', 'Bevakas av');
	return null;
}

const falten = (u: BevakningUtkast) => ({
	datum: u.datum,
	status: u.status,
	typAv: u.typAv,
	bevakasAv: u.bevakasAv,
	text: u.text
});

export function laggBevakning(state: CaseState, k: LaggBevakning): Utfall {
	if (k.plats === 'beslut' && !state.beslut.some((b) => b.id === k.beslutId && b.pnr === k.pnr))
		return nej('Beslutet finns inte hos kunden.');
	if (
		k.plats === 'verkstallighet' &&
		!state.verkstalligheter.some((v) => v.id === k.verkstallighetId && v.pnr === k.pnr)
	)
		return nej('Verkställigheten finns inte hos kunden.');
	const fel = faltfel(k, state.idag);
	if (fel) return fel;
	const bevakning: Bevakning = {
		id: `bev-${state.nasta.bevakning}`,
		pnr: k.pnr,
		plats: k.plats,
		...(k.plats === 'beslut' ? { beslutId: k.beslutId } : {}),
		...(k.plats === 'verkstallighet' ? { verkstallighetId: k.verkstallighetId } : {}),
		...falten(k)
	};
	return { ok: true, handelser: [{ typ: 'BevakningLagd', bevakning }] };
}

export function andraBevakning(state: CaseState, k: AndraBevakning): Utfall {
	const b = state.bevakningar.find((x) => x.id === k.id);
	if (!b) return nej('Bevakningen finns inte.');
	const fel = faltfel(k, state.idag, b.datum);
	if (fel) return fel;
	return { ok: true, handelser: [{ typ: 'BevakningAndrad', bevakning: { ...b, ...falten(k) } }] };
}

export function taBortBevakning(state: CaseState, k: TaBortBevakning): Utfall {
	if (!state.bevakningar.some((x) => x.id === k.id)) return nej('Bevakningen finns inte.');
	return { ok: true, handelser: [{ typ: 'BevakningBorttagen', id: k.id }] };
}

function utforBevakning(state: CaseState, k: Bevakningskommando): Utfall {
	if (k.typ === 'laggBevakning') return laggBevakning(state, k);
	if (k.typ === 'andraBevakning') return andraBevakning(state, k);
	return taBortBevakning(state, k);
}

// kommandon.ts dispatches section 12's commands here once this module is loaded (see there)
laggTillBevakningskommandon(utforBevakning);
