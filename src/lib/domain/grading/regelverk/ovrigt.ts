import type { Scenario } from '../../../schemas/scenario';
import { UTSKRIFTSMALLAR } from '../../utskrift';
import { visaPersonnummer } from '../../personnummer';
import type { Regel } from '../typer';
import { regel, type RegelByggare } from './regel';

/** The manual's sections of section 13's other tasks, as its headings spell them. */
export const AVSNITT_OVRIGT = {
	hushall: 'Lägga till medlemmar i hushållet',
	utskrift: 'Utskrift, skanning och PDF',
	pdf: 'Skapa en utredning och beslut till PDF-format',
	korttid: 'Beslut korttidstillsyn och korttidsvistelse/stödfamilj'
} as const;

const CITAT = {
	lagg: 'Om det saknas en vårdnadshavare som hushållsmedlem ska du lägga till vårdnadshavaren.',
	registrera: 'Markera den person det gäller och klicka på registrera.',
	ledare: 'Den är kunden/den enskilde som ska vara markerad som registerledare.',
	spara: 'När allt stämmer i fliken Hushåll klickar du på Spara.',
	sakert:
		'Vid sökning utifrån personnummer blir det mest säkert att rätt hushållsmedlem läggs till i hushållet.',
	princip: 'Oavsett om du ska skriva ut beslut eller anteckning är principen den samma.',
	granska: 'Utredningen kommer fram för granskning innan utskrift.',
	pdf: '(eller beslut) i Procapita - Välj skrivaren Microsoft Print to PDF',
	korttid: 'Tänk på: välj bara beslutet om korttidsvistelse vid utskrift av beslut.'
};

/**
 * E2: the vårdnadshavare (or other member) the brief names is added to the customer's Hushåll
 * with the right relation, nobody else is, the customer stays registerledare, and it is saved.
 */
export const hushallsregler: RegelByggare = (scenario) => {
	const f = scenario.forvantat.hushall;
	if (!f) return [];
	const pnr = scenario.forvantat.kund.pnr;
	const bas = { id: 'E2', avsnitt: AVSNITT_OVRIGT.hushall };
	const regler: Regel[] = [
		regel({
			...bas,
			vad: 'Hushållet sparades',
			fakta: 'hushall',
			operator: 'exists',
			forvantatText: 'Spara i fliken Hushåll när hushållsmedlemmen är registrerad',
			manualcitat: CITAT.spara,
			kontroll: 'finns'
		})
	];
	for (const m of f.medlemmar) {
		const vem = visaPersonnummer(m.pnr);
		const p = { medlem: m.pnr, namn: vem };
		regler.push(
			regel({
				...bas,
				vad: `${vem} lades till i hushållet`,
				fakta: 'hushallsmedlem',
				parametrar: p,
				operator: 'exists',
				forvantatText: `Lägg till → sök på personnumret ${vem} → Registrera`,
				manualcitat: CITAT.lagg,
				kontroll: 'person'
			}),
			regel({
				...bas,
				vad: `Relation för ${vem} i hushållet`,
				fakta: 'hushallsmedlem',
				parametrar: p,
				sokvag: 'relation',
				operator: 'equal',
				varde: m.relation,
				manualcitat: CITAT.lagg,
				kontroll: 'innehall'
			})
		);
	}
	regler.push(
		regel({
			...bas,
			vad: 'Ingen annan lades till i hushållet',
			fakta: 'tillagdaHushallsmedlemmar',
			operator: 'sameSet',
			varde: f.medlemmar.map((m) => m.pnr),
			forvantatText: `Bara ${f.medlemmar.map((m) => visaPersonnummer(m.pnr)).join(', ')}`,
			manualcitat: CITAT.sakert,
			kontroll: 'antal'
		}),
		regel({
			...bas,
			vad: 'Kunden är markerad som registerledare',
			fakta: 'registerledare',
			operator: 'equal',
			varde: pnr,
			forvantatText: `Kunden (${visaPersonnummer(pnr)})`,
			manualcitat: CITAT.ledare,
			kontroll: 'kundregister'
		})
	);
	return regler;
};

/** O6's case: the beslut to print is the korttidsvistelse, beside a stödfamilj beslut. */
function arO6(scenario: Scenario, beslut: readonly string[]): boolean {
	const namn = [
		...scenario.start.beslut
			.filter((b) => b.pnr === scenario.forvantat.kund.pnr)
			.map((b) => b.beslut),
		...scenario.forvantat.beslut.map((b) => b.beslut ?? `${b.insats}`)
	];
	return (
		beslut.includes('LSS Korttidsvistelse Bifall') &&
		namn.some((n) => n === 'LSS Stödfamilj Bifall' || n === 'stodfamilj')
	);
}

/**
 * E5 and O6's print step: something was printed through the printer, the right documents (the
 * korttidsvistelse beslut alone in the O6 case), and on the printer the brief asks for.
 */
export const utskriftsregler: RegelByggare = (scenario) => {
	const f = scenario.forvantat.utskrift;
	if (!f) return [];
	const regler: Regel[] = [
		regel({
			id: 'E5',
			avsnitt: AVSNITT_OVRIGT.utskrift,
			vad: `${f.vad === 'Utredning' ? 'Utredningen' : f.vad === 'Beslut' ? 'Beslutet' : 'Anteckningen'} skrevs ut`,
			fakta: 'utskrifter',
			operator: 'countAtLeast',
			varde: 1,
			forvantatText: `Skrivaren → ${f.vad} → CDS → ${UTSKRIFTSMALLAR[f.vad][0]} → Sök → Granska → skrivaren → välj skrivare`,
			manualcitat: CITAT.princip,
			kontroll: 'finns'
		})
	];
	if (f.beslut) {
		const o6 = arO6(scenario, f.beslut);
		regler.push(
			regel({
				id: o6 ? 'O6' : 'E5',
				avsnitt: o6 ? AVSNITT_OVRIGT.korttid : AVSNITT_OVRIGT.utskrift,
				vad: 'Besluten som skrevs ut',
				fakta: 'utskrivnaBeslut',
				operator: 'sameSet',
				varde: f.beslut,
				forvantatText: `Bara ${f.beslut.join(', ')}`,
				manualcitat: o6 ? CITAT.korttid : CITAT.princip,
				kontroll: 'innehall'
			})
		);
	}
	if (f.utredning)
		regler.push(
			regel({
				id: 'E5',
				avsnitt: AVSNITT_OVRIGT.utskrift,
				vad: 'Utredningen som skrevs ut',
				fakta: 'utskrivnaUtredningar',
				operator: 'sameSet',
				varde: [f.utredning],
				manualcitat: CITAT.granska,
				kontroll: 'innehall'
			})
		);
	if (f.skrivare)
		regler.push(
			regel({
				id: 'E5',
				avsnitt:
					f.skrivare === 'Microsoft Print to PDF' ? AVSNITT_OVRIGT.pdf : AVSNITT_OVRIGT.utskrift,
				vad: 'Skrivare',
				fakta: 'utskriftsskrivare',
				parametrar: { vad: f.vad },
				operator: 'includesAll',
				varde: [f.skrivare],
				forvantatText: f.skrivare,
				manualcitat: f.skrivare === 'Microsoft Print to PDF' ? CITAT.pdf : CITAT.princip,
				kontroll: 'innehall'
			})
		);
	return regler;
};
