import { kortDatum } from '../datum';
import type { Handelse } from '../handelser';
import { utredningsEtikett, visningsnamn, type Aktualisering, type Utredning } from '../model';
import { normaliseraPersonnummer, type Personnummer } from '../personnummer';
import { BESLUTSFAKTA } from './fakta-beslut';
import { BEVAKNINGSFAKTA } from './fakta-bevakning';
import { KOPIERINGSFAKTA } from './fakta-kopiering';
import { SLUTLAGESFAKTA } from './fakta-slutlage';
import { BESTALLNINGSFAKTA } from './fakta-bestallning';
import { OVRIGA_FAKTA } from './fakta-ovrigt';
import { arBifall } from '../beslut';
import { LSS_INSATSER } from '../insatstabell';
import type { Fakta, Kontext } from './typer';
import { handelserAv, type HandelseAv } from './urval';

type Parametrar = Record<string, unknown>;

// Facts about a customer take `pnr` from the rule's parametrar and default to the scenario's
// kund (forvantat.kund.pnr), so a scenario's raw rules need not repeat it.

/** How a fact reads in a finding: its label, and what to say when it found nothing. */
export interface FaktaText {
	etikett: string;
	saknas: (p: Parametrar) => string;
	/** Labels of the fields a rule may read with `sokvag`, as the screens name them. */
	falt?: Record<string, string>;
}

interface Definition extends FaktaText {
	berakna: Fakta;
}

/** The steps order rules speak of (U7), named as the trainee knows them from the screens. */
export const STEG = {
	registersokning: 'Sökning i personregistret',
	kirsokning: 'Sök KIR',
	registrering: 'Spara i personregister',
	oppnad: 'Kunden öppnad',
	kontakt: 'Kontakt sparad',
	aktualisering: 'Aktualisering sparad',
	utredning: 'Inled utredning',
	bifall: 'Bifallsbeslut sparat',
	bestallning: 'Beställning sparad',
	lssInsatser: 'Verkställighet LSS Insatser öppnad',
	bedomning: 'Bedömning sparad'
} as const;

/** Where an aktualisering made on the root ends up (A1, A5). */
export const PLATS_ROT = 'rubriken LSS utredning o verkställighet';

/** The label of an aktualisering's place when it was made in a pågående utredning (A1). */
export function platsIUtredning(u: Utredning): string {
	return `utredningen ${utredningsEtikett(u, kortDatum)}`;
}

function text(p: Parametrar, namn: string): string {
	const v = p[namn];
	if (typeof v !== 'string' || !v) throw new Error(`Parametern ${namn} saknas (ska vara text).`);
	return v;
}

/** The customer a fact is about: `pnr` when the rule names one, else the scenario's kund. */
function pnrAv(ctx: Kontext, p: Parametrar): Personnummer {
	return p.pnr === undefined ? ctx.scenario.forvantat.kund.pnr : text(p, 'pnr');
}

function nummer(p: Parametrar, namn: string): number {
	const v = p[namn] ?? 0;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
		throw new Error(`Parametern ${namn} ska vara ett heltal 0 eller större.`);
	return v;
}

const av = handelserAv;

/**
 * Whether a register search was for this customer in the right century (S1, S2): it found
 * them, or its digits name them with the century control as it was set.
 */
export function sokteKund(h: HandelseAv<'KundSokt'>, pnr: Personnummer): boolean {
	if (h.traffar.includes(pnr)) return true;
	if (h.form === 'personnummer') return normaliseraPersonnummer(h.fraga, h.arhundrade) === pnr;
	if (h.form === 'sexSiffror') {
		const sex = /(\d{6})\*/.exec(h.fraga);
		return !!sex && h.arhundrade + sex[1] === pnr.slice(0, 8);
	}
	return false;
}

/** Whether a KIR search was for this customer; KIR has no century control, so digits decide. */
export function sokteKir(h: HandelseAv<'KirSokt'>, pnr: Personnummer): boolean {
	if (h.traffar.includes(pnr)) return true;
	const siffror = h.fraga.replace(/\D/g, '');
	if (siffror.length === 12) return siffror === pnr;
	if (siffror.length === 10) return siffror === pnr.slice(2);
	return siffror.length === 6 && h.fraga.includes('*') && siffror === pnr.slice(2, 8);
}

/**
 * The aktualiseringar saved in the attempt, in the order they were saved, each with its latest
 * values: a correction (AktualiseringAndrad, before an utredning is inledd from it) replaces what
 * was saved, so the grader reads what the trainee left, as the screens show it.
 */
function sparade(ctx: Kontext, pnr: Personnummer): Aktualisering[] {
	const senaste = new Map<string, Aktualisering>();
	for (const h of ctx.handelser) {
		if (h.typ === 'AktualiseringSparad') senaste.set(h.aktualisering.id, h.aktualisering);
		else if (h.typ === 'AktualiseringAndrad' && senaste.has(h.aktualisering.id))
			senaste.set(h.aktualisering.id, h.aktualisering);
	}
	return [...senaste.values()].filter((a) => a.pnr === pnr);
}

/** The `nr`-th aktualisering of `typ` saved in the attempt: expected ones match by type. */
function sparadAvTyp(ctx: Kontext, p: Parametrar): Aktualisering | undefined {
	const typ = text(p, 'typ');
	return sparade(ctx, pnrAv(ctx, p)).filter((a) => a.typ === typ)[nummer(p, 'nr')];
}

function inledda(ctx: Kontext, pnr: Personnummer): HandelseAv<'UtredningInledd'>[] {
	return av(ctx, 'UtredningInledd').filter((h) => h.utredning.pnr === pnr);
}

/** The step an event is for this customer, or null when it is not one of theirs. */
function stegFor(h: Handelse, pnr: Personnummer): string | null {
	switch (h.typ) {
		case 'KundSokt':
			return sokteKund(h, pnr) ? STEG.registersokning : null;
		case 'KirSokt':
			return sokteKir(h, pnr) ? STEG.kirsokning : null;
		case 'KundRegistrerad':
			return h.person.pnr === pnr ? STEG.registrering : null;
		case 'KundOppnad':
			return h.pnr === pnr ? STEG.oppnad : null;
		case 'KontaktSparad':
			return h.pnr === pnr ? STEG.kontakt : null;
		case 'AktualiseringSparad':
			return h.aktualisering.pnr === pnr ? STEG.aktualisering : null;
		case 'UtredningInledd':
			return h.utredning.pnr === pnr ? STEG.utredning : null;
		case 'BeslutSparade':
			return h.beslut.some((b) => b.pnr === pnr && arBifall(b)) ? STEG.bifall : null;
		case 'BestallningSparad':
			return h.bestallning.pnr === pnr ? STEG.bestallning : null;
		case 'VerkstallighetSkapad':
			return h.verkstallighet.pnr === pnr && h.verkstallighet.insatskategori === LSS_INSATSER
				? STEG.lssInsatser
				: null;
		case 'BedomningSparad':
			return h.bedomning.pnr === pnr ? STEG.bedomning : null;
		default:
			return null;
	}
}

const AKTUALISERINGSFALT = {
	typ: 'Typ av aktualisering',
	datum: 'Datum',
	franVem: 'Från vem',
	ansvarigHandlaggare: 'Ansvarig handläggare',
	organisation: 'Organisation'
};

const ingenAktualisering = (p: Parametrar): string =>
	`ingen aktualisering med Typ av aktualisering ${String(p.typ)} sparades`;
const ingenRegistrering = (): string => 'ingen registrering gjordes';
const ingenUtredning = (): string => 'ingen utredning inleddes';
const inga = (): string => 'inga';

const DEFINITIONER: Record<string, Definition> = {
	...BESLUTSFAKTA,
	...BEVAKNINGSFAKTA,
	...SLUTLAGESFAKTA,
	...BESTALLNINGSFAKTA,
	...OVRIGA_FAKTA,
	...KOPIERINGSFAKTA,
	/** The KundRegistrerad event for `pnr` (S5, S6). */
	registrering: {
		etikett: 'Registrering',
		saknas: ingenRegistrering,
		falt: {
			kalla: 'Registrerad via',
			'person.nyckelkod': 'Nyckelkod',
			'person.civilstand': 'Civilstånd',
			'person.efternamn': 'Efternamn',
			'person.fornamn': 'Förnamn'
		},
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			return av(ctx, 'KundRegistrerad').find((h) => h.person.pnr === pnr);
		}
	},
	/** The registered name in the `Efternamn, Förnamn` form (S5). */
	registreratNamn: {
		etikett: 'Namn',
		saknas: ingenRegistrering,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			const h = av(ctx, 'KundRegistrerad').find((x) => x.person.pnr === pnr);
			return h && visningsnamn(h.person);
		}
	},
	/** Every search in the personregister (S1). */
	sokningar: {
		etikett: 'Sökningar i personregistret',
		saknas: inga,
		berakna: (ctx) => av(ctx, 'KundSokt')
	},
	/** Register searches for `pnr` in the right century (S1, S2, S5 step 1). */
	kundsokningar: {
		etikett: 'Sökningar efter kunden med rätt århundrade',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			return av(ctx, 'KundSokt').filter((h) => sokteKund(h, pnr));
		}
	},
	/** KIR searches for `pnr` (S5 step 2). */
	kirSokningar: {
		etikett: 'Sökningar i KIR',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			return av(ctx, 'KirSokt').filter((h) => sokteKir(h, pnr));
		}
	},
	/** Customers opened, first opening order, each once (S2, S3). */
	oppnadeKunder: {
		etikett: 'Öppnade kunder',
		saknas: inga,
		berakna: (ctx) => [...new Set(av(ctx, 'KundOppnad').map((h) => h.pnr))]
	},
	/** Customers opened with `pnr`'s birth digits but another century: the S2 mistake. */
	oppnadeFelArhundrade: {
		etikett: 'Öppnade kunder i fel århundrade',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			const oppnade = av(ctx, 'KundOppnad').map((h) => h.pnr);
			return [...new Set(oppnade)].filter(
				(o) => o.slice(2, 8) === pnr.slice(2, 8) && o.slice(0, 2) !== pnr.slice(0, 2)
			);
		}
	},
	/** Aktualiseringar saved in the attempt for `pnr`, as saved (not the start state's). */
	aktualiseringar: {
		etikett: 'Sparade aktualiseringar',
		saknas: inga,
		berakna: (ctx, p) => sparade(ctx, pnrAv(ctx, p))
	},
	/** The Typ av aktualisering of each saved aktualisering (A2). */
	aktualiseringstyper: {
		etikett: 'Typ av aktualisering',
		saknas: inga,
		berakna: (ctx, p) => sparade(ctx, pnrAv(ctx, p)).map((a) => a.typ)
	},
	/** The saved aktualisering matching `typ` (the `nr`-th of that type, default the first). */
	aktualisering: {
		etikett: 'Aktualisering',
		saknas: ingenAktualisering,
		falt: AKTUALISERINGSFALT,
		berakna: sparadAvTyp
	},
	/** Where that aktualisering was made: the root heading or a pågående utredning (A1). */
	aktualiseringsplats: {
		etikett: 'Aktualiserad under',
		saknas: ingenAktualisering,
		berakna: (ctx, p) => {
			const a = sparadAvTyp(ctx, p);
			if (!a) return undefined;
			if (!a.utredningId) return PLATS_ROT;
			const u = ctx.state.utredningar.find((x) => x.id === a.utredningId);
			return u ? platsIUtredning(u) : `utredningen ${a.utredningId}`;
		}
	},
	/** Utredningar inledda in the attempt for `pnr` (U1). */
	utredningar: {
		etikett: 'Inledda utredningar',
		saknas: inga,
		berakna: (ctx, p) => inledda(ctx, pnrAv(ctx, p)).map((h) => h.utredning)
	},
	/** The `nr`-th utredning inledd for `pnr` (default the first) (U1–U5). */
	utredning: {
		etikett: 'Utredning',
		saknas: ingenUtredning,
		falt: {
			typ: 'Typ av utredning',
			inledningsdatum: 'Inledningsdatum',
			ansvarigHandlaggare: 'Ansvarig handläggare',
			organisation: 'Organisation'
		},
		berakna: (ctx, p) => inledda(ctx, pnrAv(ctx, p))[nummer(p, 'nr')]?.utredning
	},
	/** Typ av aktualisering of each one ticked under Ej behandlade aktualiseringar (U6). */
	kopplade: {
		etikett: 'Kopplade aktualiseringar',
		saknas: ingenUtredning,
		berakna: (ctx, p) => {
			const h = inledda(ctx, pnrAv(ctx, p))[nummer(p, 'nr')];
			if (!h) return undefined;
			const ids = new Set(h.aktualiseringIds);
			return ctx.state.aktualiseringar.filter((a) => ids.has(a.id)).map((a) => a.typ);
		}
	},
	/** The attempt's event types in order, for order rules a scenario writes itself. */
	handelser: {
		etikett: 'Händelser',
		saknas: inga,
		berakna: (ctx) => ctx.handelser.map((h) => h.typ)
	},
	/** The attempt's steps for `pnr` in order, named as in `STEG` (U7, S5). */
	steg: {
		etikett: 'Ordning',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			const steg: string[] = [];
			for (const h of ctx.handelser) {
				const s = stegFor(h, pnr);
				if (s) steg.push(s);
			}
			return steg;
		}
	}
};

/** The fact registry: rules name a fact, the engine computes it from the attempt. */
export const FAKTA: Record<string, Fakta> = Object.fromEntries(
	Object.entries(DEFINITIONER).map(([namn, d]) => [namn, d.berakna])
);

/** How each fact reads in a finding. */
export const FAKTA_TEXT: Record<string, FaktaText> = DEFINITIONER;
