import type { Scenario } from '../../../schemas/scenario';
import { beslutPagar } from '../../beslut';
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
 * The start-state beslut `forvantat.bestallningar` expects a new beställning for (`forBeslut`
 * by id): their old beställning is replaced, not left without one.
 */
function ersattaBeslut(scenario: Scenario): Set<string> {
	return new Set(
		scenario.forvantat.bestallningar.flatMap((o) =>
			typeof o.forBeslut === 'string' ? [o.forBeslut] : []
		)
	);
}

/**
 * R1 from `forvantat.borttagningar`: each named beställning removed; none other, and none whose
 * beslut is still pågående (one quote, so the report counts one mistake). A named one whose
 * beslut is pågående is expected only when a new beställning for that beslut is expected too
 * (`forvantat.bestallningar` with `forBeslut` its id): one sent to the wrong utförare is removed
 * and replaced, and the beslut is never left without a beställning. The scenario is refused
 * otherwise, since no attempt could then be right on both R1 rules.
 */
export const borttagningsregler: RegelByggare = (scenario) => {
	const ids = scenario.forvantat.borttagningar;
	const bas = { id: 'R1', avsnitt: AVSNITT.taBort, kontroll: 'antal' as const };
	const ersatta = ersattaBeslut(scenario);
	const ersatts: string[] = [];
	const regler = [
		...ids.map((id, i) => {
			const falt = `forvantat.borttagningar[${i}]`;
			const b = startBestallning(scenario, id, falt);
			const beslutId = b.beslutId ?? b.franBeslutId;
			const beslut = scenario.start.beslut.find((x) => x.id === beslutId);
			if (beslut && beslutPagar(beslut, scenario.idag)) {
				if (!ersatta.has(beslutId))
					throw new Error(
						`${scenario.kalla}: ${falt}: beslutet ${beslutId} för beställningen ${id} är pågående ${scenario.idag}, ` +
							'och en sådan beställning tas bort bara när en ny skickas i stället ' +
							`(forvantat.bestallningar: [{ forBeslut: ${beslutId} }]).`
					);
				ersatts.push(id);
			}
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
		})
	];
	return [
		...regler,
		regel({
			...bas,
			vad: ersatts.length
				? 'Ingen annan beställning togs bort vars beslut fortfarande är pågående'
				: 'Ingen beställning togs bort vars beslut fortfarande är pågående',
			fakta: 'borttagnaMedPagaendeBeslut',
			...(ersatts.length ? { parametrar: { utom: ersatts } } : {}),
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
