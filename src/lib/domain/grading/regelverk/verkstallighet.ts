import type { Scenario } from '../../../schemas/scenario';
import { LSS_MYNDIGHET } from '../../katalog';
import { STEG } from '../fakta';
import { EGET_VAL, LASS, LSS_INSATSER } from '../../insatstabell';
import type { Regel } from '../typer';
import { beslutsplan } from './beslutsplan';
import { LASS_CITAT } from './lass-citat';
import { regel, type RegelByggare } from './regel';

const AVSNITT = {
	oppna: 'Öppna en verkställighet',
	egetVal: 'Öppna en verkställighet vid bifall personlig assistans med utförare Lss, Eget val',
	lssInsatser: 'Öppna en verkställighet LSS Insatser'
};

const CITAT = {
	// where to read on is "se avsnittet" in some beslut sections and "se avsnitt" in others
	tankPa:
		'Tänk på: vid ett bifallsbeslut kontrollera att det finns en öppen/pågående verkställighet ' +
		'LSS Insatser',
	alla:
		'Alla kunder som har ett pågående beslut/insats ska ha en öppen verkställighet som heter LSS ' +
		'Insatser.',
	enbart:
		'LSS-handläggare ska enbart öppna verkställighet vid bifall av insatsen Personlig assistans ' +
		'med utförare Lss, Eget val eller för insatser/beslut med utförare Privat, Utförare och alltid ' +
		'LSS Insatser vid ny kund/kund som inte har pågående insatser sen tidigare.',
	franDatum:
		'Fyll i vid Gäller fr.o.m./datum från när verkställigheten gäller (utgå ifrån beslutsdatum).',
	efterBifall:
		'1) När ett bifalls-beslut fattats ska en verkställighet öppnas (om den inte finns sedan tidigare).'
};

type ForvantadVerkstallighet = Scenario['forvantat']['verkstalligheter'][number];

function reglerFor(v: ForvantadVerkstallighet, pnr: string): Regel[] {
	const egetVal = v.utforare === EGET_VAL;
	const bas = {
		id: egetVal ? 'V3' : 'V1',
		avsnitt: egetVal ? AVSNITT.egetVal : AVSNITT.oppna,
		fakta: 'verkstallighet',
		parametrar: { pnr, insatskategori: v.insatskategori, utforare: v.utforare }
	};
	return [
		regel({
			...bas,
			vad: `Verkställigheten ${v.insatskategori} öppnades`,
			operator: 'exists',
			forvantatText: `En verkställighet ${v.insatskategori} – ${v.utforare}`,
			manualcitat: '2) Rutan Skapa ny verkställighet öppnas.',
			kontroll: 'finns'
		}),
		regel({
			...bas,
			vad: `Utförare på verkställigheten ${v.insatskategori}`,
			sokvag: 'utforare',
			operator: 'equal',
			varde: v.utforare,
			kontroll: 'utforare'
		}),
		regel({
			...bas,
			vad: `Organisation på verkställigheten ${v.insatskategori}`,
			sokvag: 'organisation',
			operator: 'equal',
			varde: v.organisation,
			kontroll: 'organisation'
		}),
		regel({
			...bas,
			vad: `Gäller fr.o.m. på verkställigheten ${v.insatskategori}`,
			sokvag: 'fran',
			operator: 'sameDay',
			varde: v.fran,
			manualcitat: CITAT.franDatum,
			kontroll: 'datum'
		})
	];
}

/**
 * How LSS Insatser is graded when it must be opened: the handläggare's slot among
 * LSS-handläggare 1–11 as Utförare in the ordinary case (V2), LSS Myndighet in the LASS case
 * (L6), each right in its own case (rules.md reading 5), with the sentences of its own section.
 */
export interface LssInsatserFall {
	id: string;
	avsnitt: string;
	utforare: string;
	utforareText: string;
	/** Gäller fr.o.m. (reading 6: the beslutsdatum or the day the beslut applies from). */
	datum: string[];
	datumText: string;
	citat: { oppnas: string; utforare: string; organisation: string; fran: string };
}

export function lssInsatserFall(scenario: Scenario, id = 'V2'): LssInsatserFall {
	const slot = scenario.roll.lssHandlaggare;
	const l = scenario.forvantat.lass;
	if (l) {
		const datum = [...new Set([l.fran, scenario.idag])];
		return {
			id,
			avsnitt: LASS.avsnitt,
			utforare: LASS.lssInsatserUtforare,
			utforareText: `${LASS.lssInsatserUtforare} (vid LASS-beslut, inte din plats ${slot})`,
			datum,
			datumText: `${l.fran} (datumet som beslutet gäller ifrån)${datum.length > 1 ? ` eller beslutsdatum ${scenario.idag}` : ''}`,
			citat: {
				oppnas: LASS_CITAT.lssInsatser,
				utforare: LASS_CITAT.utforare,
				organisation: LASS_CITAT.beslutOrganisation,
				fran: LASS_CITAT.fran
			}
		};
	}
	const bifall = beslutsplan(scenario).find((p) => p.bifall);
	const datum = bifall ? [...new Set([bifall.f.beslutsdatum, bifall.f.fran])] : [];
	return {
		id,
		avsnitt: AVSNITT.lssInsatser,
		utforare: slot,
		utforareText: `${slot} (din plats bland LSS-handläggare 1–11)`,
		datum,
		datumText: `beslutsdatum ${datum.join(' eller ')}`,
		citat: {
			oppnas: CITAT.efterBifall,
			utforare: '4) Vid Utförare: välj rätt LSS-handläggare, någon av LSS-handläggare 1-11.',
			organisation: 'Vid Organisation: välj LSS Myndighet.',
			fran: CITAT.franDatum
		}
	};
}

/** The LSS Insatser verkställighet the attempt must open, and that it came after a bifall. */
export function lssInsatserRegler(pnr: string, fall: LssInsatserFall): Regel[] {
	const bas = {
		id: fall.id,
		avsnitt: fall.avsnitt,
		fakta: 'verkstallighet',
		parametrar: { pnr, insatskategori: LSS_INSATSER }
	};
	const regler = [
		regel({
			...bas,
			vad: 'Verkställigheten LSS Insatser öppnades',
			operator: 'exists',
			forvantatText: 'Verkställighet (lov) → Skapa ny verkställighet, Insatskategori LSS Insatser',
			manualcitat: fall.citat.oppnas,
			kontroll: 'finns'
		}),
		regel({
			...bas,
			vad: 'Utförare på LSS Insatser',
			sokvag: 'utforare',
			operator: 'equal',
			varde: fall.utforare,
			forvantatText: fall.utforareText,
			manualcitat: fall.citat.utforare,
			kontroll: 'utforare'
		}),
		regel({
			...bas,
			vad: 'Organisation på LSS Insatser',
			sokvag: 'organisation',
			operator: 'equal',
			varde: LSS_MYNDIGHET,
			manualcitat: fall.citat.organisation,
			kontroll: 'organisation'
		})
	];
	if (fall.datum.length > 0)
		regler.push(
			regel({
				...bas,
				vad: 'Gäller fr.o.m. på LSS Insatser',
				sokvag: 'fran',
				operator: 'in',
				varde: fall.datum,
				forvantatText: fall.datumText,
				manualcitat: fall.citat.fran,
				kontroll: 'datum'
			}),
			regel({
				...bas,
				fakta: 'steg',
				parametrar: { pnr },
				vad: 'LSS Insatser öppnades efter bifallsbeslutet',
				operator: 'precededBy',
				varde: { fore: STEG.bifall, efter: STEG.lssInsatser },
				forvantatText: `${STEG.bifall} före ${STEG.lssInsatser}`,
				manualcitat: fall.citat.oppnas,
				kontroll: 'ordning'
			})
		);
	return regler;
}

/** No second LSS Insatser where the customer has one open (V4; L6 in the LASS case). */
export function ingenNyLssInsatser(pnr: string, id: string, avsnitt: string, citat: string): Regel {
	return regel({
		id,
		avsnitt,
		vad: 'Ingen ny verkställighet LSS Insatser öppnades (kunden har redan en)',
		fakta: 'verkstallighet',
		parametrar: { pnr, insatskategori: LSS_INSATSER },
		operator: 'notExists',
		forvantatText: 'ingen ny: den pågående LSS Insatser används',
		manualcitat: citat,
		kontroll: 'antal'
	});
}

/**
 * B6, V1–V4 from `forvantat.lssInsatser`, `verkstalligheter` and `ingaAndraVerkstalligheter`:
 * a pågående LSS Insatser after a bifall; when it must be opened, with the right utförare slot,
 * organisation and date; each expected verkställighet opened as stated; none other (V4): no
 * second LSS Insatser where one is pågående, none after an avslag, none of the utförare's.
 */
export const verkstallighetsregler: RegelByggare = (scenario) => {
	const f = scenario.forvantat;
	const pnr = f.kund.pnr;
	const planer = beslutsplan(scenario);
	const bifall = planer.find((p) => p.bifall);
	const regler: Regel[] = [];
	if (f.lssInsatser === 'finns' && !startHarLssInsatser(scenario))
		throw new Error(
			`${scenario.kalla}: forvantat.lssInsatser: 'finns', men startläget har ingen pågående ` +
				`verkställighet LSS Insatser för kunden. Lägg in den under start.verkstalligheter, eller skriv 'ska-oppnas'.`
		);
	if (bifall)
		regler.push(
			regel({
				id: 'B6',
				avsnitt: bifall.rad.beslutAvsnitt,
				vad: 'Det finns en öppen/pågående verkställighet LSS Insatser efter bifallet',
				fakta: 'pagaendeLssInsatser',
				parametrar: { pnr },
				operator: 'exists',
				forvantatText: 'en pågående verkställighet LSS Insatser',
				manualcitat: CITAT.tankPa,
				kontroll: 'finns'
			})
		);
	if (f.lssInsatser === 'ska-oppnas')
		regler.push(...lssInsatserRegler(pnr, lssInsatserFall(scenario)));
	if (f.lssInsatser === 'finns')
		regler.push(ingenNyLssInsatser(pnr, 'V4', AVSNITT.oppna, CITAT.enbart));
	regler.push(...f.verkstalligheter.flatMap((v) => reglerFor(v, pnr)));
	if (f.ingaAndraVerkstalligheter) {
		const vantade = f.verkstalligheter.map((v) => `${v.insatskategori}|${v.utforare}`);
		if (f.lssInsatser === 'ska-oppnas') vantade.push(`${LSS_INSATSER}|*`);
		// LSS Insatser is the handläggare's own verkställighet, not one "utföraren ska öppna": when
		// it must not be opened, a V4 of its own says so under the sentence that supports it
		const utom = f.lssInsatser === 'ska-oppnas' ? [] : [LSS_INSATSER];
		if (!f.lssInsatser && !bifall && !f.lass)
			regler.push(
				regel({
					id: 'V4',
					avsnitt: AVSNITT.oppna,
					vad: 'Ingen verkställighet LSS Insatser öppnades (inget bifall)',
					fakta: 'verkstallighet',
					parametrar: { pnr, insatskategori: LSS_INSATSER },
					operator: 'notExists',
					forvantatText:
						'ingen: LSS Insatser är för kunder med ett pågående beslut/insats, och här beviljas ingen insats',
					manualcitat: CITAT.alla,
					kontroll: 'antal'
				})
			);
		regler.push(
			regel({
				id: 'V4',
				avsnitt: AVSNITT.oppna,
				vad: 'Inga verkställigheter öppnades som utföraren ska öppna',
				fakta: 'ovantadeVerkstalligheter',
				parametrar: { pnr, vantade, utom },
				operator: 'countEqual',
				varde: 0,
				forvantatText: vantade.length
					? `bara ${vantade.map((v) => v.replace('|*', '').replace('|', ' – ')).join(', ')}`
					: 'ingen: handläggaren öppnar här ingen verkställighet åt utföraren',
				manualcitat: CITAT.enbart,
				kontroll: 'antal'
			})
		);
	}
	return regler;
};

function startHarLssInsatser(scenario: Scenario): boolean {
	const pnr = scenario.forvantat.kund.pnr;
	return scenario.start.verkstalligheter.some(
		(v) => v.pnr === pnr && v.insatskategori === LSS_INSATSER && v.pagaende
	);
}
