import { STEG } from '../fakta';
import type { Regel } from '../typer';
import { utredningFor } from './beslutsplan';
import { regel, type RegelByggare } from './regel';

const AVSNITT = 'Bedömning daglig verksamhet (endast vid bifall)';

const KONTROLLERA =
	'OBS: innan du påbörjar bedömningen kontrollera att det finns en öppen/pågående verkställighet ' +
	'LSS Insatser.';

/**
 * O9, from `forvantat.bedomning`: a bedömning saved in the utredning with Metod/Instrument,
 * Datum when the scenario names it, a nivå for every function, the box in front of LSS Insatser
 * ticked, and (when LSS Insatser is opened in the attempt) only after it was opened.
 */
export const bedomningsregler: RegelByggare = (scenario) => {
	const b = scenario.forvantat.bedomning;
	if (!b) return [];
	const pnr = scenario.forvantat.kund.pnr;
	const bas = {
		id: 'O9',
		avsnitt: AVSNITT,
		fakta: 'bedomning',
		parametrar: { pnr, utredning: utredningFor(scenario) }
	};
	const regler: Regel[] = [
		regel({
			...bas,
			vad: 'En bedömning sparades',
			operator: 'exists',
			forvantatText: 'Markera Bedömning, högerklicka och välj Bedömning; Spara',
			manualcitat: '1) Markera Bedömning och högerklicka och välj Bedömning.',
			kontroll: 'finns'
		}),
		regel({
			...bas,
			vad: 'Metod/Instrument',
			sokvag: 'metod',
			operator: 'equal',
			varde: b.metod,
			manualcitat: `2) Vid Metod/Instrument välj ${b.metod}.`,
			kontroll: 'innehall'
		})
	];
	if (b.datum)
		regler.push(
			regel({
				...bas,
				vad: 'Datum på bedömningen',
				sokvag: 'datum',
				operator: 'sameDay',
				varde: b.datum,
				manualcitat: 'Vid Datum kan beslutsdatumet fyllas i.',
				kontroll: 'datum'
			})
		);
	if (b.allaFunktioner)
		regler.push(
			regel({
				...bas,
				vad: 'En nivå valdes för varje funktion',
				sokvag: 'utanNiva',
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'en nivå för varje funktion',
				manualcitat: '4) Under bedömning välj aktuell nivå för varje funkion',
				kontroll: 'innehall'
			})
		);
	regler.push(
		regel({
			...bas,
			vad: 'Rutan framför LSS Insatser kryssades i',
			sokvag: 'lssInsatser',
			operator: 'equal',
			varde: true,
			forvantatText: 'ikryssad (verkställigheten LSS Insatser)',
			manualcitat:
				'5) När alla bedömningar är ifyllda klicka i vid rutan framför LSS Insatser nere till ' +
				'höger vid Verkställigheter.',
			kontroll: 'plats'
		})
	);
	if (scenario.forvantat.lssInsatser === 'ska-oppnas')
		regler.push(
			regel({
				...bas,
				vad: 'LSS Insatser fanns innan bedömningen påbörjades',
				fakta: 'steg',
				parametrar: { pnr },
				operator: 'precededBy',
				varde: { fore: STEG.lssInsatser, efter: STEG.bedomning },
				forvantatText: `${STEG.lssInsatser} före ${STEG.bedomning}`,
				manualcitat: KONTROLLERA,
				kontroll: 'ordning'
			})
		);
	return regler;
};
