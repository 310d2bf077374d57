/**
 * The commands of rules.md section 13's other tasks: Hushåll (E2), Utskrift (E5, O6's print
 * step), Kundlista (E3) and Skanning (E7). Each refuses only what Procapita would refuse; what
 * a trainee may do wrong (the wrong person, the wrong beslut printed) is accepted and graded.
 */
import type { CaseState, HushallsMedlem, Infogningsplats } from './model';
import { luhnOk, type Personnummer } from './personnummer';
import { nej, type Utfall } from './utfall';
import type { UtskrivetDokument, Utskriftsslag } from './utskrift';

/** Spara in the tab Hushåll (E2): the members as the tab lists them, and the registerledare. */
export type SparaHushall = {
	typ: 'sparaHushall';
	pnr: Personnummer;
	medlemmar: HushallsMedlem[];
	registerledare: Personnummer;
};

export function sparaHushall(_state: CaseState, k: SparaHushall): Utfall {
	const sedda = new Set<string>();
	for (const m of k.medlemmar) {
		if (!/^\d{12}$/.test(m.pnr) || !luhnOk(m.pnr))
			return nej(`Personnumret ${m.pnr} är inte giltigt.`, 'Personnummer');
		if (m.pnr === k.pnr) return nej('Kunden kan inte läggas till i sitt eget hushåll.');
		if (sedda.has(m.pnr)) return nej(`${m.namn} finns redan i hushållet.`);
		sedda.add(m.pnr);
	}
	if (k.registerledare !== k.pnr && !sedda.has(k.registerledare))
		return nej('Registerledare ska vara någon i hushållet.', 'Registerledare');
	return {
		ok: true,
		handelser: [
			{
				typ: 'HushallSparat',
				pnr: k.pnr,
				medlemmar: k.medlemmar.map((m) => ({ ...m })),
				registerledare: k.registerledare
			}
		]
	};
}

/** The printer in the preview, then Skriv ut in Välj skrivare (E5). */
export type SkrivUt = {
	typ: 'skrivUt';
	pnr: Personnummer;
	vad: Utskriftsslag;
	dokument: UtskrivetDokument[];
	mall: string;
	skrivare: string;
};

export function skrivUt(_state: CaseState, k: SkrivUt): Utfall {
	if (!k.dokument.length) return nej('Välj vad som ska skrivas ut.');
	if (!k.mall) return nej('Välj en mall i CDS.', 'Mall');
	if (!k.skrivare) return nej('Välj skrivare.', 'Skrivare');
	return {
		ok: true,
		handelser: [
			{
				typ: 'DokumentUtskrivet',
				pnr: k.pnr,
				vad: k.vad,
				dokument: k.dokument.map((d) => ({ ...d })),
				mall: k.mall,
				skrivare: k.skrivare
			}
		]
	};
}

/** The star: Lägg till puts the open customer in the Kundlista, Ta bort takes one out (E3). */
export type AndraKundlista = {
	typ: 'andraKundlista';
	pnr: Personnummer;
	atgard: 'laggTill' | 'taBort';
};

export function andraKundlista(state: CaseState, k: AndraKundlista): Utfall {
	const finns = state.kundlista.includes(k.pnr);
	if (k.atgard === 'laggTill' && finns) return nej('Kunden finns redan i kundlistan.');
	if (k.atgard === 'taBort' && !finns) return nej('Kunden finns inte i kundlistan.');
	return { ok: true, handelser: [{ typ: 'KundlistaAndrad', pnr: k.pnr, atgard: k.atgard }] };
}

/** The box infoga in the tab Infoga dokument: a scanned document fetched in (E7). */
export type InfogaDokument = {
	typ: 'infogaDokument';
	pnr: Personnummer;
	plats: Infogningsplats;
	dokumentId: string;
};

export function infogaDokument(state: CaseState, k: InfogaDokument): Utfall {
	if (!k.dokumentId) return nej('Välj ett dokument i mappen skannade dokument.');
	const finns =
		'utredningId' in k.plats
			? state.utredningar.some((u) => 'utredningId' in k.plats && u.id === k.plats.utredningId)
			: state.verkstalligheter.some(
					(v) => 'verkstallighetId' in k.plats && v.id === k.plats.verkstallighetId
				);
	if (!finns) return nej('Utredningen eller verkställigheten finns inte hos kunden.');
	return {
		ok: true,
		handelser: [
			{ typ: 'DokumentInfogat', pnr: k.pnr, plats: { ...k.plats }, dokumentId: k.dokumentId }
		]
	};
}
