import { beslutPagar, type Bestallning } from '../beslut';
import { kortDatum } from '../datum';
import { EGET_VAL } from '../insatstabell';
import { visaTimmar } from '../timmar';
import type { Beslutsfakta } from './fakta-beslut';
import type { Kontext } from './typer';
import { handelserAv } from './urval';

// Facts of rules.md sections 9 and 10: beställningar confirmed (C1–C3), removed (R1) and copied
// at an avbrott (R2). They name a beställning by its id in the start state.

type Parametrar = Record<string, unknown>;

function text(p: Parametrar, namn: string): string {
	const v = p[namn];
	if (typeof v !== 'string' || !v) throw new Error(`Parametern ${namn} saknas (ska vara text).`);
	return v;
}

/** The utförare of insatser verkställda utanför kommunen (externa placeringar, C1). */
export const PRIVAT_UTFORARE = 'Privat, Utförare';

/** The utförare whose beställningar the handläggare confirms (C1). */
export const BEKRAFTAS_AV_HANDLAGGAREN: readonly string[] = [EGET_VAL, PRIVAT_UTFORARE];

/** What a C2 finding says when no open verkställighet of the insats existed at Spara. */
export const INGEN_OPPEN = 'ingen öppen verkställighet';

/** Every beställning the attempt knew: the start state's, then those saved, by id. */
function allaBestallningar(ctx: Kontext): Map<string, Bestallning> {
	const m = new Map(ctx.scenario.start.bestallningar.map((b) => [b.id, b]));
	for (const h of handelserAv(ctx, 'BestallningSparad'))
		if (!m.has(h.bestallning.id)) m.set(h.bestallning.id, h.bestallning);
	return m;
}

/** A beställning as the lists name it: `Beställning 250416 – Lss, Eget Val (Personlig assistans)`. */
export function bestallningsnamn(b: Bestallning): string {
	const insatser = b.insatser.join(', ') || b.insatskategori;
	return `Beställning ${kortDatum(b.bestalltDatum)} – ${b.utforare} (${insatser})`;
}

/** The `kategori – utförare` a C2 rule compares with. */
export const verkstallighetAvser = (insatskategori: string, utforare: string): string =>
	`${insatskategori} – ${utforare}`;

function borttagna(ctx: Kontext): Bestallning[] {
	const alla = allaBestallningar(ctx);
	return handelserAv(ctx, 'BestallningBorttagen').flatMap((h) => alla.get(h.id) ?? []);
}

const inga = (): string => 'inga';

export const BESTALLNINGSFAKTA: Record<string, Beslutsfakta> = {
	/** How `bestallning` was confirmed: the box Ta in beställning and the verkställighet (C2, C3). */
	bekraftelse: {
		etikett: 'Bekräftelse',
		saknas: (p) => `beställningen ${String(p.bestallning)} bekräftades inte`,
		falt: {
			insatskategori: 'Insatskategori i Ta in beställning',
			utforare: 'Utförare i Ta in beställning',
			organisation: 'Organisation i Ta in beställning',
			verkstallighet: 'Öppen verkställighet när beställningen bekräftades'
		},
		berakna: (ctx, p) => {
			const id = text(p, 'bestallning');
			const h = handelserAv(ctx, 'BestallningBekraftad').find((x) => x.id === id);
			if (!h) return undefined;
			const v = ctx.state.verkstalligheter.find((x) => x.id === h.verkstallighetId);
			return {
				insatskategori: h.insatskategori,
				utforare: h.utforare,
				organisation: h.organisation,
				verkstallighet: v ? verkstallighetAvser(v.insatskategori, v.utforare) : INGEN_OPPEN
			};
		}
	},
	/** Beställningar confirmed in the attempt to another utförare than those of C1. */
	bekraftadeTillAndra: {
		etikett: 'Bekräftade beställningar till andra utförare',
		saknas: inga,
		berakna: (ctx) => {
			const alla = allaBestallningar(ctx);
			return handelserAv(ctx, 'BestallningBekraftad').flatMap((h) => {
				const b = alla.get(h.id);
				return b && !BEKRAFTAS_AV_HANDLAGGAREN.includes(b.utforare) ? [bestallningsnamn(b)] : [];
			});
		}
	},
	/** Whether `bestallning` was removed: its name, or nothing (R1). */
	borttagen: {
		etikett: 'Borttagen beställning',
		saknas: (p) => `beställningen ${String(p.bestallning)} togs inte bort`,
		berakna: (ctx, p) => {
			const id = text(p, 'bestallning');
			const b = borttagna(ctx).find((x) => x.id === id);
			return b && bestallningsnamn(b);
		}
	},
	/** Beställningar removed beyond the ids in `vantade` (R1). */
	ovantadeBorttagna: {
		etikett: 'Andra borttagna beställningar',
		saknas: inga,
		berakna: (ctx, p) => {
			const vantade = Array.isArray(p.vantade) ? p.vantade.map(String) : [];
			return borttagna(ctx)
				.filter((b) => !vantade.includes(b.id))
				.map(bestallningsnamn);
		}
	},
	/**
	 * Removed beställningar whose beslut is still pågående (R1), leaving out the ids in `utom`:
	 * those the scenario has replaced by a new beställning for the same beslut.
	 */
	borttagnaMedPagaendeBeslut: {
		etikett: 'Borttagna beställningar med pågående beslut',
		saknas: inga,
		berakna: (ctx, p) => {
			const utom = Array.isArray(p.utom) ? p.utom.map(String) : [];
			return borttagna(ctx)
				.filter((b) => {
					if (utom.includes(b.id)) return false;
					const beslut = ctx.state.beslut.find((x) => x.id === (b.beslutId ?? b.franBeslutId));
					return !!beslut && beslutPagar(beslut, ctx.state.idag);
				})
				.map(bestallningsnamn);
		}
	},
	/** The beställning copied from `bestallning` with Kopiera beställning and saved (R2). */
	kopia: {
		etikett: 'Ny beställning (kopia)',
		saknas: (p) => `ingen ny beställning kopierades från ${String(p.bestallning)} och skickades`,
		falt: {
			bestalltDatum: 'Beställt datum',
			fran: 'Beställningen gäller fr.o.m.',
			till: 'Beställningen gäller t.o.m.',
			beslutsfattare: 'Beslutsfattare/beställare',
			beslutsfattarensOrganisation: 'Organisation Beslutsfattare/beställare',
			utforare: 'Utförare',
			insatser: 'Insatser',
			kvantitet: 'Beställd kvantitet'
		},
		berakna: (ctx, p) => {
			const id = text(p, 'bestallning');
			const b = handelserAv(ctx, 'BestallningSparad').find(
				(h) => h.bestallning.kopieradFran === id
			)?.bestallning;
			return (
				b && {
					bestalltDatum: b.bestalltDatum,
					fran: b.fran,
					till: b.till ?? '',
					beslutsfattare: b.beslutsfattare ?? '',
					beslutsfattarensOrganisation: b.beslutsfattarensOrganisation ?? '',
					utforare: b.utforare,
					insatser: b.insatser,
					kvantitet: b.kvantitet ? visaTimmar(b.kvantitet) : ''
				}
			);
		}
	}
};
