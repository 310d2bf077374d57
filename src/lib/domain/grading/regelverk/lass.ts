import type { Scenario } from '../../../schemas/scenario';
import { LASS } from '../../insatstabell';
import type { Kontroll } from '../avgorande';
import { NY_UTREDNING } from '../fakta-beslut';
import type { Regel } from '../typer';
import { timmarIOrd } from './beslut';
import { skrivet } from './dokumentation';
import { LASS_CITAT } from './lass-citat';
import { regel, type RegelByggare, type RegelUtkast } from './regel';
import { ingenNyLssInsatser, lssInsatserFall, lssInsatserRegler } from './verkstallighet';

type ForvantatLass = NonNullable<Scenario['forvantat']['lass']>;

const { avsnitt } = LASS;
const citat = LASS_CITAT;
const ORGANISATION = 'LSS Myndighet';

/** A rule of the LASS section: every finding points to it (rules.md section 11). */
const lassRegel = (u: Omit<RegelUtkast, 'avsnitt'>): Regel => regel({ ...u, avsnitt });

/**
 * One field of the utredning or the beslut: its label, where the fact holds it, the value, the
 * sentence it is read from, its kind, and the expectation in words when the value needs them.
 * A date is compared as a day (`sameDay`); an empty value must be left empty.
 */
type Falt = [
	namn: string,
	sokvag: string,
	varde: unknown,
	citat: string,
	kontroll: Kontroll,
	text?: string
];

function faltregler(
	id: string,
	fakta: string,
	parametrar: object,
	vad: string,
	falt: Falt[]
): Regel[] {
	return falt.map(([namn, sokvag, varde, manualcitat, kontroll, forvantatText]) =>
		lassRegel({
			id,
			vad: `${namn} ${vad}`,
			fakta,
			parametrar: { ...parametrar },
			sokvag,
			operator:
				(kontroll === 'datum' || kontroll === 'period') && varde !== '' ? 'sameDay' : 'equal',
			varde,
			...(forvantatText ? { forvantatText } : {}),
			manualcitat,
			kontroll
		})
	);
}

/** L1, L2: the utredning inledd directly, with no aktualisering, and its four fields. */
function utredningsregler(scenario: Scenario, l: ForvantatLass): Regel[] {
	const parametrar = { pnr: scenario.forvantat.kund.pnr };
	const namn = scenario.roll.namn;
	return [
		lassRegel({
			id: 'L1',
			vad: 'En utredning inleddes för LASS-beslutet',
			fakta: 'utredning',
			parametrar,
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
			forvantatText: 'ingen: aktualisering ska inte göras',
			manualcitat: citat.inled,
			kontroll: 'antal'
		}),
		...faltregler('L2', 'utredning', parametrar, 'för LASS-utredningen', [
			[
				'Inledningsdatum',
				'inledningsdatum',
				l.inkom,
				citat.inledningsdatum,
				'datum',
				`${l.inkom} (poststämpeln)`
			],
			['Typ av utredning', 'typ', 'LSS Utredning', citat.typ, 'innehall'],
			[
				'Ansvarig handläggare',
				'ansvarigHandlaggare',
				namn,
				citat.ansvarig,
				'handlaggare',
				`${namn} (ditt namn)`
			],
			['Organisation', 'organisation', ORGANISATION, citat.organisation, 'organisation']
		])
	];
}

/** L3: a note in the journal and one under the rubrik Beslut, each signed. */
function dokumentationsregler(pnr: string): Regel[] {
	const plats = (del: Record<string, string>) => ({ pnr, utredning: NY_UTREDNING, ...del });
	const krav = { minst: 1, signerad: true };
	const signera = { id: 'L3', citat: citat.signera };
	return [
		...skrivet(
			'L3',
			avsnitt,
			'Utredningsjournalen',
			plats({ del: 'journal' }),
			krav,
			citat.journal,
			signera
		),
		...skrivet(
			'L3',
			avsnitt,
			'Utredningsdokumentet under Beslut',
			plats({ del: 'dokument', rubrik: 'Beslut' }),
			krav,
			citat.dokument,
			signera
		)
	];
}

/** L4: the beslut Assistanskostnader utöver LASS with each field the section names. */
function beslutsregler(scenario: Scenario, l: ForvantatLass): Regel[] {
	const parametrar = {
		pnr: scenario.forvantat.kund.pnr,
		utredning: NY_UTREDNING,
		beslut: LASS.beslut,
		nr: 0
	};
	const namn = scenario.roll.namn;
	const falt: Falt[] = [
		['Insatskategori', 'insatskategori', LASS.insatskategori, citat.insatskategori, 'innehall'],
		[
			'Beslutsdatum',
			'beslutsdatum',
			scenario.idag,
			citat.beslutsdatum,
			'datum',
			`${scenario.idag} (dagens datum)`
		],
		['Gäller fr.o.m.', 'fran', l.fran, citat.giltighet, 'period']
	];
	if (l.till === null)
		falt.push([
			'Gäller t.o.m.',
			'till',
			'',
			citat.giltighet,
			'period',
			'lämnas tomt (gäller tills vidare)'
		]);
	else if (l.till) falt.push(['Gäller t.o.m.', 'till', l.till, citat.giltighet, 'period']);
	falt.push(
		[
			'Beslutsfattare',
			'beslutsfattare',
			namn,
			citat.beslutsfattare,
			'handlaggare',
			`${namn} (ditt namn)`
		],
		['Organisation', 'organisation', ORGANISATION, citat.beslutOrganisation, 'organisation'],
		['Personkretstillhörighet', 'personkrets', l.personkrets, citat.personkrets, 'innehall'],
		[
			'Period för antal timmar',
			'period',
			LASS.timmar,
			citat.timmar,
			'kvantitet',
			`${LASS.timmar} (ändras innan timmarna fylls i)`
		],
		[
			'Antal timmar',
			'timmar',
			l.timmar,
			citat.timmar,
			'kvantitet',
			`${l.timmar} per ${LASS.timmar} (timmar.minuter: ${timmarIOrd(l.timmar)})`
		]
	);
	return [
		lassRegel({
			id: 'L4',
			vad: `Beslutet ${LASS.beslut} fattades`,
			fakta: 'beslut',
			parametrar,
			operator: 'exists',
			forvantatText: `Ett beslut ${LASS.beslut} (Gäller fr.o.m. ${l.fran})`,
			manualcitat: citat.beslut,
			kontroll: 'finns'
		}),
		...faltregler('L4', 'beslut', parametrar, 'på LASS-beslutet', falt)
	];
}

/** L5: no beställning; L6: an open LSS Insatser, opened with Utförare LSS Myndighet if none. */
function verkstallighetsregler(scenario: Scenario, l: ForvantatLass): Regel[] {
	const pnr = scenario.forvantat.kund.pnr;
	return [
		lassRegel({
			id: 'L5',
			vad: 'Ingen beställning skickades för LASS-beslutet',
			fakta: 'bestallningar',
			parametrar: { pnr, utredning: NY_UTREDNING },
			operator: 'countEqual',
			varde: 0,
			forvantatText: 'ingen beställning',
			manualcitat: citat.ingenBestallning,
			kontroll: 'antal'
		}),
		lassRegel({
			id: 'L6',
			vad: 'Det finns en öppen/pågående verkställighet LSS Insatser',
			fakta: 'pagaendeLssInsatser',
			parametrar: { pnr },
			operator: 'exists',
			manualcitat: citat.lssInsatser,
			kontroll: 'finns'
		}),
		...(l.lssInsatser === 'finns'
			? [ingenNyLssInsatser(pnr, 'L6', avsnitt, citat.lssInsatser)]
			: lssInsatserRegler(pnr, lssInsatserFall(scenario, 'L6')))
	];
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
