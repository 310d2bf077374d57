import type { Scenario } from '../../../schemas/scenario';
import { AVSNITT } from '../avsnitt';
import { PLATS_ROT, platsIUtredning } from '../fakta';
import type { Regel } from '../typer';
import { regel, type RegelByggare } from './regel';

type ForvantadAktualisering = Scenario['forvantat']['aktualiseringar'][number];

const OMPROVNING = 'LSS Omprövning';

const ORGANISATION_CITAT =
	'Tips: Under C1 VON finns det 5 hemvårdsområden (Centrum, Nord, Syd, Väst, Öst) innan ' +
	'LSS Myndighet.';

/** The label of the place an expected aktualisering belongs, checked against the start state. */
function forvantadPlats(scenario: Scenario, f: ForvantadAktualisering, i: number): string {
	if (!f.utredning) return PLATS_ROT;
	const u = scenario.start.utredningar.find((x) => x.id === f.utredning);
	if (!u)
		throw new Error(
			`${scenario.kalla}: forvantat.aktualiseringar[${i}].utredning: utredningen "${f.utredning}" ` +
				'finns inte under start.utredningar. Ange id:t på en pågående utredning i startläget.'
		);
	return platsIUtredning(u);
}

/** The rules for one expected aktualisering, matched to a saved one by its type. */
function reglerFor(scenario: Scenario, f: ForvantadAktualisering, i: number, nr: number): Regel[] {
	const parametrar = { pnr: scenario.forvantat.kund.pnr, typ: f.typ, nr };
	const omprovning = f.typ === OMPROVNING;
	const avsnitt = f.utredning
		? AVSNITT.aktualiseraIPagaende
		: omprovning
			? AVSNITT.aktualiseraOmprovning
			: AVSNITT.aktualiseraAnsokan;
	// Omprövning has its own rule (A5) covering every field of its aktualisering.
	const id = (vanligt: string): string => (omprovning ? 'A5' : vanligt);
	const plats = forvantadPlats(scenario, f, i);
	const bas = { avsnitt, fakta: 'aktualisering', parametrar };
	return [
		regel({
			...bas,
			id: id('A2'),
			vad: `En aktualisering med Typ av aktualisering ${f.typ}`,
			operator: 'exists',
			forvantatText: omprovning
				? 'Vid Typ av aktualisering väljer du LSS Omprövning'
				: `En aktualisering för den sökta insatsen: ${f.typ}`,
			manualcitat: omprovning
				? 'När du valt Aktualisering öppnas den och du väljer LSS Omprövning vid Typ av aktualisering.'
				: PER_SOKT_INSATS,
			kontroll: 'finns'
		}),
		regel({
			...bas,
			id: id('A1'),
			vad: `Aktualiseringen ${f.typ} gjordes på rätt ställe`,
			fakta: 'aktualiseringsplats',
			operator: 'equal',
			varde: plats,
			forvantatText: f.utredning
				? `Högerklicka på den pågående utredningen (${plats}) och välj Aktualisering`
				: 'Högerklicka på rubriken LSS utredning o verkställighet och välj Aktualisering',
			manualcitat: f.utredning
				? '1) Högerklicka på den pågående utredningen. Välj sedan Aktualisering.'
				: '1) Högerklicka på rubriken LSS utredning o verkställighet. Välj sedan Aktualisering.',
			kontroll: 'plats'
		}),
		regel({
			...bas,
			id: id('A3'),
			vad: `Datum på aktualiseringen ${f.typ}`,
			sokvag: 'datum',
			operator: 'sameDay',
			varde: f.datum,
			forvantatText: omprovning
				? `${f.datum} (datumet som omprövningen inleds)`
				: `${f.datum} (datumet som ansökan inkom)`,
			manualcitat: omprovning
				? 'Vid datum fyller du i datumet som omprövningen inleds.'
				: 'Vid datum fyller du i datumet som ansökan inkom.',
			kontroll: 'datum'
		}),
		regel({
			...bas,
			id: id('A3'),
			vad: `Från vem på aktualiseringen ${f.typ}`,
			sokvag: 'franVem',
			operator: 'equal',
			varde: f.franVem,
			forvantatText: omprovning ? f.franVem : `${f.franVem} (den som ansökt)`,
			manualcitat: omprovning
				? 'Vid Från vem väljer du Egna myndigheten (VON)'
				: 'Vid Från vem väljer du den som ansökt',
			kontroll: 'uppgift'
		}),
		regel({
			...bas,
			id: id('A3'),
			vad: `Ansvarig handläggare på aktualiseringen ${f.typ}`,
			sokvag: 'ansvarigHandlaggare',
			operator: 'equal',
			varde: f.ansvarigHandlaggare,
			forvantatText: `${f.ansvarigHandlaggare} (enligt gällande rutin, se uppdraget)`,
			manualcitat: 'vid Ansvarig handläggare väljer du handläggare utifrån gällande rutin.',
			kontroll: 'handlaggare'
		}),
		regel({
			...bas,
			id: id('A4'),
			vad: `Organisation på aktualiseringen ${f.typ}`,
			sokvag: 'organisation',
			operator: 'equal',
			varde: f.organisation,
			forvantatText: `Välj ${f.organisation} vid Organisation (inte ett hemvårdsområde eller en annan enhet)`,
			manualcitat: ORGANISATION_CITAT,
			kontroll: 'organisation'
		})
	];
}

const PER_SOKT_INSATS =
	'En ansökan kan innehålla flera sökta insatser och du skapar en aktualisering för varje sökt insats.';

/**
 * A1–A5, from `forvantat.aktualiseringar`: each expected aktualisering exists (matched by Typ
 * av aktualisering, in any order), was made in the right place, and has the right Datum, Från
 * vem, Ansvarig handläggare and Organisation; and there is one per sökt insats, no more. An
 * empty list is an expectation too: no aktualisering may be made.
 */
export const aktualiseringsregler: RegelByggare = (scenario) => {
	const forvantade = scenario.forvantat.aktualiseringar;
	// A scenario that names this rule set and expects none says "no aktualisering here" (no
	// insats is sökt); building nothing would let any aktualisering pass unseen.
	if (forvantade.length === 0)
		return [
			regel({
				id: 'A2',
				avsnitt: AVSNITT.aktualiseraAnsokan,
				vad: 'Ingen aktualisering gjordes',
				fakta: 'aktualiseringar',
				parametrar: { pnr: scenario.forvantat.kund.pnr },
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'ingen: här söks ingen insats som ska aktualiseras',
				manualcitat: PER_SOKT_INSATS,
				kontroll: 'antal'
			})
		];
	const regler = forvantade.flatMap((f, i) => {
		// Two expected of one type match the first and second saved of that type.
		const nr = forvantade.slice(0, i).filter((x) => x.typ === f.typ).length;
		return reglerFor(scenario, f, i, nr);
	});
	const typer = forvantade.map((f) => f.typ);
	const endastOmprovning = typer.every((t) => t === OMPROVNING);
	regler.push(
		regel({
			id: endastOmprovning ? 'A5' : 'A2',
			avsnitt: endastOmprovning ? AVSNITT.aktualiseraOmprovning : AVSNITT.aktualiseraAnsokan,
			vad: 'En aktualisering per sökt insats, inga fler',
			fakta: 'aktualiseringar',
			parametrar: { pnr: scenario.forvantat.kund.pnr },
			operator: 'countEqual',
			varde: forvantade.length,
			forvantatText: `${forvantade.length} st: ${typer.join(', ')}`,
			manualcitat:
				'När du skapat en aktualisering och vill skapa en till kan du klicka på symbolen som ' +
				'ser ut som ett vitt och tomt blad.',
			kontroll: 'antal'
		})
	);
	return regler;
};
