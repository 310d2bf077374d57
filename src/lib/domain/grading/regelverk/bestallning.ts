import type { Scenario } from '../../../schemas/scenario';
import { INGEN_BESLUT, INSATSRADER, INSATSTABELL } from '../../insatstabell';
import { bestallningsinsatser, fastUtforare } from '../../insatstabell-uppslag';
import { STEG } from '../fakta';
import type { Regel } from '../typer';
import {
	beslutsplan,
	o6Fall,
	startBeslutsplan,
	utredningFor,
	type Beslutsplan,
	type O6Fall
} from './beslutsplan';
import { regel, type RegelByggare } from './regel';
import { citatAv, citatFor } from '../../insatstabell-citat';

type ForvantadBestallning = Scenario['forvantat']['bestallningar'][number];

/**
 * The sentences every beställning section prints alike (step 1 reads "ska en beställning" in
 * some and "ska beställning" in others, hence the "…"); those that differ by section are the
 * table row's `citat`. `insats` is the procedure of the first section, for a beställning with no
 * row.
 */
const CITAT = {
	enPerBeslut: 'OBS: tänk på att en beställning per bifall beslut/beslutsklubba ska göras.',
	bifall: '1) Vid beslut bifall ska … beställning göras, klicka på fliken Beställning.',
	insats:
		'Du väljer rätt insats i trädet som du pilar över med den blå pilen i mitten. Klicka därefter på OK.',
	timmar: 'Kontrollera att antalet timmar stämmer utifrån beslutet.',
	/** For an utförare no row names (C1's Privat, Utförare): no step of the manual names it so. */
	utforare: (utforare: string) => `Vid Utförare: välj ${utforare}`,
	datum: 'Kontrollera att datumet för när beställningen gäller stämmer utifrån beslutet.'
};

/** The Beslut a beslut's row names for its beställning: `<ingen>`, or the beslut itself. */
const radensBeslut = (b: Beslutsplan): string =>
	b.rad.bestallning.beslut === INGEN_BESLUT ? INGEN_BESLUT : b.namn;

/** The sentence of the first row whose beställning's Beslut is `beslut` (`<ingen>`, a bifall). */
function beslutsCitat(beslut: string): string | undefined {
	return citatAv(
		INSATSRADER.find((r) =>
			r.bestallning.beslut === INGEN_BESLUT ? beslut === INGEN_BESLUT : beslut === r.bifall
		)
	)?.bestallningBeslut;
}

/** The sentence of the first row whose beställning names `insatskategori`. */
function insatskategoriCitat(insatskategori: string): string {
	return (
		citatAv(INSATSRADER.find((r) => r.bestallning.insatskategori === insatskategori))
			?.bestallningInsatskategori ?? `Vid Insatskategori: välj ${insatskategori}`
	);
}

/** The manual's sentence that names an Utförarens organisation, if a row of the table has one. */
function organisationsCitat(organisation: string): string | undefined {
	return citatAv(INSATSRADER.find((r) => r.bestallning.utforarensOrganisation === organisation))
		?.utforarensOrganisation;
}

/**
 * The sentence that names `utforare`: its beslut's row's, else the first row's that names it (a
 * beställning with no beslut).
 */
function utforarCitat(utforare: string, b: Beslutsplan | undefined): string {
	const fran = b ? [b.rad, ...INSATSRADER] : INSATSRADER;
	return (
		citatAv(fran.find((r) => citatFor(r).utforare.includes(utforare)))?.utforare ??
		CITAT.utforare(utforare)
	);
}

/** What one expected beställning must hold, the scenario's values over the table's. */
export interface Forvantad {
	avsnitt: string;
	beslut?: string;
	insatskategori?: string;
	utforare: string;
	organisation?: string;
	insatser?: string[];
	kvantitet?: string;
	period?: string;
	fran: string;
	till?: string | null;
}

/**
 * The beslut expected beställning `j` is for: an expected one by index, a start-state bifall by
 * id, or none (`forBeslut: null`).
 */
export function planFor(
	scenario: Scenario,
	planer: readonly Beslutsplan[],
	j: number
): Beslutsplan | undefined {
	const o = scenario.forvantat.bestallningar[j];
	if (o.forBeslut === null) return undefined;
	if (typeof o.forBeslut === 'string')
		return startBeslutsplan(scenario, o.forBeslut, `forvantat.bestallningar[${j}].forBeslut`);
	return planer[o.forBeslut];
}

/** The expected beställning's fields: the scenario's, else the table's, else its beslut's. */
export function forvantad(o: ForvantadBestallning, b: Beslutsplan | undefined): Forvantad {
	const tabell = b?.rad.bestallning;
	const utforare = o.utforare ?? (b && fastUtforare(b.rad)) ?? '';
	const val = o.beslut ?? tabell?.beslut;
	const kvantitet = o.kvantitet ?? b?.f.timmar;
	return {
		avsnitt: b?.rad.bestallningAvsnitt ?? 'Beslut och beställning',
		beslut: val === 'bifall' ? b?.namn : val,
		insatskategori: o.insatskategori ?? tabell?.insatskategori,
		utforare,
		organisation: o.utforarensOrganisation ?? tabell?.utforarensOrganisation,
		insatser: o.insatser ?? (b && bestallningsinsatser(b.rad, utforare, b.f.niva)),
		kvantitet,
		period: kvantitet ? (o.period ?? b?.period) : undefined,
		fran: o.fran ?? b?.f.fran ?? '',
		till: o.till !== undefined ? o.till : b?.f.till
	};
}

/** Why the expected insats is the one: the manual's nivå, or the brief where the manual names none. */
function insatsSkal(b: Beslutsplan | undefined): string {
	if (b?.rad.bestallning.insats.typ === 'valfri') return ' (enligt uppdraget)';
	return b?.f.niva ? ` (samma nivå som beslutet, ${b.f.niva})` : '';
}

function reglerFor(
	e: Forvantad,
	parametrar: Record<string, unknown>,
	b: Beslutsplan | undefined,
	o6: O6Fall | undefined
): Regel[] {
	const bas = { avsnitt: e.avsnitt, fakta: 'bestallning', parametrar };
	const faltId = o6 && b?.f.insats === o6.insats ? 'O6' : 'O2';
	const om = b ? ` för ${b.namn}` : ` till ${e.utforare}`;
	const regler = [
		regel({
			...bas,
			id: 'O1',
			vad: `En beställning gjordes${om}`,
			operator: 'exists',
			forvantatText: `En beställning till ${e.utforare}${b ? ` från beslutet ${b.namn}` : ''}`,
			manualcitat: `${CITAT.bifall} ${CITAT.enPerBeslut}`,
			kontroll: 'finns'
		})
	];
	if (e.beslut)
		regler.push(
			regel({
				...bas,
				id: 'O2',
				vad: `Beslut i beställningen${om}`,
				sokvag: 'beslut',
				operator: 'equal',
				varde: e.beslut,
				forvantatText:
					e.beslut === INGEN_BESLUT
						? `Vid Beslut: välj ${INGEN_BESLUT}`
						: `${e.beslut} DATUM (beslutet från ${String(b?.f.beslutsdatum)})`,
				manualcitat:
					(b && radensBeslut(b) === e.beslut ? citatFor(b.rad).bestallningBeslut : undefined) ??
					beslutsCitat(e.beslut) ??
					citatAv(b?.rad)?.bestallningBeslut,
				kontroll: 'innehall'
			})
		);
	if (e.insatskategori)
		regler.push(
			regel({
				...bas,
				id: 'O2',
				vad: `Insatskategori i beställningen${om}`,
				sokvag: 'insatskategori',
				operator: 'equal',
				varde: e.insatskategori,
				manualcitat: insatskategoriCitat(e.insatskategori),
				kontroll: 'innehall'
			})
		);
	regler.push(
		regel({
			...bas,
			id: faltId,
			vad: `Utförare i beställningen${om}`,
			sokvag: 'utforare',
			operator: 'equal',
			varde: e.utforare,
			manualcitat: o6 && faltId === 'O6' ? o6.citat : utforarCitat(e.utforare, b),
			kontroll: 'utforare'
		})
	);
	if (e.organisation)
		regler.push(
			regel({
				...bas,
				id: 'O2',
				vad: `Utförarens organisation i beställningen${om}`,
				sokvag: 'utforarensOrganisation',
				operator: 'equal',
				varde: e.organisation,
				manualcitat: organisationsCitat(e.organisation),
				kontroll: 'utforare'
			})
		);
	regler.push(
		e.insatser
			? regel({
					...bas,
					id: faltId,
					vad: `Insats i beställningen${om}`,
					sokvag: 'insatser',
					operator: 'sameSet',
					varde: e.insatser,
					forvantatText: `Insatser: ${e.insatser.join(', ')}${insatsSkal(b)}`,
					manualcitat: citatAv(b?.rad)?.insats ?? CITAT.insats,
					kontroll: 'innehall'
				})
			: regel({
					...bas,
					id: 'O2',
					vad: `En insats valdes i beställningen${om}`,
					sokvag: 'insatser',
					operator: 'countAtLeast',
					varde: 1,
					forvantatText: 'en insats vald med knappen vid Insatser',
					manualcitat: citatAv(b?.rad)?.insats ?? CITAT.insats,
					kontroll: 'innehall'
				})
	);
	// O3 "(gäller inte vid beslut om kontaktperson)": hours there are a mistake, in either place
	if (b?.rad.timmar === 'inga')
		regler.push(
			regel({
				...bas,
				id: 'O3',
				vad: `Ingen beställd kvantitet${om}`,
				sokvag: 'kvantitet',
				operator: 'equal',
				varde: '',
				forvantatText: 'tomt: timmar fylls inte i för kontaktperson',
				manualcitat: citatFor(b.rad).kvantitet ?? '(gäller inte vid beslut om kontaktperson)',
				kontroll: 'kvantitet'
			})
		);
	if (e.kvantitet)
		regler.push(
			regel({
				...bas,
				id: 'O3',
				vad: `Beställd kvantitet${om}`,
				sokvag: 'kvantitet',
				operator: 'equal',
				varde: e.kvantitet,
				forvantatText: `${e.kvantitet} (samma som beslutet)`,
				manualcitat: citatAv(b?.rad)?.kvantitet ?? CITAT.timmar,
				kontroll: 'kvantitet'
			}),
			regel({
				...bas,
				id: 'O3',
				vad: `Period för beställd kvantitet${om}`,
				sokvag: 'period',
				operator: 'equal',
				varde: e.period,
				manualcitat: citatAv(b?.rad)?.kvantitet ?? CITAT.timmar,
				kontroll: 'kvantitet'
			})
		);
	regler.push(
		regel({
			...bas,
			id: 'O3',
			vad: `Beställningen gäller fr.o.m.${om}`,
			sokvag: 'fran',
			operator: 'sameDay',
			varde: e.fran,
			forvantatText: `${e.fran} (som beslutet)`,
			manualcitat: CITAT.datum,
			kontroll: 'period'
		})
	);
	if (e.till !== undefined)
		regler.push(
			regel({
				...bas,
				id: 'O3',
				vad: `Beställningen gäller t.o.m.${om}`,
				sokvag: 'till',
				...(e.till === null
					? { operator: 'equal', varde: '', forvantatText: 'tomt (som beslutet)' }
					: { operator: 'sameDay', varde: e.till, forvantatText: `${e.till} (som beslutet)` }),
				manualcitat: CITAT.datum,
				kontroll: 'period'
			})
		);
	return regler;
}

/**
 * O1–O3, O6 and O8's beställningar, from `forvantat.bestallningar` and `ingenBestallningFor`:
 * each expected beställning made for its beslut with the table's Beslut, Insatskategori,
 * Utförare, Utförarens organisation and insats, hours and dates as the beslut; none on an avslag
 * or on what `ingenBestallningFor` names; no more than expected; and only after a bifall (U7).
 */
export const bestallningsregler: RegelByggare = (scenario) => {
	const f = scenario.forvantat;
	if (f.bestallningar.length === 0 && f.ingenBestallningFor.length === 0) return [];
	const planer = beslutsplan(scenario);
	const o6 = o6Fall(planer);
	const utredning = utredningFor(scenario);
	const pnr = f.kund.pnr;
	const regler = f.bestallningar.flatMap((o, j) => {
		const b = planFor(scenario, planer, j);
		const e = forvantad(o, b);
		const parametrar = b
			? { ...b.parametrar, utforare: e.utforare }
			: { pnr, utredning, utforare: e.utforare };
		return reglerFor(e, parametrar, b, o6);
	});
	const forsta = planer.find((p) => p.bifall) ?? planer[0];
	const avsnitt = forsta?.rad.bestallningAvsnitt ?? 'Beslut och beställning';
	for (const i of f.ingenBestallningFor) {
		const b = planer[i];
		const iO6 = !!o6 && b.bifall && b.f.insats === o6.verkstalld;
		regler.push(
			regel({
				id: iO6 ? 'O6' : 'O1',
				avsnitt: b.rad.bestallningAvsnitt,
				vad: `Ingen beställning gjordes för ${b.namn}`,
				fakta: 'bestallningarForBeslut',
				parametrar: b.parametrar,
				operator: 'countEqual',
				varde: 0,
				forvantatText: iO6
					? 'ingen: bara beställningen om stödfamilj skickas'
					: `ingen (${b.bifall ? 'beslutet får ingen beställning' : 'en beställning görs bara vid bifall'})`,
				manualcitat: o6 && iO6 ? o6.citat : CITAT.enPerBeslut,
				kontroll: 'antal'
			})
		);
	}
	const parametrar = { pnr, utredning };
	if (planer.length > 0)
		regler.push(
			regel({
				id: 'O1',
				avsnitt,
				vad: 'Ingen beställning gjordes på ett avslagsbeslut',
				fakta: 'bestallningarPaAvslag',
				parametrar,
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'inga: beställning görs endast vid bifall',
				manualcitat: CITAT.bifall,
				kontroll: 'antal'
			})
		);
	regler.push(
		regel({
			id: o6 ? 'O6' : 'O1',
			avsnitt,
			vad: 'Inte fler beställningar än en per bifallsbeslut',
			fakta: 'bestallningar',
			parametrar,
			operator: 'countAtMost',
			varde: f.bestallningar.length,
			forvantatText: o6
				? `högst ${f.bestallningar.length}: vid korttidsvistelse i stödfamilj bara beställningen om stödfamilj`
				: `högst ${f.bestallningar.length} (en per bifallsbeslut)`,
			manualcitat: o6 ? o6.citat : CITAT.enPerBeslut,
			kontroll: 'antal'
		})
	);
	const ersatt = o6 && fastUtforare(INSATSTABELL[o6.verkstalld]);
	if (o6 && ersatt)
		regler.push(
			regel({
				id: 'O6',
				avsnitt,
				vad: `Ingen beställning till ${ersatt}`,
				fakta: 'bestallningarTill',
				parametrar: { ...parametrar, utforare: ersatt },
				operator: 'countEqual',
				varde: 0,
				forvantatText: `ingen beställning till ${ersatt} när korttidsvistelsen verkställs i stödfamilj`,
				manualcitat: o6.citat,
				kontroll: 'antal'
			})
		);
	if (f.bestallningar.length > 0 && planer.some((p) => p.bifall))
		regler.push(
			regel({
				id: 'O1',
				avsnitt,
				vad: 'Beställningen gjordes efter bifallsbeslutet',
				fakta: 'steg',
				parametrar: { pnr },
				operator: 'precededBy',
				varde: { fore: STEG.bifall, efter: STEG.bestallning },
				forvantatText: `${STEG.bifall} före ${STEG.bestallning}`,
				manualcitat: CITAT.bifall,
				kontroll: 'ordning'
			})
		);
	return regler;
};
