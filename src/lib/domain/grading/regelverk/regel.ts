import type { Scenario } from '../../../schemas/scenario';
import { arAvgorande, type Kontroll } from '../avgorande';
import type { Regel } from '../typer';

/**
 * A rule as a builder writes it: the scoring fields default as in a scenario's raw rules, and
 * instead of `kritisk` the kind of thing it checks, which the table of avgorande.ts turns into
 * `kritisk`.
 */
export type RegelUtkast = Omit<Regel, 'kategori' | 'vikt' | 'kritisk' | 'kontroll'> &
	Partial<Pick<Regel, 'kategori' | 'vikt'>> & { kontroll: Kontroll };

/** Completes a builder's rule: the raw rules' defaults, and `kritisk` from its kind. */
export function regel(u: RegelUtkast): Regel {
	return { kategori: 'system', vikt: 1, ...u, kritisk: arAvgorande(u.kontroll) };
}

/** Turns a scenario's expectations into concrete rules (one rule set of rules.md). */
export type RegelByggare = (scenario: Scenario) => Regel[];
