import type { Scenario } from '../../../schemas/scenario';
import type { Bestallning } from '../../beslut';
import { EGET_VAL } from '../../insatstabell';
import {
	BEKRAFTAS_AV_HANDLAGGAREN,
	bestallningsnamn,
	verkstallighetAvser
} from '../fakta-bestallning';
import type { Regel } from '../typer';
import { regel, type RegelByggare } from './regel';

/**
 * The manual's section Bekräfta beställning … as the in-app manual cuts it: its first sentence
 * under the heading, and the rest under the heading the PDF gives its second list item.
 */
export const AVSNITT_BEKRAFTA = {
	galler: 'Bekräfta beställning utförare Lss, Eget Val och utförare Privat, Utförare',
	process:
		'Insatser som verkställs utanför kommunen (externa placeringar) med utförare Privat, Utförare',
	egetVal: 'Beställning personlig assistans och tillfällig utökning (endast vid bifall)'
};

const CITAT = {
	galler:
		'Gäller endast för beställningar för: Insatsen personlig assistans med utförare Lss, Eget Val',
	obs: 'Om det inte finns en verkställighet måste den öppnas innan beställningen bekräftas (se avsnittet om ”Öppna en verkställighet”).',
	kolla: '9) Kolla att det är rätt Insatskategori och rätt Utförare',
	organisation: '10) Kontrollera att det står LSS Myndighet vid organisation.',
	spara: '12) Klicka på Spara.',
	egetVal:
		'OBS: vid utförare Lss, Eget Val behöver du bekräfta beställningen när insatsen är verkställd'
};

const PERSONLIG_ASS = 'Personlig ass LSS';

type ForvantadBekraftelse = Scenario['forvantat']['bekraftelser'][number];

/** The start-state beställning a rule names: a scenario naming another is refused when built. */
export function startBestallning(scenario: Scenario, id: string, falt: string): Bestallning {
	const b = scenario.start.bestallningar.find((x) => x.id === id);
	if (!b)
		throw new Error(
			`${scenario.kalla}: ${falt}: startläget har ingen beställning ${id}. Lägg in den under start.bestallningar.`
		);
	return b;
}

function reglerFor(scenario: Scenario, f: ForvantadBekraftelse, i: number): Regel[] {
	const b = startBestallning(scenario, f.bestallning, `forvantat.bekraftelser[${i}].bestallning`);
	const namn = bestallningsnamn(b);
	const insatskategori = f.insatskategori ?? b.insatskategori;
	const utforare = f.utforare ?? b.utforare;
	const parametrar = { bestallning: b.id };
	const bas = { id: 'C3', avsnitt: AVSNITT_BEKRAFTA.process, fakta: 'bekraftelse', parametrar };
	// O7: a personlig assistans beställning to Lss, Eget Val is confirmed once verkställd
	const o7 = b.utforare === EGET_VAL && b.insatskategori === PERSONLIG_ASS;
	return [
		regel({
			...bas,
			...(o7 ? { id: 'O7', avsnitt: AVSNITT_BEKRAFTA.egetVal, manualcitat: CITAT.egetVal } : {}),
			vad: `${namn} bekräftades`,
			operator: 'exists',
			forvantatText: 'Mina sidor → Gå till verkställighet (lov) → Ta in beställning → OK → Spara',
			...(o7 ? {} : { manualcitat: CITAT.spara }),
			kontroll: 'finns'
		}),
		regel({
			...bas,
			vad: `Insatskategori i Ta in beställning för ${namn}`,
			sokvag: 'insatskategori',
			operator: 'equal',
			varde: insatskategori,
			manualcitat: CITAT.kolla,
			kontroll: 'innehall'
		}),
		regel({
			...bas,
			vad: `Utförare i Ta in beställning för ${namn}`,
			sokvag: 'utforare',
			operator: 'equal',
			varde: utforare,
			manualcitat: CITAT.kolla,
			kontroll: 'utforare'
		}),
		regel({
			...bas,
			vad: `Organisation i Ta in beställning för ${namn}`,
			sokvag: 'organisation',
			operator: 'equal',
			varde: f.organisation,
			manualcitat: CITAT.organisation,
			kontroll: 'organisation'
		}),
		regel({
			...bas,
			id: 'C2',
			vad: `En öppen verkställighet fanns när ${namn} bekräftades`,
			sokvag: 'verkstallighet',
			operator: 'equal',
			varde: verkstallighetAvser(insatskategori, utforare),
			forvantatText: `en öppen verkställighet ${verkstallighetAvser(insatskategori, utforare)}, öppnad innan beställningen bekräftades`,
			manualcitat: CITAT.obs,
			kontroll: 'finns'
		})
	];
}

/**
 * C1–C3 and O7 from `forvantat.bekraftelser`: each beställning confirmed, with the right
 * Insatskategori, Utförare and Organisation in Ta in beställning, into an open verkställighet of
 * its insats (C2); and no beställning confirmed to another utförare than Lss, Eget Val or
 * Privat, Utförare (C1).
 */
export const bekraftelseregler: RegelByggare = (scenario) => [
	...scenario.forvantat.bekraftelser.flatMap((f, i) => reglerFor(scenario, f, i)),
	regel({
		id: 'C1',
		avsnitt: AVSNITT_BEKRAFTA.galler,
		vad: 'Bara beställningar till Lss, Eget Val eller Privat, Utförare bekräftades',
		fakta: 'bekraftadeTillAndra',
		operator: 'countEqual',
		varde: 0,
		forvantatText: `inga: handläggaren bekräftar bara beställningar till ${BEKRAFTAS_AV_HANDLAGGAREN.join(' och ')}`,
		manualcitat: CITAT.galler,
		kontroll: 'antal'
	})
];
