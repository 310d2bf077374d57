import type { Scenario } from '../../../schemas/scenario';
import { beslutsEtikett } from '../../beslut';
import { NY_STATUS } from '../../bevakning';
import { MAX_TECKEN } from '../../bevakningstext';
import { kortDatum } from '../../datum';
import type { Regel } from '../typer';
import { regel, type RegelByggare } from './regel';

// Rules of rules.md section 12. W1 (finding the list: the camera, double-click on Bevakningar,
// Inställningar) is navigation and leaves no event: it is graded by what the trainee then does
// with the bevakning found (W4), docs/rules-engine.md.

const AVSNITT = {
	beslut: 'Lägga ny bevakning från beslut',
	annan: 'Lägga ny bevakning från annan plats',
	soka: 'Söka fram bevakningar'
};

const CITAT = {
	kamera:
		'2) Klicka på kameran för att lägga en bevakning eller för att se bevakningar som redan finns kopplat till beslutet.',
	annanPlats:
		'Då går det att lägga en bevakning från Personuppgifter eller från en verkställighet om sådan finns.',
	datum:
		'Bevakningsdatum innebär det datum som du vill att bevakningen ska synas i din lista över bevakningar, d.v.s. det datum som bevakningen ska hanteras.',
	status: 'När ny bevakning läggs kommer automatiskt statusen Ej påbörjad.',
	statusar:
		'4) Status innebär vilken status bevakningen har, om den är Ej påbörjad, Pågår, Väntar eller Klar.',
	klar: 'När bevakningen är hanterad kan statusen ändras till Klar.',
	typAv: '5) Bevakning typ av innebär att du ska välja vilken typ av bevakning det är.',
	bevakasAv:
		'Välj rätt person eller funktion vid Bevakas av, utifrån om bevakningen ska till en LSS-handläggare (någon av LSS-handläggare 1-11) eller en funktion (t.ex. Systemförvaltningen).',
	kort: '7) I textrutan skriver du mycket kortfattat vad det handlar om.',
	alla: 'OBS: tänk på att alla kan läsa det som står eftersom bevakningar är synliga för alla.'
};

const PLATSNAMN = {
	beslut: 'beslutet',
	personuppgifter: 'Personuppgifter',
	verkstallighet: 'verkställigheten'
};

type ForvantadBevakning = Scenario['forvantat']['bevakningar'][number];

function reglerFor(scenario: Scenario, b: ForvantadBevakning, andra: string[]): Regel[] {
	const pnr = scenario.forvantat.kund.pnr;
	const avsnitt = b.plats === 'beslut' ? AVSNITT.beslut : AVSNITT.annan;
	const bas = { avsnitt, fakta: 'bevakning', parametrar: { pnr, typAv: b.typAv, andra } };
	const regler: Regel[] = [
		regel({
			...bas,
			id: 'W2',
			vad: `En bevakning ${b.typAv} lades`,
			operator: 'exists',
			forvantatText: `en bevakning ${b.typAv} från ${PLATSNAMN[b.plats]}`,
			manualcitat: b.plats === 'beslut' ? CITAT.kamera : CITAT.annanPlats,
			kontroll: 'finns'
		}),
		regel({
			...bas,
			id: 'W2',
			vad: `Bevakningen ${b.typAv} lades från rätt plats`,
			sokvag: 'plats',
			operator: 'equal',
			varde: b.plats,
			forvantatText: PLATSNAMN[b.plats],
			manualcitat: b.plats === 'beslut' ? CITAT.kamera : CITAT.annanPlats,
			kontroll: 'plats'
		}),
		regel({
			...bas,
			id: 'W5',
			vad: `Bevakning typ av på bevakningen ${b.typAv}`,
			sokvag: 'typAv',
			operator: 'equal',
			varde: b.typAv,
			manualcitat: CITAT.typAv,
			kontroll: 'innehall'
		}),
		regel({
			...bas,
			id: 'W6',
			vad: `Bevakas av på bevakningen ${b.typAv}`,
			sokvag: 'bevakasAv',
			operator: 'equal',
			varde: b.bevakasAv,
			manualcitat: CITAT.bevakasAv,
			kontroll: 'bevakare'
		})
	];
	if (b.beslut) {
		const beslut = scenario.start.beslut.find((x) => x.id === b.beslut);
		if (!beslut)
			throw new Error(
				`${scenario.kalla}: forvantat.bevakningar: beslut ${b.beslut} finns inte i start.beslut.`
			);
		const etikett = beslutsEtikett(beslut, kortDatum);
		regler.push(
			regel({
				...bas,
				id: 'W2',
				vad: `Bevakningen ${b.typAv} är kopplad till beslutet`,
				sokvag: 'beslut',
				operator: 'equal',
				varde: etikett,
				manualcitat: CITAT.kamera,
				kontroll: 'plats'
			})
		);
	}
	if (b.datum)
		regler.push(
			regel({
				...bas,
				id: 'W3',
				vad: `Bevakningsdatum på bevakningen ${b.typAv}`,
				sokvag: 'datum',
				operator: 'sameDay',
				varde: b.datum,
				manualcitat: CITAT.datum,
				kontroll: 'datum'
			})
		);
	if (b.senast)
		regler.push(
			regel({
				...bas,
				id: 'W3',
				vad: `Bevakningsdatum på bevakningen ${b.typAv} är senast ${b.senast}`,
				sokvag: 'datum',
				operator: 'onOrBefore',
				varde: b.senast,
				forvantatText: `${b.senast} eller tidigare`,
				manualcitat: CITAT.datum,
				kontroll: 'datum'
			})
		);
	if (b.status)
		regler.push(
			regel({
				...bas,
				id: 'W4',
				vad: `Status på bevakningen ${b.typAv}`,
				sokvag: 'status',
				operator: 'equal',
				varde: b.status,
				manualcitat:
					b.status === NY_STATUS ? CITAT.status : b.status === 'Klar' ? CITAT.klar : CITAT.statusar,
				kontroll: 'bevakningsuppgift'
			})
		);
	return regler;
}

/** W7 over every bevakning laid or changed in the attempt: said, short, nothing private. */
function textregler(): Regel[] {
	const bas = {
		id: 'W7',
		avsnitt: AVSNITT.beslut,
		fakta: 'bevakningstexter',
		operator: 'countEqual',
		varde: 0
	};
	return [
		regel({
			...bas,
			vad: 'Bevakningens text säger vad det handlar om',
			parametrar: { prov: 'tom' },
			forvantatText: 'en kort text i textrutan',
			manualcitat: CITAT.kort,
			kontroll: 'bevakningsuppgift'
		}),
		regel({
			...bas,
			vad: 'Bevakningens text är mycket kortfattad',
			parametrar: { prov: 'langd' },
			forvantatText: `högst ${MAX_TECKEN} tecken`,
			manualcitat: CITAT.kort,
			kontroll: 'bevakningsuppgift'
		}),
		regel({
			...bas,
			vad: 'Inget personnummer i bevakningens text',
			parametrar: { prov: 'personnummer' },
			forvantatText: 'inget personnummer: bevakningen är redan knuten till kunden',
			manualcitat: CITAT.alla,
			kontroll: 'sekretess'
		}),
		regel({
			...bas,
			vad: 'Ingen diagnos i bevakningens text',
			parametrar: { prov: 'diagnos' },
			forvantatText: 'ingen diagnos',
			manualcitat: CITAT.alla,
			kontroll: 'sekretess'
		})
	];
}

/**
 * W2–W7 from `forvantat.bevakningar` (each bevakning to lay: place, beslut, type, date, Bevakas
 * av, status) and `forvantat.bevakningsstatus` (start-state bevakningar to handle: their Status),
 * and the text of every bevakning the attempt lays or changes (W7).
 */
export const bevakningsregler: RegelByggare = (scenario) => {
	const f = scenario.forvantat;
	const typer = f.bevakningar.map((b) => b.typAv);
	const regler = f.bevakningar.flatMap((b) =>
		reglerFor(
			scenario,
			b,
			typer.filter((t) => t !== b.typAv)
		)
	);
	for (const s of f.bevakningsstatus) {
		const b = scenario.start.bevakningar.find((x) => x.id === s.id);
		if (!b)
			throw new Error(
				`${scenario.kalla}: forvantat.bevakningsstatus: ${s.id} finns inte i start.bevakningar.`
			);
		regler.push(
			regel({
				id: 'W4',
				avsnitt: AVSNITT.beslut,
				vad: `Status på bevakningen ${b.typAv} ${b.datum} (${b.bevakasAv})`,
				fakta: 'bevakningsstatus',
				parametrar: { id: s.id },
				operator: 'equal',
				varde: s.status,
				manualcitat: s.status === 'Klar' ? CITAT.klar : CITAT.statusar,
				kontroll: 'bevakningsuppgift'
			})
		);
	}
	regler.push(...textregler());
	return regler;
};
