import { visaPersonnummer } from '../../personnummer';
import { AVSNITT } from '../avsnitt';
import { regel, type RegelByggare } from './regel';

const ARHUNDRADE_CITAT = 'OBS: glöm inte att ändra till rätt århundrade (t.ex. 19 eller 20).';

/**
 * S1, S2 and S5's search steps: the customer was searched in the register with the right
 * century, a new customer also in KIR, and the customer opened is the one in the brief, not
 * someone born the same day a century apart. The order of the steps is `ordning`'s job.
 */
export const sokningsregler: RegelByggare = (scenario) => {
	const pnr = scenario.forvantat.kund.pnr;
	const parametrar = { pnr };
	const ny = !!scenario.forvantat.registrering;
	const regler = [
		regel({
			id: ny ? 'S5' : 'S1',
			avsnitt: ny ? AVSNITT.registrera : AVSNITT.sokaFramKund,
			vad: 'Kunden söktes i personregistret med rätt århundrade',
			fakta: 'kundsokningar',
			parametrar,
			operator: 'countAtLeast',
			varde: 1,
			forvantatText: ny
				? `Skriv personnumret i sökrutan (${visaPersonnummer(pnr)}, århundrade ${pnr.slice(0, 2)})`
				: `Sök fram kunden (${visaPersonnummer(pnr)}, århundrade ${pnr.slice(0, 2)})`,
			manualcitat: ARHUNDRADE_CITAT,
			kontroll: 'sokning'
		})
	];
	if (ny) {
		regler.push(
			regel({
				id: 'S5',
				avsnitt: AVSNITT.registrera,
				vad: 'Personen söktes i KIR',
				fakta: 'kirSokningar',
				parametrar,
				operator: 'countAtLeast',
				varde: 1,
				forvantatText: 'Klicka på Sök KIR när rutan som kommer upp är tom',
				manualcitat: '2) Om rutan som kommer upp är tom ska du klicka på Sök KIR.',
				kontroll: 'sokning'
			})
		);
	}
	regler.push(
		regel({
			id: 'S2',
			avsnitt: AVSNITT.sokaFramKund,
			vad: 'Rätt kund öppnades',
			fakta: 'oppnadeKunder',
			operator: 'includesAll',
			varde: [pnr],
			forvantatText: `Kunden ${visaPersonnummer(pnr)} öppnad`,
			manualcitat: ARHUNDRADE_CITAT,
			kontroll: 'person'
		}),
		regel({
			id: 'S2',
			avsnitt: AVSNITT.sokaFramKund,
			vad: 'Ingen kund född samma dag i fel århundrade öppnades',
			fakta: 'oppnadeFelArhundrade',
			parametrar,
			operator: 'countEqual',
			varde: 0,
			forvantatText: `Ingen annan än ${visaPersonnummer(pnr)} med samma födelsedag`,
			manualcitat: ARHUNDRADE_CITAT,
			kontroll: 'person'
		})
	);
	return regler;
};
