import { INSATSER } from '$lib/domain/katalog';
import type { TradNod } from '$lib/components/widgets/trad';

/**
 * The families of the Insatser dialog's tree, named after the insatskategori each insats is
 * ordered under (section 7). Family names must differ from insats names: `Personlig assistans`
 * and `Daglig verksamhet` are insatser too, and a tree row is found by its label alone.
 */
export const INSATSFAMILJER: { namn: string; insatser: readonly string[] }[] = [
	{
		namn: 'Personlig ass LSS',
		insatser: ['Biträde av assistans', 'Personlig assistans', 'Pers ass tillf utök']
	},
	{
		namn: 'Rekrytering LSS-insatser',
		insatser: [
			'Ledsagarservice',
			'Kontaktperson',
			'Avlösarservice',
			'Stödfamilj 1',
			'Stödfamilj 2',
			'Stödfamilj 3'
		]
	},
	{ namn: 'Tillsyn-insatser LSS', insatser: ['Korttidstillsyn'] },
	{
		namn: 'Korttidsvistelse-insatser LSS',
		insatser: ['Korttidsvistelse 1', 'Korttidsvistelse 2', 'Korttidsvistelse 3']
	},
	{ namn: 'Boende-insatser LSS', insatser: ['Bostad barn och ungdom', 'Boende vuxna LSS'] },
	{ namn: 'Daglig verksamhet LSS', insatser: ['Daglig verksamhet'] }
];

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
	for (const f of INSATSFAMILJER) {
		const barn = f.insatser.filter((i) => kanda.has(i) && !placerade.has(i));
		barn.forEach((i) => placerade.add(i));
		if (barn.length)
			noder.push({ id: FAMILJ + f.namn, etikett: f.namn, oppen: true, barn: barn.map(lov) });
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

/** Valda insatser after moving one over: appended once, never twice. */
export function laggTill(valda: readonly string[], insats: string | null): string[] {
	return insats && !valda.includes(insats) ? [...valda, insats] : [...valda];
}
