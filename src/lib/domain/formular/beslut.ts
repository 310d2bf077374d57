import type { BeslutUtkast } from '../beslut-kommandon';
import { STANDARDPERIOD } from '../timmar';

/**
 * The Beslut tab's form (B1–B7) as Procapita proposes it: a new beslut from Ny, and how the list
 * of beslut waiting for Spara names each one.
 */

/**
 * An empty beslut as Ny gives it: nothing chosen, the hours field in its starting period, and
 * Utredning avslutas ticked (rules.md reading 15: the manual says to untick it).
 */
export function proposeBeslut(): BeslutUtkast {
	return {
		insatskategori: '',
		beslut: '',
		beslutsdatum: '',
		fran: '',
		till: '',
		beslutsfattare: '',
		organisation: '',
		personkrets: '',
		niva: '',
		timmar: '',
		period: STANDARDPERIOD,
		utredningAvslutas: true
	};
}

/** The draft list's name for one beslut: `2. LSS Ledsagarservice Bifall 2025-03-10`. */
export function labelBeslutUtkast(u: BeslutUtkast, i: number): string {
	return `${i + 1}. ${u.beslut || 'Nytt beslut'}${u.beslutsdatum ? ' ' + u.beslutsdatum : ''}`;
}
