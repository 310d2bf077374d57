import { LSS_MYNDIGHET } from '../../katalog';
import { visaTimmar } from '../../timmar';
import { bestallningsnamn } from '../fakta-bestallning';
import type { Regel } from '../typer';
import { startBestallning } from './bekraftelse';
import { regel, type RegelByggare } from './regel';

const AVSNITT = {
	taBort: 'Ta bort en beställning',
	avbrott: 'Ny beställning vid avbrott av pågående insats'
};

const CITAT = {
	kanTasBort:
		'En beställning som inte har blivit bekräftad kan tas bort om beslutet/insatsen inte längre är pågående.',
	x: 'För att ta bort beställningen klicka på X uppe till vänster i menyraden.',
	kopiera: '2) Klicka på Kopiera beställning.',
	bestallare:
		'4) Ändra till ditt namn vid Beslutsfattare/beställare och ändra till LSS Myndighet vid Organisation Beslutsfattare/beställare.',
	bestalltDatum:
		'5) Fyll i datum vid Beställt datum (datumet från dagen efter när avbrottet skedde).',
	galler:
		'6) Fyll i datum vid Beställningen gäller (startdatum är från dagen efter när avbrottet skedde och slutdatum är utifrån om beslutet har ett slutdatum).',
	utforare: '7) Kontrollera att det är rätt Utförare.',
	insatser: '8) Kontrollera att det stämmer vid Insatser och Beställd kvantitet.'
};

/**
 * R1 from `forvantat.borttagningar`: each named beställning removed; none other, and none whose
 * beslut is still pågående (one quote, so the report counts one mistake).
 */
export const borttagningsregler: RegelByggare = (scenario) => {
	const ids = scenario.forvantat.borttagningar;
	const bas = { id: 'R1', avsnitt: AVSNITT.taBort, kontroll: 'antal' as const };
	return [
		...ids.map((id, i) => {
			const b = startBestallning(scenario, id, `forvantat.borttagningar[${i}]`);
			return regel({
				...bas,
				vad: `${bestallningsnamn(b)} togs bort`,
				fakta: 'borttagen',
				parametrar: { bestallning: id },
				operator: 'exists',
				forvantatText: 'X uppe till vänster i menyraden → Ta bort beställning? → Ja',
				manualcitat: CITAT.x,
				kontroll: 'finns'
			});
		}),
		regel({
			...bas,
			vad: 'Ingen beställning togs bort vars beslut fortfarande är pågående',
			fakta: 'borttagnaMedPagaendeBeslut',
			operator: 'countEqual',
			varde: 0,
			manualcitat: CITAT.kanTasBort
		}),
		regel({
			...bas,
			vad: 'Inga andra beställningar togs bort',
			fakta: 'ovantadeBorttagna',
			parametrar: { vantade: ids },
			operator: 'countEqual',
			varde: 0,
			manualcitat: CITAT.kanTasBort
		})
	];
};

/**
 * R2 from `forvantat.avbrott`: a new beställning copied from the old one with Kopiera
 * beställning, with Beställt datum and Beställningen gäller from the day after the avbrott, the
 * trainee as Beslutsfattare/beställare at LSS Myndighet, and the old one's Utförare, Insatser and
 * Beställd kvantitet. R3 (the old one's end date) is Procapita's own doing: the projection sets
 * it, so there is nothing of the trainee's to grade.
 */
export const avbrottsregler: RegelByggare = (scenario) => {
	const a = scenario.forvantat.avbrott;
	if (!a) return [];
	const gammal = startBestallning(scenario, a.bestallning, 'forvantat.avbrott.bestallning');
	const bas = {
		id: 'R2',
		avsnitt: AVSNITT.avbrott,
		fakta: 'kopia',
		parametrar: { bestallning: gammal.id }
	};
	const falt = (
		vad: string,
		sokvag: string,
		operator: string,
		varde: unknown,
		manualcitat: string,
		kontroll: Parameters<typeof regel>[0]['kontroll']
	): Regel =>
		regel({
			...bas,
			vad: `${vad} i den nya beställningen`,
			sokvag,
			operator,
			varde,
			manualcitat,
			kontroll
		});
	const regler = [
		regel({
			...bas,
			vad: `En ny beställning kopierades från ${bestallningsnamn(gammal)} och skickades`,
			operator: 'exists',
			forvantatText: 'Kopiera beställning, fyll i, Spara',
			manualcitat: CITAT.kopiera,
			kontroll: 'finns'
		}),
		falt(
			'Beställt datum',
			'bestalltDatum',
			'sameDay',
			a.bestalltDatum,
			CITAT.bestalltDatum,
			'datum'
		),
		falt('Beställningen gäller fr.o.m.', 'fran', 'sameDay', a.fran, CITAT.galler, 'period'),
		falt(
			'Beslutsfattare/beställare',
			'beslutsfattare',
			'equal',
			a.beslutsfattare,
			CITAT.bestallare,
			'handlaggare'
		),
		falt(
			'Organisation Beslutsfattare/beställare',
			'beslutsfattarensOrganisation',
			'equal',
			a.beslutsfattarensOrganisation ?? LSS_MYNDIGHET,
			CITAT.bestallare,
			'organisation'
		),
		falt('Utförare', 'utforare', 'equal', gammal.utforare, CITAT.utforare, 'utforare'),
		falt('Insatser', 'insatser', 'sameSet', gammal.insatser, CITAT.insatser, 'innehall'),
		falt(
			'Beställd kvantitet',
			'kvantitet',
			'equal',
			gammal.kvantitet ? visaTimmar(gammal.kvantitet) : '',
			CITAT.insatser,
			'kvantitet'
		)
	];
	if (a.till !== undefined)
		regler.push(
			falt('Beställningen gäller t.o.m.', 'till', 'equal', a.till ?? '', CITAT.galler, 'period')
		);
	return regler;
};
