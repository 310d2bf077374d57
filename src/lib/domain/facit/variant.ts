import type { Facit, Steg, Variant } from '../../schemas/facit';

/** A variant that cannot be applied: each line names the field and the step id it points at. */
export class VariantFel extends Error {
	constructor(readonly rader: string[]) {
		super(rader.join('\n'));
		this.name = 'VariantFel';
	}
}

function idn(steg: readonly Steg[]): Set<string> {
	return new Set(steg.flatMap((s) => (s.id ? [s.id] : [])));
}

/**
 * The steps of `variant`: the facit's with its changes made, in this order: `falt`, `byt`,
 * `ta-bort`, `fore`, `efter`, `sluta-efter`. Every id a change names must be a step of the
 * facit, so a renamed step cannot turn a variant silently into the facit itself.
 */
export function variantSteg(facit: Facit, namn: string, variant: Variant): Steg[] {
	const finns = idn(facit.steg);
	const fel: string[] = [];
	const kolla = (falt: string, id: string) => {
		if (!finns.has(id))
			fel.push(`varianter.${namn}.${falt}: steget "${id}" finns inte i steg (ge steget id: ${id})`);
	};
	for (const id of Object.keys(variant.falt ?? {})) {
		kolla(`falt.${id}`, id);
		const s = facit.steg.find((x) => x.id === id);
		if (s && !('fyll' in s))
			fel.push(
				`varianter.${namn}.falt.${id}: steget "${id}" fyller inga fält (falt gäller fyll-steg)`
			);
	}
	for (const id of Object.keys(variant.byt ?? {})) kolla(`byt.${id}`, id);
	for (const id of variant['ta-bort'] ?? []) kolla('ta-bort', id);
	for (const id of Object.keys(variant.fore ?? {})) kolla(`fore.${id}`, id);
	for (const id of Object.keys(variant.efter ?? {})) kolla(`efter.${id}`, id);
	if (variant['sluta-efter']) kolla('sluta-efter', variant['sluta-efter']);
	if (fel.length > 0) throw new VariantFel(fel);

	const borttagna = new Set(variant['ta-bort'] ?? []);
	const ut: Steg[] = [];
	for (const s of facit.steg) {
		const id = s.id ?? '';
		ut.push(...(variant.fore?.[id] ?? []));
		if (!borttagna.has(id)) {
			const ersatt = variant.byt?.[id];
			if (ersatt) ut.push(...ersatt);
			else ut.push(medFalt(s, variant.falt?.[id]));
		}
		ut.push(...(variant.efter?.[id] ?? []));
		if (id && id === variant['sluta-efter']) break;
	}
	return ut;
}

function medFalt(s: Steg, andrat: Record<string, string | boolean | null> | undefined): Steg {
	if (!andrat || !('fyll' in s)) return s;
	const fyll: Record<string, string | boolean> = { ...s.fyll };
	for (const [falt, v] of Object.entries(andrat)) {
		if (v === null) delete fyll[falt];
		else fyll[falt] = v;
	}
	return { ...s, fyll };
}
