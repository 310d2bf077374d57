import type { BeslutUtkast, BestallningUtkast } from '../../src/lib/domain/beslut-kommandon';
import { LSS_MYNDIGHET } from '../../src/lib/domain/katalog';
import type { Korning } from './korning';
import {
	beslut,
	bestall as bestallSteg,
	oppnaVerkstallighet as oppnaVerkstallighetSteg,
	sparaBeslut
} from './steg';

// The trainee's clicks for rules.md sections 5–8 (Beslut, Beställning, Verkställighet), as
// commands through the real domain. The helpers fill a form the way the mock opens it (period
// Vecka, Utredning avslutas ticked, Utförarens organisation from the utförare), so a recipe
// only states what the trainee types or changes.

type Beslutsfalt = Partial<BeslutUtkast> & Pick<BeslutUtkast, 'beslut' | 'insatskategori'>;

// Thin adapters over the shared steps (steg.ts), keeping this file's call shape: the trainee
// is the beslutsfattare and the hours field starts in Vecka, as in the mock.

/** Searches the customer by personnummer in the right century and opens them. */
export function oppnaKund(k: Korning, pnr: string): void {
	k.sok(pnr, pnr.startsWith('19') ? '19' : '20');
	k.oppna(pnr);
}

/** The Beslut tab: one sheet per beslut (Ny between them), then one Spara. Returns their ids. */
export function fattaBeslut(
	k: Korning,
	_pnr: string,
	utredningId: string,
	blad: Beslutsfalt[]
): string[] {
	const utkast = blad.map((b) =>
		beslut({
			beslutsdatum: '',
			fran: '',
			beslutsfattare: k.scenario.roll.namn,
			period: 'Vecka',
			...b
		})
	);
	return sparaBeslut(k, utkast, utredningId);
}

type Bestallningsfalt = Partial<BestallningUtkast> &
	Pick<BestallningUtkast, 'insatskategori' | 'utforare' | 'insatser' | 'fran'>;

/** The Beställning tab of beslut `franBeslutId`, that beslut chosen in Beslut unless stated, Spara. */
export function bestall(
	k: Korning,
	_pnr: string,
	franBeslutId: string,
	falt: Bestallningsfalt
): void {
	bestallSteg(k, franBeslutId, { period: 'Vecka', ...falt });
}

/** Verkställighet (lov) → Skapa ny verkställighet, OK, Spara. */
export function oppnaVerkstallighet(
	k: Korning,
	_pnr: string,
	insatskategori: string,
	utforare: string,
	fran: string
): void {
	oppnaVerkstallighetSteg(k, fran, { insatskategori, utforare, organisation: LSS_MYNDIGHET });
}

export const PA_KATEGORI = 'Personlig ass LSS';
export const KOMMUNAL_PA = 'Enhetschef, Personlig Assistans';
export const EGET_VAL = 'Lss, Eget Val';
export const REKRYTERING = 'Rekrytering LSS-insatser';
export const REKRYTERINGSHANDLAGGARE = 'Lss, Rekryteringshandläggare';
/** Both the Insatskategori of every avslag (B1) and the name of the verkställighet (V2). */
export const LSS_INSATSER = 'LSS Insatser';
