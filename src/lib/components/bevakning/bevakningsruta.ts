import type { Bevakning, Bevakningsplats } from '$lib/domain/bevakning';
import { NY_STATUS } from '$lib/domain/bevakning';
import type { BevakningUtkast } from '$lib/domain/bevakning-kommandon';
import type { Personnummer } from '$lib/domain/personnummer';

/** What opens the bevakning box: a place to lay a new one at, or one to open (`id`). */
export interface Rutbegaran {
	pnr: Personnummer;
	plats: Bevakningsplats;
	beslutId?: string;
	verkstallighetId?: string;
	/** A bevakning to open (from the list or the camera under the beslut). */
	id?: string;
}

/** A new bevakning's fields: Status Ej påbörjad by itself (W4), the rest for the trainee. */
export function nyttUtkast(): BevakningUtkast {
	return { datum: '', status: NY_STATUS, typAv: '', bevakasAv: '', text: '' };
}

export function utkastAv(b: Bevakning): BevakningUtkast {
	return { datum: b.datum, status: b.status, typAv: b.typAv, bevakasAv: b.bevakasAv, text: b.text };
}

/** The bevakningar tied to the place a request names (W2: the camera under the beslut). */
export function kopplade(alla: readonly Bevakning[], r: Rutbegaran): Bevakning[] {
	if (r.plats === 'beslut') return alla.filter((b) => b.beslutId === r.beslutId);
	if (r.plats === 'verkstallighet')
		return alla.filter((b) => b.verkstallighetId === r.verkstallighetId);
	return alla.filter((b) => b.pnr === r.pnr && b.plats === 'personuppgifter');
}
