import type { HushallsMedlem } from '../model';
import type { Personnummer } from '../personnummer';
import type { Beslutsfakta } from './fakta-beslut';
import type { Kontext } from './typer';
import { handelserAv } from './urval';

// Facts of rules.md section 13's other tasks: Hushåll (E2), Utskrift (E5, O6's print step),
// Kundlista (E3) and Skanning (E7). Each reads the customer `pnr` (default the scenario's kund).

type Parametrar = Record<string, unknown>;

function pnrAv(ctx: Kontext, p: Parametrar): Personnummer {
	return typeof p.pnr === 'string' ? p.pnr : ctx.scenario.forvantat.kund.pnr;
}

/** The last Spara of the tab Hushåll for the customer: what stands saved. */
function sparatHushall(ctx: Kontext, p: Parametrar) {
	const pnr = pnrAv(ctx, p);
	return handelserAv(ctx, 'HushallSparat')
		.filter((h) => h.pnr === pnr)
		.at(-1);
}

/** The members the register's hushåll had before the attempt (the start state's person). */
function franBorjan(ctx: Kontext, pnr: Personnummer): HushallsMedlem[] {
	return ctx.scenario.start.kunder.find((k) => k.pnr === pnr)?.hushall ?? [];
}

function utskrifter(ctx: Kontext, p: Parametrar, vad: string) {
	const pnr = pnrAv(ctx, p);
	return handelserAv(ctx, 'DokumentUtskrivet').filter((h) => h.pnr === pnr && h.vad === vad);
}

const ejSparat = (): string => 'hushållet sparades inte (Spara i fliken Hushåll)';
const inga = (): string => 'inga';
const ingenUtskrift = (): string => 'inget skrevs ut';

export const OVRIGA_FAKTA: Record<string, Beslutsfakta> = {
	/** The saved hushåll (E2): its members and registerledare, or nothing when never saved. */
	hushall: {
		etikett: 'Hushåll',
		saknas: ejSparat,
		berakna: (ctx, p) => sparatHushall(ctx, p)
	},
	/** The member `medlem` (a personnummer) in the saved hushåll (E2). */
	hushallsmedlem: {
		etikett: 'Hushållsmedlem',
		saknas: (p) => `${String(p.namn ?? p.medlem)} finns inte i det sparade hushållet`,
		falt: { relation: 'Relation', namn: 'Namn' },
		berakna: (ctx, p) => sparatHushall(ctx, p)?.medlemmar.find((m) => m.pnr === p.medlem)
	},
	/** The members of the saved hushåll that were not in it before the attempt (E2). */
	tillagdaHushallsmedlemmar: {
		etikett: 'Tillagda hushållsmedlemmar',
		saknas: ejSparat,
		berakna: (ctx, p) => {
			const h = sparatHushall(ctx, p);
			if (!h) return undefined;
			const fore = new Set(franBorjan(ctx, h.pnr).map((m) => m.pnr));
			return h.medlemmar.filter((m) => !fore.has(m.pnr)).map((m) => m.pnr);
		}
	},
	/** Who is marked Registerledare in the saved hushåll (E2). */
	registerledare: {
		etikett: 'Registerledare',
		saknas: ejSparat,
		berakna: (ctx, p) => sparatHushall(ctx, p)?.registerledare
	},
	/** Every print made for the customer, any kind (E5). */
	utskrifter: {
		etikett: 'Utskrifter',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			return handelserAv(ctx, 'DokumentUtskrivet').filter((h) => h.pnr === pnr);
		}
	},
	/** The Beslut names of every beslut printed for the customer (E5, O6), each once. */
	utskrivnaBeslut: {
		etikett: 'Utskrivna beslut',
		saknas: ingenUtskrift,
		berakna: (ctx, p) => {
			const tryck = utskrifter(ctx, p, 'Beslut');
			if (!tryck.length) return undefined;
			const namn = tryck.flatMap((h) =>
				h.dokument.map((d) => ctx.state.beslut.find((b) => b.id === d.id)?.beslut ?? d.etikett)
			);
			return [...new Set(namn)];
		}
	},
	/** The ids of the utredningar printed for the customer (E5). */
	utskrivnaUtredningar: {
		etikett: 'Utskrivna utredningar',
		saknas: ingenUtskrift,
		berakna: (ctx, p) => {
			const tryck = utskrifter(ctx, p, 'Utredning');
			if (!tryck.length) return undefined;
			return [...new Set(tryck.flatMap((h) => h.dokument.map((d) => d.id)))];
		}
	},
	/** The printers the prints of kind `vad` were sent to (E5: Microsoft Print to PDF for a PDF). */
	utskriftsskrivare: {
		etikett: 'Skrivare',
		saknas: ingenUtskrift,
		berakna: (ctx, p) => {
			const tryck = utskrifter(ctx, p, String(p.vad));
			return tryck.length ? [...new Set(tryck.map((h) => h.skrivare))] : undefined;
		}
	},
	/** The customers in the Kundlista at the end of the attempt (E3). */
	kundlista: {
		etikett: 'Kundlista',
		saknas: inga,
		berakna: (ctx) => ctx.state.kundlista
	},
	/** The scanned documents fetched in for the customer, by id (E7). */
	infogadeDokument: {
		etikett: 'Infogade dokument',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			return ctx.state.infogade.filter((d) => d.pnr === pnr).map((d) => d.dokumentId);
		}
	}
};
