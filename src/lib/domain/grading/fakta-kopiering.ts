import { kortDatum } from '../datum';
import type { Anteckning } from '../dokumentation';
import { utredningsEtikett, type Utredning } from '../model';
import { utredningsId, type Beslutsfakta } from './fakta-beslut';
import type { Kontext } from './typer';

// Facts of Kopiera en utredning till en ny utredning (D7). Each names the utredning pasted into
// by `utredning` (a start-state id, or 'ny' for the one inledd in the attempt).

type Parametrar = Record<string, unknown>;

/** An utredning as the rubrikträd names it, `LSS Utredning 240115-240430`. */
export function kopieringsEtikett(u: Utredning): string {
	return utredningsEtikett(u, kortDatum);
}

/** Passages compared as a reader would: case and line breaks do not matter. */
export function normaliseraStycke(s: string): string {
	return s.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
}

const notEtikett = (a: Anteckning): string =>
	`"${a.text.length > 40 ? `${a.text.slice(0, 40)}…` : a.text}"`;

/**
 * The paste into the utredning, and the answer to "Vill du kopiera händelsedatum och tid?" of
 * the copy it came from: the last Kopiera alla texter i trädet before it (the clipboard holds
 * only the last copy). The mock refuses a second paste once text stands there, so there is one.
 */
function inklistring(ctx: Kontext, p: Parametrar) {
	const till = utredningsId(ctx, p);
	if (!till) return undefined;
	let kopia: boolean | undefined;
	for (const h of ctx.handelser) {
		if (h.typ === 'TexterKopierade') kopia = h.medHandelsedatum;
		else if (h.typ === 'TexterInklistrade' && h.tillUtredningId === till)
			return { h, medHandelsedatum: kopia ?? false };
	}
	return undefined;
}

/** The pasted notes as they stand at the end: changed, signed or felmarkerade since. */
function inklistrade(ctx: Kontext, ids: readonly string[]): Anteckning[] {
	const nu = new Map(ctx.state.anteckningar.map((a) => [a.id, a]));
	return ids.flatMap((id) => nu.get(id) ?? []);
}

function utredningNamn(ctx: Kontext, id: string): string {
	const u =
		ctx.scenario.start.utredningar.find((x) => x.id === id) ??
		ctx.state.utredningar.find((x) => x.id === id);
	return u ? kopieringsEtikett(u) : `utredningen ${id}`;
}

const ingenInklistring = (): string =>
	'inga texter klistrades in i utredningen (Klistra in alla kopierade texter i trädet)';

export const KOPIERINGSFAKTA: Record<string, Beslutsfakta> = {
	/**
	 * The paste into the utredning (D7): `fran`, the utredning the texts were copied from as the
	 * rubrikträd names it; `medHandelsedatum`, Ja to "Vill du kopiera händelsedatum och tid?";
	 * `osignerade`, the pasted notes never signed.
	 */
	inklistring: {
		etikett: 'Inklistrade texter',
		saknas: ingenInklistring,
		falt: {
			fran: 'Kopierade från',
			medHandelsedatum: 'Kopiera händelsedatum och tid',
			osignerade: 'Osignerade inklistrade texter'
		},
		berakna: (ctx, p) => {
			const i = inklistring(ctx, p);
			if (!i) return undefined;
			const noter = inklistrade(
				ctx,
				i.h.anteckningar.map((a) => a.id)
			);
			return {
				fran: utredningNamn(ctx, i.h.franUtredningId),
				medHandelsedatum: i.medHandelsedatum,
				osignerade: noter.filter((a) => !a.signerad).map(notEtikett)
			};
		}
	},
	/**
	 * The pasted notes under `rubrik` that still hold the passage `text`, which no longer applies
	 * (D7). A felmarkerad one counts: it was signed with the passage in it, and the manual asks
	 * for the passage to go before signing.
	 */
	kvarInteAktuellt: {
		etikett: 'Inklistrade texter där det som inte är aktuellt står kvar',
		saknas: ingenInklistring,
		berakna: (ctx, p) => {
			const i = inklistring(ctx, p);
			if (!i) return undefined;
			const stycke = normaliseraStycke(String(p.text));
			return inklistrade(
				ctx,
				i.h.anteckningar.map((a) => a.id)
			)
				.filter((a) => a.plats.del === 'dokument' && a.plats.rubrik === p.rubrik)
				.filter((a) => normaliseraStycke(a.text).includes(stycke))
				.map(notEtikett);
		}
	}
};
