import type { REGELVERK, Scenario } from '../../../schemas/scenario';
import { tillampaAvgorande } from '../avgorande';
import type { Regel } from '../typer';
import { aktualiseringsregler } from './aktualisering';
import { avbrottsregler, borttagningsregler } from './avbrott';
import { bekraftelseregler } from './bekraftelse';
import { bedomningsregler } from './bedomning';
import { beslutsregler } from './beslut';
import { bestallningsregler } from './bestallning';
import { bevakningsregler } from './bevakning';
import { dokumentationsregler } from './dokumentation';
import { kontaktregler } from './kontakt';
import { lassregler } from './lass';
import { ordningsregler } from './ordning';
import { hushallsregler, utskriftsregler } from './ovrigt';
import type { RegelByggare } from './regel';
import { registreringsregler } from './registrering';
import { slutlagesregler } from './slutlage';
import { sokningsregler } from './sokning';
import { utredningsregler } from './utredning';
import { verkstallighetsregler } from './verkstallighet';

/** The shared rule sets a scenario may name in `regelverk`, by name. */
export const REGELVERK_BYGGARE: Record<(typeof REGELVERK)[number], RegelByggare> = {
	registrering: registreringsregler,
	sokning: sokningsregler,
	aktualisering: aktualiseringsregler,
	utredning: utredningsregler,
	ordning: ordningsregler,
	beslut: beslutsregler,
	bestallning: bestallningsregler,
	verkstallighet: verkstallighetsregler,
	dokumentation: dokumentationsregler,
	bedomning: bedomningsregler,
	bevakning: bevakningsregler,
	slutlage: slutlagesregler,
	kontakt: kontaktregler,
	lass: lassregler,
	bekraftelse: bekraftelseregler,
	borttagning: borttagningsregler,
	avbrott: avbrottsregler,
	hushall: hushallsregler,
	utskrift: utskriftsregler
};

/**
 * Every rule a scenario is graded by: its named rule sets (each once), with the scenario's
 * `avgorande` applied, then its raw rules. Throws `AvgorandeFel` for an override that names no
 * rule of the rule sets.
 */
export function byggRegler(scenario: Scenario): Regel[] {
	const namn = [...new Set(scenario.regelverk)];
	const byggda = namn.flatMap((n) => REGELVERK_BYGGARE[n](scenario));
	return [...tillampaAvgorande(scenario, byggda), ...scenario.regler];
}
