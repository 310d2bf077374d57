import type { Beslut, Bestallning } from '../beslut';
import { kortDatum, type IsoDatum } from '../datum';
import {
	utredningsEtikett,
	verkstallighetsEtikett,
	type Utredning,
	type Verkstallighet
} from '../model';
import type { Beslutsfakta } from './fakta-beslut';
import type { Kontext } from './typer';
import { handelserAv } from './urval';

// Facts about the case as it stands at the end, whatever the way there: what "Hitta felen"
// exercises and Avsluta ärenden (E1) grade. A colleague's mistakes are in the start state; the
// trainee's corrections are read off the projected state, not off particular events.

type Parametrar = Record<string, unknown>;

function text(p: Parametrar, namn: string): string {
	const v = p[namn];
	if (typeof v !== 'string' || !v) throw new Error(`Parametern ${namn} saknas (ska vara text).`);
	return v;
}

const pnrAv = (ctx: Kontext, p: Parametrar): string =>
	p.pnr === undefined ? ctx.scenario.forvantat.kund.pnr : text(p, 'pnr');

const verkEtikett = (v: Verkstallighet): string => verkstallighetsEtikett(v, kortDatum);
const inga = (): string => 'inga';

/** An end date on or before `dag`: set, and not later. */
const slutar = (till: IsoDatum | undefined, dag: IsoDatum): boolean => !!till && till <= dag;

function beslutEtikett(b: Beslut): string {
	return `beslutet ${b.beslut} ${kortDatum(b.beslutsdatum)}`;
}
function bestallningEtikett(o: Bestallning): string {
	return `beställningen till ${o.utforare} från ${kortDatum(o.fran)}`;
}
function utredningEtikett(u: Utredning): string {
	return `utredningen ${utredningsEtikett(u, kortDatum)}`;
}

/** A name's words, lower case, in order: `Sjöberg, Karin` and `Karin Sjöberg` read the same. */
const namnord = (namn: string): string =>
	namn
		.toLocaleLowerCase('sv')
		.split(/[\s,]+/)
		.filter(Boolean)
		.sort()
		.join(' ');

/** The facts of the end state, merged into the registry by fakta.ts. */
export const SLUTLAGESFAKTA: Record<string, Beslutsfakta> = {
	/**
	 * N2: the contact named `namn` under the customer's Kontaktuppgifter at the end, in either
	 * order of the names (the manual gives no form for them): `typ`, `namn`, `telefon`.
	 */
	kontakt: {
		etikett: 'Kontakt',
		saknas: (p) => `ingen kontakt ${String(p.namn)} under Kontaktuppgifter`,
		falt: { typ: 'Typ', namn: 'Namn', telefon: 'Telefon' },
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			const sokt = namnord(text(p, 'namn'));
			const start = ctx.scenario.start.kunder.find((k) => k.pnr === pnr)?.kontakter ?? [];
			const k = [...(ctx.state.kontakter[pnr] ?? []), ...start].find(
				(x) => namnord(x.namn) === sokt
			);
			return k && { typ: k.typ, namn: k.namn, telefon: k.telefon ?? '' };
		}
	},
	/**
	 * A verkställighet by `id` as it stands at the end (V5, V6, V8): the start state's, or one
	 * opened in the attempt.
	 */
	verkstallighetMedId: {
		etikett: 'Verkställighet',
		saknas: (p) => `verkställigheten ${String(p.id)} finns inte`,
		falt: {
			pagaende: 'Pågående',
			till: 'Avslutsdatum',
			justeraGtom: 'Justera beslutets gtom',
			utforare: 'Utförare',
			organisation: 'Organisation'
		},
		berakna: (ctx, p) => {
			const id = text(p, 'id');
			const v = ctx.state.verkstalligheter.find((x) => x.id === id);
			return (
				v && {
					etikett: verkEtikett(v),
					pagaende: v.pagaende,
					// an empty field is '', so a rule on a date of an open one reads "inte ifyllt"
					till: v.till ?? '',
					justeraGtom: !!v.justeraGtom,
					utforare: v.utforare,
					organisation: v.organisation
				}
			);
		}
	},
	/**
	 * The customer's start-state verkställigheter, leaving out `utom`, that the attempt changed in
	 * `falt` (`pagaende`: closed; `utforare`: Utförare or Organisation): a correction made where
	 * there was nothing to correct.
	 */
	andradeVerkstalligheter: {
		etikett: 'Ändrade verkställigheter',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			const utom = new Set(Array.isArray(p.utom) ? p.utom.map(String) : []);
			const falt = text(p, 'falt');
			const nu = new Map(ctx.state.verkstalligheter.map((v) => [v.id, v]));
			return ctx.scenario.start.verkstalligheter
				.filter((v) => v.pnr === pnr && !utom.has(v.id))
				.flatMap((fore) => {
					const v = nu.get(fore.id);
					if (!v) return [];
					const andrad =
						falt === 'pagaende'
							? fore.pagaende && !v.pagaende
							: v.utforare !== fore.utforare || v.organisation !== fore.organisation;
					return andrad ? [verkEtikett(v)] : [];
				});
		}
	},
	/**
	 * E1: everything of the customer's that has no end date on or before `datum`: beslut,
	 * utredningar, beställningar and verkställigheter, each named as the rubrikträd shows it.
	 */
	utanAvslutsdatum: {
		etikett: 'Utan avslutsdatum',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			const dag = text(p, 'datum');
			const s = ctx.state;
			return [
				...s.beslut.filter((b) => b.pnr === pnr && !slutar(b.till, dag)).map(beslutEtikett),
				...s.utredningar
					.filter((u) => u.pnr === pnr && !slutar(u.slutdatum, dag))
					.map(utredningEtikett),
				...s.bestallningar
					.filter((o) => o.pnr === pnr && !slutar(o.till, dag))
					.map(bestallningEtikett),
				...s.verkstalligheter
					.filter((v) => v.pnr === pnr && (v.pagaende || !slutar(v.till, dag)))
					.map((v) => `verkställigheten ${verkEtikett(v)}`)
			];
		}
	},
	/**
	 * E1's "Ta även bort bevakningar som inte hanterats": the customer's bevakningar still there
	 * at the end but for those already Klar in the start state. One the attempt set to Klar is
	 * still there: the ärende closes, so what was left undone goes, it is not marked done.
	 */
	ohanteradeBevakningar: {
		etikett: 'Bevakningar som inte hanterats',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			const klaraFore = new Set(
				ctx.scenario.start.bevakningar.filter((b) => b.status === 'Klar').map((b) => b.id)
			);
			return ctx.state.bevakningar
				.filter((b) => b.pnr === pnr && !klaraFore.has(b.id))
				.map((b) => `${b.typAv} ${b.datum} (${b.status})`);
		}
	},
	/**
	 * E1's OBS: the customer's verkställigheter closed without Justera beslutets gtom (Ändra
	 * beslutens gtomd) ticked, whether or not the dates were already right.
	 */
	avslutadeUtanGtom: {
		etikett: 'Avslutade utan Justera beslutets gtom',
		saknas: inga,
		berakna: (ctx, p) => {
			const pnr = pnrAv(ctx, p);
			// closed in the attempt: one closed before it is the start state's, not the trainee's
			const stangda = new Set(handelserAv(ctx, 'VerkstallighetAvslutad').map((h) => h.id));
			return ctx.state.verkstalligheter
				.filter((v) => v.pnr === pnr && !v.pagaende && stangda.has(v.id) && !v.justeraGtom)
				.map(verkEtikett);
		}
	}
};
