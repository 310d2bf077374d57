import type { Steg } from '../../schemas/facit';

/**
 * Ids for a facit recorded in the browser (Spela in facit in Scenarioverkstad). A variant is
 * written as its difference from the facit, by the ids of the steps it changes, removes or adds
 * beside; a trainer with no checkout cannot add an id by hand before recording a variant, so
 * every step of an own scenario's facit gets one, read from what the step does: `sok-kund` for
 * the step that fills Sök kund, `spara` for a click on Spara, `spara-2` for the next.
 */

/** a–z, 0–9 and hyphens, as an id must be: å, ä and é lose their marks; at most four words. */
export function slug(text: string): string {
	const ord = text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	return ord.slice(0, 4).join('-') || 'steg';
}

/** What the step is named after: the first field it fills, the menu item, or the control. */
function namnFor(s: Steg): string {
	if ('fyll' in s) return Object.keys(s.fyll)[0] ?? 'fyll';
	if ('hogerklicka' in s) return s.valj;
	if ('klicka' in s) return s.klicka.namn;
	return s.dubbelklicka.namn;
}

/** The steps, each without an id given one no other step has; the ids already there are kept. */
export function medIdn(steg: readonly Steg[]): Steg[] {
	const tagna = new Set(steg.flatMap((s) => (s.id ? [s.id] : [])));
	return steg.map((s) => {
		if (s.id) return s;
		const bas = slug(namnFor(s).replace(/\*$/, ''));
		let id = bas;
		for (let n = 2; tagna.has(id); n++) id = `${bas}-${n}`;
		tagna.add(id);
		// id first, as the shipped facits write it
		return { id, ...s };
	});
}
