/**
 * The tree of the Insatser box, built from the catalog: each insats under the insatskategori of
 * its row in section 7's table (`INSATSGRUPPER`). Family names must differ from insats names:
 * `Personlig assistans` and `Daglig verksamhet` are insatser too, and a tree row is found by its
 * label alone.
 */
import { INSATSER, INSATSGRUPPER } from '$lib/domain/katalog';
import type { TradNod } from '$lib/components/widgets/trad';

/** Where a catalog insats with no family lands, so a new catalog entry is never hidden. */
export const OVRIGA_INSATSER = 'Övriga insatser';

const INSATS = 'insats:';
const FAMILJ = 'familj:';

/** The tree of the Insatser dialog: families expanded, every catalog insats once. */
export function insatsTrad(insatser: readonly string[] = INSATSER): TradNod[] {
	const kanda = new Set(insatser);
	const placerade = new Set<string>();
	const lov = (namn: string): TradNod => ({ id: INSATS + namn, etikett: namn });
	const noder: TradNod[] = [];
	for (const f of INSATSGRUPPER) {
		const barn = f.insatser.filter((i) => kanda.has(i) && !placerade.has(i));
		barn.forEach((i) => placerade.add(i));
		if (barn.length) {
			const namn = f.insatskategori;
			noder.push({ id: FAMILJ + namn, etikett: namn, oppen: true, barn: barn.map(lov) });
		}
	}
	const ovriga = insatser.filter((i) => !placerade.has(i));
	if (ovriga.length)
		noder.push({
			id: FAMILJ + OVRIGA_INSATSER,
			etikett: OVRIGA_INSATSER,
			oppen: true,
			barn: ovriga.map(lov)
		});
	return noder;
}

/** The insats a tree row stands for, or null for a family row (which cannot be chosen). */
export function insatsForNod(id: string | undefined): string | null {
	return id?.startsWith(INSATS) ? id.slice(INSATS.length) : null;
}
