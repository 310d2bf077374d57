import type { Scenario } from '../../../schemas/scenario';
import type { Regel } from '../typer';
import { utredningFor } from './beslutsplan';
import { kopieringsregler } from './kopiering';
import { regel, type RegelByggare } from './regel';

const AVSNITT = {
	dokumentation: 'Dokumentation',
	journal: 'Utredningsjournal',
	dokument: 'Utredningsdokument',
	verkstallighet: 'Anteckning i verkställighet',
	felmarkera: 'Felmarkera i dokumentation'
};

const CITAT = {
	signera:
		'5) När du skrivit klart din anteckning ska du klicka på Spara och sedan på Signera. När en ' +
		'text signeras blir den låst och kan inte ändras.',
	journal:
		'3) Klicka på plustecknet vid Utredningsjournal för att öppna upp journalen. Dubbelklicka på ' +
		'Anteckningar för att öppna en ny ruta/anteckning som du kan skriva i.',
	dokument: 'Om du dubbelklickar på en rubrik kommer du kunna skriva direkt under rubriken.',
	verkstallighet:
		'Om du vill skriva en anteckning som berör kundens insats och/eller verkställighet skriver du ' +
		'i verkställigheten LSS Insatser.',
	felmarkera:
		'1) Om en anteckning som har sparats och signerats har blivit fel kan den felmarkeras. Detta ' +
		'gör du genom att högerklicka på anteckningen.'
};

/**
 * A place's notes: at least `minst` written, and (when asked) every one of them signed, under
 * D2 and its sentence unless the caller's section has its own (L3: "Signera texterna.").
 */
export function skrivet(
	id: string,
	avsnitt: string,
	var_: string,
	parametrar: Record<string, unknown>,
	krav: { minst: number; signerad: boolean },
	citat: string,
	signera = { id: 'D2', citat: CITAT.signera }
): Regel[] {
	const bas = { id, avsnitt, kategori: 'dokumentation' as const, parametrar };
	const regler = [
		regel({
			...bas,
			vad: `En anteckning skrevs i ${var_}`,
			fakta: 'anteckningar',
			operator: 'countAtLeast',
			varde: krav.minst,
			forvantatText: `minst ${krav.minst} anteckning${krav.minst > 1 ? 'ar' : ''} i ${var_}`,
			manualcitat: citat,
			kontroll: 'plats'
		})
	];
	if (krav.signerad)
		regler.push(
			regel({
				...bas,
				id: signera.id,
				vad: `Anteckningarna i ${var_} signerades`,
				fakta: 'osigneradeAnteckningar',
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'inga osignerade: Spara och sedan Signera',
				manualcitat: signera.citat,
				kontroll: 'journal'
			})
		);
	return regler;
}

/** A start-state note left unsigned (a colleague's, or one's own) must be signed (D2). */
function signera(scenario: Scenario, id: string, i: number): Regel {
	const a = scenario.start.anteckningar.find((x) => x.id === id);
	if (!a || a.signerad || a.felmarkerad)
		throw new Error(
			`${scenario.kalla}: forvantat.dokumentation.signera[${i}]: anteckningen "${id}" finns inte ` +
				'osignerad under start.anteckningar. Bara en sparad anteckning som inte är signerad kan signeras.'
		);
	return regel({
		id: 'D2',
		avsnitt: a.plats.del === 'journal' ? AVSNITT.journal : AVSNITT.dokumentation,
		kategori: 'dokumentation',
		vad: `Den osignerade anteckningen "${a.text.slice(0, 40)}" signerades`,
		fakta: 'anteckning',
		parametrar: { id },
		sokvag: 'signerad',
		operator: 'equal',
		varde: true,
		forvantatText: 'signerad (öppna den → Signera): först då blir texten låst',
		manualcitat: CITAT.signera,
		kontroll: 'journal'
	});
}

/** A note the scenario marks wrong must be felmarkerad; the start state must hold it signed. */
function felmarkera(scenario: Scenario, id: string, i: number): Regel {
	const a = scenario.start.anteckningar.find((x) => x.id === id);
	if (!a?.signerad)
		throw new Error(
			`${scenario.kalla}: forvantat.dokumentation.felmarkera[${i}]: anteckningen "${id}" finns inte ` +
				'signerad under start.anteckningar. Bara en sparad och signerad anteckning kan felmarkeras.'
		);
	return regel({
		id: 'D5',
		avsnitt: AVSNITT.felmarkera,
		kategori: 'dokumentation',
		vad: `Den felaktiga anteckningen "${a.text.slice(0, 40)}" felmarkerades`,
		fakta: 'anteckning',
		parametrar: { id },
		sokvag: 'felmarkerad',
		operator: 'equal',
		varde: true,
		forvantatText: 'felmarkerad (högerklicka → Felmarkera → Ja), inte ersatt av en ny anteckning',
		manualcitat: CITAT.felmarkera,
		kontroll: 'journal'
	});
}

/**
 * D2–D5 and D7, from `forvantat.dokumentation`: notes written in the Utredningsjournal, under
 * rubriker of the Utredningsdokument and in LSS Insatser, each signed; wrong notes felmarkerade;
 * an earlier utredning's texts copied in (kopiering.ts); every note of the attempt signed. All
 * are kategori `dokumentation`.
 */
export const dokumentationsregler: RegelByggare = (scenario) => {
	const d = scenario.forvantat.dokumentation;
	if (!d) return [];
	const pnr = scenario.forvantat.kund.pnr;
	const utredning = utredningFor(scenario);
	const regler: Regel[] = [];
	if (d.journal)
		regler.push(
			...skrivet(
				'D2',
				AVSNITT.journal,
				'Utredningsjournalen',
				{ pnr, utredning, del: 'journal' },
				d.journal,
				CITAT.journal
			)
		);
	for (const r of d.dokument)
		regler.push(
			...skrivet(
				'D3',
				AVSNITT.dokument,
				`Utredningsdokumentet under ${r.rubrik}`,
				{ pnr, utredning, del: 'dokument', rubrik: r.rubrik },
				r,
				CITAT.dokument
			)
		);
	if (d.verkstallighet)
		regler.push(
			...skrivet(
				'D4',
				AVSNITT.verkstallighet,
				'verkställigheten LSS Insatser',
				{ pnr, del: 'verkstallighet' },
				d.verkstallighet,
				CITAT.verkstallighet
			)
		);
	regler.push(...d.signera.map((id, i) => signera(scenario, id, i)));
	regler.push(...d.felmarkera.map((id, i) => felmarkera(scenario, id, i)));
	regler.push(...kopieringsregler(scenario, utredning));
	if (d.allaSignerade)
		regler.push(
			regel({
				id: 'D2',
				avsnitt: AVSNITT.dokumentation,
				kategori: 'dokumentation',
				vad: 'Alla anteckningar som skrevs eller klistrades in signerades',
				fakta: 'osigneradeAnteckningar',
				parametrar: { pnr, del: 'alla' },
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'inga osignerade anteckningar',
				// the pasted texts' own sentence (D7) stands in another section: one quote, one section
				manualcitat: CITAT.signera,
				kontroll: 'journal'
			})
		);
	return regler;
};
