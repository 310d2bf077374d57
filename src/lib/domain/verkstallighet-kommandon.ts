import { kravDatum, nej, type Utfall } from './utfall';
import type { CaseState } from './model';
import type { Personnummer } from './personnummer';

/** Skapa ny verkställighet, OK then Spara (V1–V3). */
export type SkapaVerkstallighet = {
	typ: 'skapaVerkstallighet';
	pnr: Personnummer;
	insatskategori: string;
	utforare: string;
	organisation: string;
	fran: string;
};

export function skapaVerkstallighet(state: CaseState, k: SkapaVerkstallighet): Utfall {
	if (!k.insatskategori) return nej('Insatskategori måste väljas.', 'Insatskategori');
	if (!k.utforare) return nej('Utförare måste väljas.', 'Utförare');
	if (!k.organisation) return nej('Organisation måste väljas.', 'Organisation');
	const fel = kravDatum(k.fran, 'Gäller fr.o.m.');
	if (fel) return fel;
	return {
		ok: true,
		handelser: [
			{
				typ: 'VerkstallighetSkapad',
				verkstallighet: {
					id: `verk-${state.nasta.verkstallighet}`,
					pnr: k.pnr,
					insatskategori: k.insatskategori,
					utforare: k.utforare,
					organisation: k.organisation,
					fran: k.fran,
					pagaende: true
				}
			}
		]
	};
}

/** The box behind Avsluta verkställighet: close it (V5), or reopen a closed one (V6). */
export type AvslutaVerkstallighet = {
	typ: 'avslutaVerkstallighet';
	id: string;
	oppnaAvslutad: boolean;
	avslutsdatum: string;
	justeraGtom: boolean;
	avslutsorsak: string;
};

export function avslutaVerkstallighet(state: CaseState, k: AvslutaVerkstallighet): Utfall {
	const v = state.verkstalligheter.find((x) => x.id === k.id);
	if (!v) return nej('Verkställigheten finns inte.');
	if (k.oppnaAvslutad) {
		if (v.pagaende) return nej('Verkställigheten är redan öppen.', 'Öppna avslutad verkställighet');
		return { ok: true, handelser: [{ typ: 'VerkstallighetOppnadIgen', id: v.id }] };
	}
	if (!v.pagaende) return nej('Verkställigheten är redan avslutad.', 'Avslutsdatum');
	const fel = kravDatum(k.avslutsdatum, 'Avslutsdatum');
	if (fel) return fel;
	if (k.avslutsdatum < v.fran)
		return nej(
			`Avslutsdatum (${k.avslutsdatum}) ligger före verkställighetens start (${v.fran}).`,
			'Avslutsdatum'
		);
	return {
		ok: true,
		handelser: [
			{
				typ: 'VerkstallighetAvslutad',
				id: v.id,
				avslutsdatum: k.avslutsdatum,
				justeraGtom: k.justeraGtom,
				avslutsorsak: k.avslutsorsak
			}
		]
	};
}

/** Byte av utförare/organisation (V8). */
export type BytUtforare = {
	typ: 'bytUtforare';
	id: string;
	utforare: string;
	organisation: string;
};

export function bytUtforare(state: CaseState, k: BytUtforare): Utfall {
	if (!state.verkstalligheter.some((v) => v.id === k.id))
		return nej('Verkställigheten finns inte.');
	if (!k.utforare) return nej('Utförare måste väljas.', 'Utförare');
	if (!k.organisation) return nej('Organisation måste väljas.', 'Organisation');
	return {
		ok: true,
		handelser: [
			{ typ: 'UtforareBytt', id: k.id, utforare: k.utforare, organisation: k.organisation }
		]
	};
}
