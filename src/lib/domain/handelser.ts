import type { Bedomning, Beslut, Bestallning } from './beslut';
import type { Bevakning } from './bevakning';
import type { Anteckning, KopieradText } from './dokumentation';
import type { Arhundrade } from './katalog';
import type {
	Aktualisering,
	HushallsMedlem,
	Infogningsplats,
	Kontakt,
	Person,
	Utredning,
	Verkstallighet
} from './model';
import type { UtskrivetDokument, Utskriftsslag } from './utskrift';
import type { Personnummer } from './personnummer';
import type { SokForm } from './kundsok';

/**
 * What happened in an attempt, in order. The attempt IS this list: reload replays it, export
 * writes it, the grader reads it. Events record facts the trainee produced, never derived
 * state, so a projection or rule can change without migrating saved attempts.
 */
export type Handelse =
	| {
			typ: 'KundSokt';
			fraga: string;
			arhundrade: Arhundrade;
			/** Which S1 form the string was read as; null when it was in none. */
			form: SokForm | null;
			traffar: Personnummer[];
	  }
	| { typ: 'KirSokt'; fraga: string; traffar: Personnummer[] }
	| { typ: 'KundOppnad'; pnr: Personnummer }
	| {
			typ: 'KundRegistrerad';
			/** `KIR`: a KIR hit taken in with OK; `Ny`: typed in after Ny (S5). */
			kalla: 'KIR' | 'Ny';
			person: Person;
	  }
	| { typ: 'KontaktSparad'; pnr: Personnummer; kontakt: Kontakt }
	| { typ: 'AktualiseringSparad'; aktualisering: Aktualisering }
	/**
	 * A saved aktualisering corrected: the whole aktualisering with its new values, same id. Only
	 * before an utredning is inledd from it (the domain refuses it after).
	 */
	| { typ: 'AktualiseringAndrad'; aktualisering: Aktualisering }
	| { typ: 'UtredningInledd'; utredning: Utredning; aktualiseringIds: string[] }
	/** One Spara of the Beslut tab: every beslut filled in before it (B4). */
	| { typ: 'BeslutSparade'; beslut: Beslut[] }
	| { typ: 'BestallningSparad'; bestallning: Bestallning }
	/** Spara after Ta in beställning (C3): the beställning is confirmed. */
	| {
			typ: 'BestallningBekraftad';
			id: string;
			insatskategori: string;
			utforare: string;
			organisation: string;
			verkstallighetId: string | null;
	  }
	/** Ja in Ta bort beställning? (R1). */
	| { typ: 'BestallningBorttagen'; id: string }
	| { typ: 'VerkstallighetSkapad'; verkstallighet: Verkstallighet }
	| {
			typ: 'VerkstallighetAvslutad';
			id: string;
			avslutsdatum: string;
			justeraGtom: boolean;
			avslutsorsak: string;
	  }
	| { typ: 'VerkstallighetOppnadIgen'; id: string }
	| { typ: 'UtforareBytt'; id: string; utforare: string; organisation: string }
	| { typ: 'AnteckningSparad'; anteckning: Anteckning }
	| { typ: 'AnteckningSignerad'; id: string }
	| { typ: 'AnteckningFelmarkerad'; id: string }
	| {
			typ: 'TexterKopierade';
			utredningId: string;
			medHandelsedatum: boolean;
			/** What was copied, as it stood when copied (D7). */
			texter: KopieradText[];
	  }
	| {
			typ: 'TexterInklistrade';
			franUtredningId: string;
			tillUtredningId: string;
			anteckningar: Anteckning[];
	  }
	| { typ: 'BedomningSparad'; bedomning: Bedomning }
	/** W2–W7: a bevakning laid; changed (the whole bevakning, same id); removed. */
	| { typ: 'BevakningLagd'; bevakning: Bevakning }
	| { typ: 'BevakningAndrad'; bevakning: Bevakning }
	| { typ: 'BevakningBorttagen'; id: string }
	/** Spara in the tab Hushåll (E2): the whole hushåll as it then stood. */
	| {
			typ: 'HushallSparat';
			pnr: Personnummer;
			medlemmar: HushallsMedlem[];
			registerledare: Personnummer;
	  }
	/** Printed from the preview (E5): what, with which CDS template, on which printer. */
	| {
			typ: 'DokumentUtskrivet';
			pnr: Personnummer;
			vad: Utskriftsslag;
			dokument: UtskrivetDokument[];
			mall: string;
			skrivare: string;
	  }
	/** The star's Lägg till or Ta bort (E3). */
	| { typ: 'KundlistaAndrad'; pnr: Personnummer; atgard: 'laggTill' | 'taBort' }
	/** A scanned document fetched in with the box infoga (E7). */
	| { typ: 'DokumentInfogat'; pnr: Personnummer; plats: Infogningsplats; dokumentId: string }
	/**
	 * Öva: the trainee took a hint, rung `steg` (1 principle, 2 rule, 3 where, 4 answer) for the
	 * requirement `regelId` (rules.md id) that checks `vad` (ids repeat: U7 orders several steps).
	 * Changes no case; the report counts it.
	 */
	| { typ: 'LedtradVisad'; regelId: string; vad: string; steg: 1 | 2 | 3 | 4 }
	/**
	 * Guidad: the trainee went back from a step done differently. The `antal` case events before
	 * this one (not counting hints or earlier undone ones) no longer count: the log keeps what was
	 * done, the projection and the grader read it without them (`utanAngrade`).
	 */
	| { typ: 'StegAngrat'; antal: number };

export type HandelseTyp = Handelse['typ'];

/** An event as stored: its place in the attempt and when it happened (wall clock, not graded). */
export type LagradHandelse = Handelse & { seq: number; tid: string };

/** Events that change no case: what the trainee asked for, or went back from. */
export const HJALPHANDELSER: readonly HandelseTyp[] = ['LedtradVisad', 'StegAngrat'];

/**
 * The events as they count: each `StegAngrat` takes back the case events before it, and is
 * itself kept out, as are hints. Generic so stored events keep their seq.
 */
export function utanAngrade<T extends Handelse>(handelser: readonly T[]): T[] {
	if (!handelser.some((h) => h.typ === 'StegAngrat'))
		return handelser.filter((h) => h.typ !== 'LedtradVisad');
	const kvar: T[] = [];
	for (const h of handelser) {
		if (h.typ === 'StegAngrat') kvar.splice(Math.max(0, kvar.length - h.antal));
		else if (h.typ !== 'LedtradVisad') kvar.push(h);
	}
	return kvar;
}
