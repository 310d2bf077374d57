import { AVSNITT } from '../avsnitt';
import { regel, type RegelByggare } from './regel';

const avsnitt = AVSNITT.inledaUtredning;

/** The manual's words for each Typ av utredning (U3). */
const TYP_TEXT: Record<string, string> = {
	'LSS Utredning': 'Vid en ansökan om LSS-insats väljer du LSS Utredning',
	'Ersättning assistansanordnare':
		'Vid en ansökan om retroaktiv ersättning väljer du Ersättning assistansanordnare',
	'LSS skälig kostnad':
		'Vid ansökan om utbetalning för utförd assistans väljer du LSS skälig kostnad'
};

/**
 * U1–U6 (Inleda utredning), from `forvantat.utredning`: inledd, with the right Inledningsdatum,
 * Typ av utredning, Ansvarig handläggare and Organisation, every expected aktualisering on the
 * root linked. `null` means none may be inledd (reading 14: an application in a pågående
 * utredning stays there); absent means the scenario does not grade it.
 */
export const utredningsregler: RegelByggare = (scenario) => {
	const u = scenario.forvantat.utredning;
	if (u === undefined) return [];
	const parametrar = { pnr: scenario.forvantat.kund.pnr };
	if (u === null)
		return [
			regel({
				id: 'U1',
				avsnitt: AVSNITT.aktualiseraIPagaende,
				vad: 'Ingen ny utredning inleddes',
				fakta: 'utredningar',
				parametrar,
				operator: 'countEqual',
				varde: 0,
				forvantatText:
					'Ingen ny utredning: ansökan blir en ej behandlad aktualisering i den pågående utredningen',
				kontroll: 'plats'
			})
		];
	const bas = { id: 'U1', avsnitt, fakta: 'utredning', parametrar };
	const typer = scenario.forvantat.aktualiseringar.filter((a) => !a.utredning).map((a) => a.typ);
	const regler = [
		regel({
			...bas,
			vad: 'En utredning inleddes',
			operator: 'exists',
			forvantatText: 'Klicka på Inled utredning när aktualiseringen/aktualiseringarna sparats',
			manualcitat:
				'1) Efter att aktualiseringen/aktualiseringarna sparats kommer nya flikar fram. Klicka på ' +
				'Inled utredning.',
			kontroll: 'finns'
		}),
		regel({
			...bas,
			id: 'U2',
			vad: 'Inledningsdatum',
			sokvag: 'inledningsdatum',
			operator: 'sameDay',
			varde: u.inledningsdatum,
			forvantatText: `${u.inledningsdatum} (samma dag som ansökan inkom)`,
			manualcitat: '2) Inledningsdatum ska vara samma dag som när ansökan inkom.',
			kontroll: 'datum'
		}),
		regel({
			...bas,
			id: 'U3',
			vad: 'Typ av utredning',
			sokvag: 'typ',
			operator: 'equal',
			varde: u.typ,
			forvantatText: TYP_TEXT[u.typ] ?? u.typ,
			manualcitat:
				'3) Vid Typ av utredning väljer du den utredning som ska inledas utifrån vad ansökan avser',
			kontroll: 'innehall'
		}),
		regel({
			...bas,
			id: 'U4',
			vad: 'Ansvarig handläggare på utredningen',
			sokvag: 'ansvarigHandlaggare',
			operator: 'equal',
			varde: u.ansvarigHandlaggare,
			forvantatText: `${u.ansvarigHandlaggare} (samma som på aktualiseringen)`,
			manualcitat:
				'4) Kontrollera att rätt handläggare är förvalt utifrån aktualiseringen/aktualiseringarna.',
			kontroll: 'handlaggare'
		}),
		regel({
			...bas,
			id: 'U5',
			vad: 'Organisation på utredningen',
			sokvag: 'organisation',
			operator: 'equal',
			varde: u.organisation,
			forvantatText: `Vid Organisation ska du välja ${u.organisation}`,
			manualcitat: '5) Vid Organisation ska du välja LSS Myndighet.',
			kontroll: 'organisation'
		})
	];
	if (typer.length > 0)
		regler.push(
			regel({
				...bas,
				id: 'U6',
				vad: 'Alla aktualiseringar kopplades till utredningen',
				fakta: 'kopplade',
				operator: 'includesAll',
				varde: typer,
				forvantatText: `Kryssa i ${typer.join(', ')} under Ej behandlade aktualiseringar`,
				manualcitat:
					'OBS: om ansökan avser flera insatser och flera aktualiseringar har skapats ska du ' +
					'koppla samtliga aktualiseringar till utredningen.',
				// An unlinked aktualisering stays ej behandlad: part of the application is never handled.
				kontroll: 'plats'
			})
		);
	return regler;
};
