import { NYCKELKOD_EJ_SKRIVEN } from '../../katalog';
import { AVSNITT } from '../avsnitt';
import type { Regel } from '../typer';
import { regel, type RegelByggare } from './regel';

const avsnitt = AVSNITT.registrera;

const VIA_KIR = {
	vad: 'Kunden togs in från KIR (markera personen och OK)',
	forvantatText: 'Markera personen i KIR och klicka på OK',
	manualcitat:
		'Kommer personen fram när du söker i KIR: ska du markera personen och klicka på OK. ' +
		'Det innebär att personen är skriven/folkbokförd i Helsingborg.'
};

const VIA_NY = {
	vad: 'Kunden registrerades med Ny',
	forvantatText: 'Klicka på Ny och fyll i uppgifterna',
	manualcitat: 'Om personen inte kommer fram när du söker i KIR: ska du klicka på Ny.'
};

/** S5's OBS: a KIR hit for someone known not to be folkbokförd in Helsingborg. */
const VIA_NY_OBS = {
	vad: 'Kunden registrerades med Ny trots träffen i KIR (personen är inte folkbokförd i Helsingborg)',
	forvantatText: 'Klicka på Ny; markera inte personen i KIR och klicka inte på OK',
	// quoted as the manual spells it, "folbokförd" included
	manualcitat:
		'OBS: om du vet att personen inte är skriven/folbokförd i Helsingborg men ändå kommer upp ' +
		'när du söker i KIR ska du trots det klicka på Ny. Du ska inte markera personen och klicka på OK.'
};

/**
 * S5 and S6 (Registrera en ny kund), from `forvantat.registrering`: registered at all, by KIR
 * or Ny as expected, the name surname first, Civilstånd when the scenario names it, nyckelkod
 * 999999. No rules when the customer is already in the register.
 */
export const registreringsregler: RegelByggare = (scenario) => {
	const r = scenario.forvantat.registrering;
	if (!r) return [];
	const pnr = scenario.forvantat.kund.pnr;
	const parametrar = { pnr };
	const iKir = scenario.start.kir.some((k) => k.pnr === pnr);
	const obs = r.via === 'Ny' && iKir;
	const via = r.via === 'KIR' ? VIA_KIR : obs ? VIA_NY_OBS : VIA_NY;

	const regler: Regel[] = [
		regel({
			id: 'S5',
			avsnitt,
			vad: 'Kunden registrerades i personregistret',
			fakta: 'registrering',
			parametrar,
			operator: 'exists',
			forvantatText: 'Kunden sparad i personregistret (Spara i rutan Spara i personregister)',
			manualcitat: 'Sedan ska du klicka på Spara. Kunden finns nu att söka fram.',
			kontroll: 'finns'
		}),
		regel({
			id: 'S5',
			avsnitt,
			...via,
			fakta: 'registrering',
			parametrar,
			sokvag: 'kalla',
			operator: 'equal',
			varde: r.via,
			// KIR or Ny records whether the person is folkbokförd in Helsingborg: in the OBS case,
			// taking the KIR hit puts a wrong folkbokföring on file; elsewhere, Ny loses it.
			kontroll: 'kundregister'
		}),
		regel({
			id: 'S5',
			avsnitt,
			vad: 'Namnet skrevs med efternamnet först',
			fakta: 'registreratNamn',
			parametrar,
			operator: 'equalText',
			varde: `${r.efternamn}, ${r.fornamn}`,
			forvantatText: `${r.efternamn}, ${r.fornamn} (efternamn först)`,
			manualcitat: 'Tänk på att efternamn ska skrivas först, t.ex. Efternamn, Förnamn.',
			kontroll: 'kundregister'
		})
	];
	if (r.civilstand) {
		const okant = r.civilstand === 'Ogift';
		regler.push(
			regel({
				id: 'S5',
				avsnitt,
				vad: 'Civilstånd',
				fakta: 'registrering',
				parametrar,
				sokvag: 'person.civilstand',
				operator: 'equal',
				varde: r.civilstand,
				forvantatText: okant ? 'Ogift (civilståndet är inte känt)' : r.civilstand,
				manualcitat: okant ? 'Om du inte vet Civilstånd ska du välja Ogift.' : undefined,
				kontroll: 'uppgift'
			})
		);
	}
	regler.push(
		regel({
			id: 'S6',
			avsnitt,
			vad: 'Nyckelkod',
			fakta: 'registrering',
			parametrar,
			sokvag: 'person.nyckelkod',
			operator: 'equal',
			varde: NYCKELKOD_EJ_SKRIVEN,
			forvantatText: `Vid nyckelkoden ska du välja ${NYCKELKOD_EJ_SKRIVEN}`,
			manualcitat:
				r.via === 'KIR'
					? 'Vid nyckelkoden ska du välja 999999 – Ej skriven i Helsingborg. Detta trots att ' +
						'personen är skriven/folkbokförd i Helsingborg.'
					: 'Vid nyckelkoden ska du välja 999999 – Ej skriven i Helsingborg.',
			kontroll: 'kundregister'
		})
	);
	return regler;
};
