import type { Regel } from '../typer';
import { regel, type RegelByggare } from './regel';

const AVSNITT = 'Personuppgifter';
const CITAT = {
	var:
		'Om du vill lägga till information om exempelvis en anhörig och/eller god man/företrädare ' +
		'kan du göra det via fliken Kontaktuppgifter.',
	spara:
		'Klicka där och fyll i informationen i rutan som kommer upp. Klicka sedan på Spara ' +
		'(disketten som finns i rutans överkant).'
};

/**
 * N2 from `forvantat.kontakter`: each anhörig, god man/företrädare and the like saved under
 * Kontaktuppgifter, found by name, with its Typ and (when the brief gives it) Telefon.
 */
export const kontaktregler: RegelByggare = (scenario) => {
	const pnr = scenario.forvantat.kund.pnr;
	return scenario.forvantat.kontakter.flatMap((k): Regel[] => {
		const bas = {
			id: 'N2',
			avsnitt: AVSNITT,
			fakta: 'kontakt',
			parametrar: { pnr, namn: k.namn }
		};
		const regler = [
			regel({
				...bas,
				vad: `Kontakten ${k.namn} sparades under Kontaktuppgifter`,
				operator: 'exists',
				forvantatText: `${k.typ} ${k.namn}: Lägg till → fyll i rutan → Spara (disketten)`,
				manualcitat: CITAT.var,
				kontroll: 'finns'
			}),
			regel({
				...bas,
				vad: `Typ på kontakten ${k.namn}`,
				sokvag: 'typ',
				operator: 'equal',
				varde: k.typ,
				manualcitat: CITAT.var,
				kontroll: 'uppgift'
			})
		];
		if (k.telefon)
			regler.push(
				regel({
					...bas,
					vad: `Telefon till kontakten ${k.namn}`,
					sokvag: 'telefon',
					operator: 'equal',
					varde: k.telefon,
					manualcitat: CITAT.spara,
					kontroll: 'uppgift'
				})
			);
		return regler;
	});
};
