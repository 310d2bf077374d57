import type { Scenario } from '../../../schemas/scenario';
import { LASS, LSS_INSATSER } from '../../insatstabell';
import { tolkaTimmar } from '../../timmar';
import { NY_UTREDNING } from '../fakta-beslut';
import type { Regel } from '../typer';
import { regel, type RegelByggare, type RegelUtkast } from './regel';

type ForvantatLass = NonNullable<Scenario['forvantat']['lass']>;

const { avsnitt, citat } = LASS;
const ORGANISATION = 'LSS Myndighet';

/** A rule of the LASS section: every finding points to it (rules.md section 11). */
const lassRegel = (u: Omit<RegelUtkast, 'avsnitt'>): Regel => regel({ ...u, avsnitt });

/** `42.30` as `42 timmar och 30 minuter`, so a trainee who typed 42.5 sees the difference. */
function iOrd(text: string): string {
	const t = tolkaTimmar(text);
	return t.ok ? `${t.varde.timmar} timmar och ${t.varde.minuter} minuter` : text;
}

/** L1, L2: the utredning inledd directly, with no aktualisering, and its four fields. */
function utredningsregler(scenario: Scenario, l: ForvantatLass): Regel[] {
	const parametrar = { pnr: scenario.forvantat.kund.pnr };
	const bas = { fakta: 'utredning', parametrar };
	const namn = scenario.roll.namn;
	return [
		lassRegel({
			...bas,
			id: 'L1',
			vad: 'En utredning inleddes för LASS-beslutet',
			operator: 'exists',
			forvantatText: 'Högerklicka på LSS utredning o verkställighet → Inled utredning',
			manualcitat: citat.inled,
			kontroll: 'finns'
		}),
		lassRegel({
			id: 'L1',
			vad: 'Ingen aktualisering gjordes för LASS-beslutet',
			fakta: 'aktualiseringar',
			parametrar,
			operator: 'countEqual',
			varde: 0,
			forvantatText: 'ingen: utredningen inleds direkt, aktualisering ska inte göras',
			manualcitat: citat.inled,
			kontroll: 'antal'
		}),
		lassRegel({
			...bas,
			id: 'L2',
			vad: 'Inledningsdatum för LASS-utredningen',
			sokvag: 'inledningsdatum',
			operator: 'sameDay',
			varde: l.inkom,
			forvantatText: `${l.inkom} (poststämpeln på Försäkringskassans beslutsmeddelande)`,
			manualcitat: citat.inledningsdatum,
			kontroll: 'datum'
		}),
		lassRegel({
			...bas,
			id: 'L2',
			vad: 'Typ av utredning för LASS-utredningen',
			sokvag: 'typ',
			operator: 'equal',
			varde: 'LSS Utredning',
			manualcitat: citat.typ,
			kontroll: 'innehall'
		}),
		lassRegel({
			...bas,
			id: 'L2',
			vad: 'Ansvarig handläggare på LASS-utredningen',
			sokvag: 'ansvarigHandlaggare',
			operator: 'equal',
			varde: namn,
			forvantatText: `${namn} (ditt namn)`,
			manualcitat: citat.ansvarig,
			kontroll: 'handlaggare'
		}),
		lassRegel({
			...bas,
			id: 'L2',
			vad: 'Organisation på LASS-utredningen',
			sokvag: 'organisation',
			operator: 'equal',
			varde: ORGANISATION,
			manualcitat: citat.organisation,
			kontroll: 'organisation'
		})
	];
}

/** L3: a note in the journal and one under the rubrik Beslut, each signed. */
function dokumentationsregler(pnr: string): Regel[] {
	const platser = [
		{ var_: 'Utredningsjournalen', parametrar: { del: 'journal' }, skrivs: citat.journal },
		{
			var_: 'Utredningsdokumentet under Beslut',
			parametrar: { del: 'dokument', rubrik: 'Beslut' },
			skrivs: citat.dokument
		}
	];
	return platser.flatMap(({ var_, parametrar, skrivs }) => {
		const bas = {
			id: 'L3',
			kategori: 'dokumentation' as const,
			parametrar: { pnr, utredning: NY_UTREDNING, ...parametrar }
		};
		return [
			lassRegel({
				...bas,
				vad: `En anteckning om beslutsmeddelandet skrevs i ${var_}`,
				fakta: 'anteckningar',
				operator: 'countAtLeast',
				varde: 1,
				forvantatText: `minst en anteckning i ${var_}`,
				manualcitat: skrivs,
				kontroll: 'plats'
			}),
			lassRegel({
				...bas,
				vad: `Anteckningarna i ${var_} signerades`,
				fakta: 'osigneradeAnteckningar',
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'inga osignerade: Spara och sedan Signera',
				manualcitat: citat.signera,
				kontroll: 'journal'
			})
		];
	});
}

/** L4: the beslut Assistanskostnader utöver LASS with each field the section names. */
function beslutsregler(scenario: Scenario, l: ForvantatLass): Regel[] {
	const bas = {
		id: 'L4',
		fakta: 'beslut',
		parametrar: {
			pnr: scenario.forvantat.kund.pnr,
			utredning: NY_UTREDNING,
			beslut: LASS.beslut,
			nr: 0
		}
	};
	const namn = scenario.roll.namn;
	const regler = [
		lassRegel({
			...bas,
			vad: `Beslutet ${LASS.beslut} fattades`,
			operator: 'exists',
			forvantatText: `Ett beslut ${LASS.beslut} (Gäller fr.o.m. ${l.fran})`,
			manualcitat: citat.beslut,
			kontroll: 'finns'
		}),
		lassRegel({
			...bas,
			vad: 'Insatskategori för LASS-beslutet',
			sokvag: 'insatskategori',
			operator: 'equal',
			varde: LASS.insatskategori,
			manualcitat: citat.insatskategori,
			kontroll: 'innehall'
		}),
		lassRegel({
			...bas,
			vad: 'Beslutsdatum för LASS-beslutet',
			sokvag: 'beslutsdatum',
			operator: 'sameDay',
			varde: scenario.idag,
			forvantatText: `${scenario.idag} (dagens datum)`,
			manualcitat: citat.beslutsdatum,
			kontroll: 'datum'
		}),
		lassRegel({
			...bas,
			vad: 'Gäller fr.o.m. för LASS-beslutet',
			sokvag: 'fran',
			operator: 'sameDay',
			varde: l.fran,
			forvantatText: `${l.fran} (som beslutsmeddelandet anger)`,
			manualcitat: citat.giltighet,
			kontroll: 'period'
		})
	];
	if (l.till !== undefined)
		regler.push(
			lassRegel({
				...bas,
				vad: 'Gäller t.o.m. för LASS-beslutet',
				sokvag: 'till',
				...(l.till === null
					? {
							operator: 'equal',
							varde: '',
							forvantatText: 'lämnas tomt (beslutet gäller tills vidare)'
						}
					: { operator: 'sameDay', varde: l.till }),
				manualcitat: citat.giltighet,
				kontroll: 'period'
			})
		);
	regler.push(
		lassRegel({
			...bas,
			vad: 'Beslutsfattare för LASS-beslutet',
			sokvag: 'beslutsfattare',
			operator: 'equal',
			varde: namn,
			forvantatText: `${namn} (ditt namn)`,
			manualcitat: citat.beslutsfattare,
			kontroll: 'handlaggare'
		}),
		lassRegel({
			...bas,
			vad: 'Organisation för LASS-beslutet',
			sokvag: 'organisation',
			operator: 'equal',
			varde: ORGANISATION,
			manualcitat: citat.beslutOrganisation,
			kontroll: 'organisation'
		}),
		lassRegel({
			...bas,
			vad: 'Personkretstillhörighet för LASS-beslutet',
			sokvag: 'personkrets',
			operator: 'equal',
			varde: l.personkrets,
			forvantatText: `${l.personkrets} (som beslutsmeddelandet anger)`,
			manualcitat: citat.personkrets,
			kontroll: 'innehall'
		}),
		lassRegel({
			...bas,
			vad: 'Period för antal timmar på LASS-beslutet',
			sokvag: 'period',
			operator: 'equal',
			varde: LASS.timmar,
			forvantatText: `${LASS.timmar} (ändras innan timmarna fylls i)`,
			manualcitat: citat.timmar,
			kontroll: 'kvantitet'
		}),
		lassRegel({
			...bas,
			vad: 'Antal timmar på LASS-beslutet',
			sokvag: 'timmar',
			operator: 'equal',
			varde: l.timmar,
			forvantatText: `${l.timmar} per ${LASS.timmar} (timmar.minuter: ${iOrd(l.timmar)})`,
			manualcitat: citat.timmar,
			kontroll: 'kvantitet'
		})
	);
	return regler;
}

/** L5: no beställning; L6: an open LSS Insatser, opened with Utförare LSS Myndighet if none. */
function verkstallighetsregler(scenario: Scenario, l: ForvantatLass): Regel[] {
	const pnr = scenario.forvantat.kund.pnr;
	const regler = [
		lassRegel({
			id: 'L5',
			vad: 'Ingen beställning skickades för LASS-beslutet',
			fakta: 'bestallningar',
			parametrar: { pnr, utredning: NY_UTREDNING },
			operator: 'countEqual',
			varde: 0,
			forvantatText: 'ingen beställning: LASS-beslutet är bara en administrativ uppgift',
			manualcitat: citat.ingenBestallning,
			kontroll: 'antal'
		}),
		lassRegel({
			id: 'L6',
			vad: 'Det finns en öppen/pågående verkställighet LSS Insatser',
			fakta: 'pagaendeLssInsatser',
			parametrar: { pnr },
			operator: 'exists',
			forvantatText: 'en pågående verkställighet LSS Insatser',
			manualcitat: citat.lssInsatser,
			kontroll: 'finns'
		})
	];
	const bas = {
		id: 'L6',
		fakta: 'verkstallighet',
		parametrar: { pnr, insatskategori: LSS_INSATSER, utforare: LASS.lssInsatserUtforare }
	};
	if (l.lssInsatser === 'finns')
		regler.push(
			lassRegel({
				...bas,
				vad: 'Ingen ny verkställighet LSS Insatser öppnades (kunden har redan en)',
				operator: 'notExists',
				forvantatText: 'ingen ny: den pågående LSS Insatser används',
				manualcitat: citat.lssInsatser,
				kontroll: 'antal'
			})
		);
	else {
		// rules.md reading 6: the beslutsdatum or the day the beslut applies from
		const datum = [...new Set([l.fran, scenario.idag])];
		regler.push(
			lassRegel({
				...bas,
				vad: 'Verkställigheten LSS Insatser öppnades',
				operator: 'exists',
				forvantatText:
					'Verkställighet (lov) → Skapa ny verkställighet, Insatskategori LSS Insatser',
				manualcitat: citat.lssInsatser,
				kontroll: 'finns'
			}),
			lassRegel({
				...bas,
				vad: 'Utförare på LSS Insatser vid LASS-beslut',
				sokvag: 'utforare',
				operator: 'equal',
				varde: LASS.lssInsatserUtforare,
				forvantatText: `${LASS.lssInsatserUtforare} (vid LASS-beslut, inte din plats bland LSS-handläggare 1–11)`,
				manualcitat: citat.utforare,
				kontroll: 'utforare'
			}),
			lassRegel({
				...bas,
				vad: 'Organisation på LSS Insatser vid LASS-beslut',
				sokvag: 'organisation',
				operator: 'equal',
				varde: ORGANISATION,
				manualcitat: citat.beslutOrganisation,
				kontroll: 'organisation'
			}),
			lassRegel({
				...bas,
				vad: 'Gäller fr.o.m. på LSS Insatser vid LASS-beslut',
				sokvag: 'fran',
				operator: 'in',
				varde: datum,
				forvantatText: `${l.fran} (datumet som beslutet gäller ifrån)${datum.length > 1 ? ` eller beslutsdatum ${scenario.idag}` : ''}`,
				manualcitat: citat.fran,
				kontroll: 'datum'
			})
		);
	}
	return regler;
}

/**
 * L1–L6 (LASS-beslut), from `forvantat.lass`: the utredning inledd directly with no aktualisering,
 * its Inledningsdatum the postmark, the journal and the rubrik Beslut written and signed, the
 * beslut Assistanskostnader utöver LASS with the beslutsmeddelande's period, personkrets and hours
 * per Vecka, no beställning, and an open LSS Insatser (opened with Utförare LSS Myndighet when the
 * customer has none). Every finding cites the LASS section. L7 is shown, not graded
 * (docs/rules-engine.md).
 */
export const lassregler: RegelByggare = (scenario) => {
	const l = scenario.forvantat.lass;
	if (!l) return [];
	return [
		...utredningsregler(scenario, l),
		...dokumentationsregler(scenario.forvantat.kund.pnr),
		...beslutsregler(scenario, l),
		...verkstallighetsregler(scenario, l)
	];
};
