import { LASS } from '../../insatstabell';

/**
 * The LASS section's own sentences, verbatim (lass.spec.ts finds each in the section), that the
 * rule set `lass` and LSS Insatser's LASS case (verkstallighet.ts) quote. Kept with the grader,
 * not in the table (insatstabell.ts `LASS`), which loads on every exercise page.
 */
export const LASS_CITAT = {
	inled:
		'1) Högerklicka på LSS utredning o verkställighet och välj direkt Inled utredning ' +
		'(aktualisering ska inte göras).',
	inledningsdatum:
		'2) Inledningsdatum ska vara datumet som beslutsmeddelandet från Försäkringskassan inkom ' +
		'till Vård- och omsorgsförvaltningen (utgå ifrån post-stämpeln).',
	typ: '3) Vid Typ av utredning: välj LSS Utredning.',
	ansvarig: '4) Vid Ansvarig handläggare: välj ditt namn.',
	organisation: '5) Vid Organisation: välj LSS Myndighet.',
	journal:
		'Skriv in information om att beslutsmeddelande från Försäkringskassan inkommit under ' +
		'Utredningsjournalen.',
	dokument:
		'Skriv in information från Försäkringskassans beslutsmeddelande under rubriken Beslut som ' +
		'finns under Utredningsdokumentet.',
	signera: 'Signera texterna.',
	insatskategori: '2) Vid Insatskategori: välj LSS Insatser.',
	beslut: LASS.citat,
	beslutsdatum: '4) Beslutsdatum: ska vara dagens datum.',
	giltighet:
		'Beslutets giltighetstid ska vara utifrån när beslutet gäller (det framgår i texten i ' +
		'beslutsmeddelandet från Försäkringskassan).',
	beslutsfattare: '5) Vid Beslutsfattare: välj ditt namn.',
	beslutOrganisation: 'Vid Organisation: välj LSS Myndighet.',
	personkrets:
		'6) Klicka i rätt personkrets (det brukar framgå av beslutsmeddelandet från ' +
		'Försäkringskassan).',
	timmar:
		'7) Fyll i antal beviljade timmar (det skrivs i timmar.minuter) per vecka (glöm inte att ' +
		'ändra till Vecka innan timmarna fylls i).',
	ingenBestallning: 'Beställning ska inte skickas.',
	lssInsatser:
		'Kontrollera att det finns en öppen/pågående verkställighet LSS Insatser. Om det inte ' +
		'finns ska du öppna en.',
	utforare: '4) Vid Utförare: välj LSS Myndighet.',
	fran:
		'5) Vid Gäller fr.o.m: datumet som beslutet gäller ifrån (framgår av Försäkringskassans ' +
		'beslutsmeddelande).'
};
