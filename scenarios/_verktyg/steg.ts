import type { BeslutUtkast, BestallningUtkast } from '../../src/lib/domain/beslut-kommandon';
import type { Plats } from '../../src/lib/domain/dokumentation';
import { LSS_MYNDIGHET, UTFORARENS_ORGANISATION } from '../../src/lib/domain/katalog';
import type { Korning } from './korning';

// The clicks of rules.md sections 5–8 as small steps, shared by the recipes of sections 5–8. Each fills a
// tab the way the mock opens it, so a recipe names only what the trainee types or chooses.

type Falt<T, K extends keyof T> = Partial<T> & Pick<T, K>;

/** One beslut as filled in on the Beslut tab; the rest stays as the tab starts. */
export function beslut(
	f: Falt<BeslutUtkast, 'insatskategori' | 'beslut' | 'beslutsdatum' | 'fran'>
): BeslutUtkast {
	return {
		till: '',
		beslutsfattare: '',
		organisation: LSS_MYNDIGHET,
		personkrets: '',
		niva: '',
		timmar: '',
		period: '',
		utredningAvslutas: true,
		...f
	};
}

/** Spara on the Beslut tab (every beslut made with Ny before it); the ids, in order. */
export function sparaBeslut(k: Korning, utkast: BeslutUtkast[], utredningId: string): string[] {
	const pnr = k.scenario.forvantat.kund.pnr;
	return k
		.kor({ typ: 'sparaBeslut', pnr, utredningId, utkast })
		.flatMap((h) => (h.typ === 'BeslutSparade' ? h.beslut.map((b) => b.id) : []));
}

/**
 * The Beställning tab of beslut `franBeslutId`, Spara. Beslut defaults to that beslut, and the
 * organisation to the one the mock fills in for the utförare.
 */
export function bestall(
	k: Korning,
	franBeslutId: string,
	f: Falt<BestallningUtkast, 'insatskategori' | 'utforare' | 'fran'>
): void {
	k.kor({
		typ: 'sparaBestallning',
		pnr: k.scenario.forvantat.kund.pnr,
		franBeslutId,
		utkast: {
			beslutId: franBeslutId,
			utforarensOrganisation: UTFORARENS_ORGANISATION[f.utforare] ?? '',
			insatser: [],
			kvantitet: '',
			period: '',
			till: '',
			bestalltDatum: k.scenario.idag,
			bestallningstext: '',
			...f
		}
	});
}

/** Verkställighet (lov) → Skapa ny verkställighet, OK, Spara; LSS Insatser unless told. */
export function oppnaVerkstallighet(
	k: Korning,
	fran: string,
	v: { insatskategori: string; utforare: string; organisation: string } = {
		insatskategori: 'LSS Insatser',
		utforare: k.scenario.roll.lssHandlaggare,
		organisation: LSS_MYNDIGHET
	}
): string {
	const [h] = k.kor({ typ: 'skapaVerkstallighet', pnr: k.scenario.forvantat.kund.pnr, fran, ...v });
	return h.typ === 'VerkstallighetSkapad' ? h.verkstallighet.id : '';
}

/** The customer searched by full personnummer and opened, as every case starts. */
export function oppnaKund(k: Korning): void {
	const pnr = k.scenario.forvantat.kund.pnr;
	k.sok(`${pnr.slice(0, 8)}-${pnr.slice(8)}`, pnr.slice(0, 2) as '19' | '20');
	k.oppna(pnr);
}

/** Spara of a new textdel, then Signera unless told; the note's id. */
export function skriv(k: Korning, plats: Plats, text: string, signera = true): string {
	const [h] = k.kor({ typ: 'sparaAnteckning', pnr: k.scenario.forvantat.kund.pnr, plats, text });
	const id = h.typ === 'AnteckningSparad' ? h.anteckning.id : '';
	if (signera) k.kor({ typ: 'signeraAnteckning', id });
	return id;
}
