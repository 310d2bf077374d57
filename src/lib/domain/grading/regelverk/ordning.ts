import { AVSNITT } from '../avsnitt';
import { STEG } from '../fakta';
import type { Regel } from '../typer';
import { regel, type RegelByggare } from './regel';

/**
 * U7 as required predecessors: each rule says one step must come before another, so steps the
 * manual does not order may come in any order. A rule whose later step never happened is not
 * assessed; presence belongs to the other rule sets.
 */
export const ordningsregler: RegelByggare = (scenario) => {
	const { forvantat } = scenario;
	const parametrar = { pnr: forvantat.kund.pnr };
	const fore = (avsnitt: string, f: string, e: string, vad: string, manualcitat: string): Regel =>
		regel({
			id: 'U7',
			avsnitt,
			vad,
			fakta: 'steg',
			parametrar,
			operator: 'precededBy',
			varde: { fore: f, efter: e },
			forvantatText: `${f} före ${e}`,
			manualcitat,
			kontroll: 'ordning'
		});

	const regler: Regel[] = [];
	const paRoten = forvantat.aktualiseringar.some((a) => !a.utredning);
	if (forvantat.registrering) {
		regler.push(
			fore(
				AVSNITT.registrera,
				STEG.registersokning,
				STEG.kirsokning,
				'Personregistret söktes innan Sök KIR',
				'1) Skriv personnumret i sökrutan. 2) Om rutan som kommer upp är tom ska du klicka på Sök KIR.'
			),
			fore(
				AVSNITT.registrera,
				STEG.kirsokning,
				STEG.registrering,
				'Sök KIR gjordes innan kunden sparades i personregistret',
				'2) Om rutan som kommer upp är tom ska du klicka på Sök KIR.'
			)
		);
		if (forvantat.aktualiseringar.length > 0)
			regler.push(
				fore(
					'Aktualisera och inleda utredning',
					STEG.registrering,
					STEG.aktualisering,
					'Kunden registrerades innan aktualiseringen',
					'Om kunden inte har varit aktuell sedan tidigare behöver du registrera kunden.'
				)
			);
	}
	if (forvantat.utredning && paRoten)
		regler.push(
			fore(
				AVSNITT.inledaUtredning,
				STEG.aktualisering,
				STEG.utredning,
				'Aktualiseringen sparades innan Inled utredning',
				'1) Efter att aktualiseringen/aktualiseringarna sparats kommer nya flikar fram. Klicka på ' +
					'Inled utredning.'
			)
		);
	return regler;
};
