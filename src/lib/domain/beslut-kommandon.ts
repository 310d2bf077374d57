import { NIVAER, type Beslut, type Bestallning, type Niva, type TimmarPerPeriod } from './beslut';
import type { IsoDatum } from './datum';
import type { CaseState } from './model';
import type { Personnummer } from './personnummer';
import { PERIODER, tolkaTimmar, type Period } from './timmar';
import { kravDatum, kravSlut, nej, type Avslag, type Utfall } from './utfall';

/** Hours typed in a field, with its period; empty means none. */
export function lasTimmar(
	text: string,
	period: string,
	falt: string
): { ok: true; varde?: TimmarPerPeriod } | Avslag {
	if (!text.trim()) return { ok: true };
	const t = tolkaTimmar(text);
	if (!t.ok) return nej(`${falt}: ${t.fel}`, falt);
	if (!PERIODER.includes(period as Period)) return nej(`Välj period för ${falt}.`, falt);
	return { ok: true, varde: { ...t.varde, period: period as Period } };
}

/** The fields of one beslut as the Beslut tab holds them (B1–B7). */
export interface BeslutUtkast {
	insatskategori: string;
	beslut: string;
	beslutsdatum: string;
	fran: string;
	till: string;
	beslutsfattare: string;
	organisation: string;
	personkrets: string;
	niva: string;
	timmar: string;
	period: string;
	utredningAvslutas: boolean;
}

export type SparaBeslut = {
	typ: 'sparaBeslut';
	pnr: Personnummer;
	utredningId: string;
	utkast: BeslutUtkast[];
};

/** Spara in the Beslut tab: every beslut filled in, at once (B4). */
export function sparaBeslut(state: CaseState, k: SparaBeslut): Utfall {
	const u = state.utredningar.find((x) => x.id === k.utredningId && x.pnr === k.pnr);
	if (!u) return nej('Utredningen finns inte hos kunden.');
	if (u.slutdatum) return nej('Utredningen är avslutad: det går inte att fatta fler beslut i den.');
	if (!k.utkast.length) return nej('Det finns inget beslut att spara.');
	const beslut: Beslut[] = [];
	let n = state.nasta.beslut;
	for (const [i, d] of k.utkast.entries()) {
		const nr = k.utkast.length > 1 ? ` (beslut ${i + 1})` : '';
		const med = (a: Avslag): Avslag => ({ ...a, fel: a.fel + nr });
		if (!d.insatskategori) return med(nej('Insatskategori måste väljas.', 'Insatskategori'));
		if (!d.beslut) return med(nej('Beslut måste väljas.', 'Beslut'));
		const fel =
			kravDatum(d.beslutsdatum, 'Beslutsdatum') ??
			kravDatum(d.fran, 'Gäller fr.o.m.') ??
			kravSlut(d.fran, d.till, 'Gäller t.o.m.');
		if (fel) return med(fel);
		const timmar = lasTimmar(d.timmar, d.period, 'Antal timmar');
		if (!timmar.ok) return med(timmar);
		if (d.niva && !NIVAER.includes(d.niva as Niva)) return med(nej('Okänd nivå.', 'Nivå'));
		beslut.push({
			id: `beslut-${n++}`,
			pnr: k.pnr,
			utredningId: k.utredningId,
			insatskategori: d.insatskategori,
			beslut: d.beslut,
			beslutsdatum: d.beslutsdatum,
			fran: d.fran,
			...(d.till ? { till: d.till } : {}),
			beslutsfattare: d.beslutsfattare,
			organisation: d.organisation,
			...(d.personkrets ? { personkrets: d.personkrets } : {}),
			...(d.niva ? { niva: d.niva as Niva } : {}),
			...(timmar.varde ? { timmar: timmar.varde } : {}),
			utredningAvslutas: d.utredningAvslutas
		});
	}
	return { ok: true, handelser: [{ typ: 'BeslutSparade', beslut }] };
}

/** The fields of the Beställning tab (O1–O5). */
export interface BestallningUtkast {
	/** The chosen beslut's id, or '' for `<ingen>`. */
	beslutId: string;
	insatskategori: string;
	utforare: string;
	utforarensOrganisation: string;
	insatser: string[];
	kvantitet: string;
	period: string;
	fran: string;
	till: string;
	bestalltDatum: string;
	bestallningstext: string;
	/**
	 * Beslutsfattare/beställare and its Organisation (R2); '' or absent when left empty (a draft
	 * from before the fields existed has neither).
	 */
	beslutsfattare?: string;
	beslutsfattarensOrganisation?: string;
}

export type SparaBestallning = {
	typ: 'sparaBestallning';
	pnr: Personnummer;
	/** The beslut whose Beställning tab this is. */
	franBeslutId: string;
	utkast: BestallningUtkast;
	/** Kopiera beställning (R2): the beställning copied, which then ends the day before (R3). */
	kopieradFran?: string;
};

/** Spara in the Beställning tab sends the beställning to the utförare (O5). */
export function sparaBestallning(state: CaseState, k: SparaBestallning): Utfall {
	const fran = state.beslut.find((b) => b.id === k.franBeslutId && b.pnr === k.pnr);
	if (!fran) return nej('Beslutet finns inte hos kunden.');
	if (k.kopieradFran && !state.bestallningar.some((b) => b.id === k.kopieradFran))
		return nej('Beställningen som kopierades finns inte längre.');
	const d = k.utkast;
	if (d.beslutId && !state.beslut.some((b) => b.id === d.beslutId && b.pnr === k.pnr))
		return nej('Det valda beslutet finns inte hos kunden.', 'Beslut');
	if (!d.insatskategori) return nej('Insatskategori måste väljas.', 'Insatskategori');
	if (!d.utforare) return nej('Utförare måste väljas.', 'Utförare');
	const fel =
		kravDatum(d.fran, 'Beställningen gäller fr.o.m.') ??
		kravSlut(d.fran, d.till, 'Beställningen gäller t.o.m.') ??
		kravDatum(d.bestalltDatum, 'Beställt datum');
	if (fel) return fel;
	const kvantitet = lasTimmar(d.kvantitet, d.period, 'Beställd kvantitet');
	if (!kvantitet.ok) return kvantitet;
	const bestallning: Bestallning = {
		id: `best-${state.nasta.bestallning}`,
		pnr: k.pnr,
		utredningId: fran.utredningId,
		beslutId: d.beslutId || null,
		franBeslutId: fran.id,
		insatskategori: d.insatskategori,
		utforare: d.utforare,
		utforarensOrganisation: d.utforarensOrganisation,
		insatser: [...d.insatser],
		...(kvantitet.varde ? { kvantitet: kvantitet.varde } : {}),
		fran: d.fran as IsoDatum,
		...(d.till ? { till: d.till } : {}),
		bestalltDatum: d.bestalltDatum,
		bestallningstext: d.bestallningstext,
		bekraftad: false,
		// only when filled in, so a beställning saved before these fields existed replays the same
		...(d.beslutsfattare ? { beslutsfattare: d.beslutsfattare } : {}),
		...(d.beslutsfattarensOrganisation
			? { beslutsfattarensOrganisation: d.beslutsfattarensOrganisation }
			: {}),
		...(k.kopieradFran ? { kopieradFran: k.kopieradFran } : {})
	};
	return { ok: true, handelser: [{ typ: 'BestallningSparad', bestallning }] };
}

/** The Bedömning form (O9). */
export type SparaBedomning = {
	typ: 'sparaBedomning';
	pnr: Personnummer;
	utredningId: string;
	metod: string;
	utforsAv: string;
	datum: string;
	nivaer: Record<string, string>;
	kommentar: string;
	lssInsatserVerkstallighetId: string | null;
};

export function sparaBedomning(state: CaseState, k: SparaBedomning): Utfall {
	if (!state.utredningar.some((u) => u.id === k.utredningId && u.pnr === k.pnr))
		return nej('Utredningen finns inte hos kunden.');
	if (!k.metod) return nej('Metod/Instrument måste väljas.', 'Metod/Instrument');
	const fel = kravDatum(k.datum, 'Datum');
	if (fel) return fel;
	if (
		k.lssInsatserVerkstallighetId &&
		!state.verkstalligheter.some((v) => v.id === k.lssInsatserVerkstallighetId && v.pnr === k.pnr)
	)
		return nej('Verkställigheten finns inte hos kunden.', 'LSS Insatser');
	const { typ: _typ, ...resten } = k;
	void _typ;
	return {
		ok: true,
		handelser: [
			{
				typ: 'BedomningSparad',
				bedomning: { id: `bed-${state.nasta.bedomning}`, ...resten, nivaer: { ...k.nivaer } }
			}
		]
	};
}
