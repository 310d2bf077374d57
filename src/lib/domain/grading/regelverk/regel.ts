import type { Scenario } from '../../../schemas/scenario';
import type { Regel } from '../typer';

/** A rule as a builder writes it: the scoring fields default as in a scenario's raw rules. */
export type RegelUtkast = Omit<Regel, 'kategori' | 'vikt' | 'kritisk'> &
	Partial<Pick<Regel, 'kategori' | 'vikt' | 'kritisk'>>;

/** Completes a builder's rule with the defaults the scenario schema gives raw rules. */
export function regel(u: RegelUtkast): Regel {
	return { kategori: 'system', vikt: 1, kritisk: false, ...u };
}

/** Turns a scenario's expectations into concrete rules (one rule set of rules.md). */
export type RegelByggare = (scenario: Scenario) => Regel[];
