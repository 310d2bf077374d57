import { genereraVarld, type Varld } from './generera';
import { TVILLINGAR } from './reserverade-pnr';
import { VARLD_PNR } from './varld-pnr';

/**
 * The app's default world. This module carries the shipped numbers, so the app reaches it only
 * through a dynamic import when an empty database is seeded.
 */
export function standardVarld(): Varld {
	return genereraVarld(VARLD_PNR, { tvillingar: TVILLINGAR });
}
