/**
 * The lists of values a scenario's fields may take, each with the YAML keys that take it: what
 * docs/scenario-values.md is written from (src/cli/dokumentera.ts) and what the scenario editor
 * offers as completions (content/komplettering.ts). One source, so the two cannot drift.
 */
import { PERSONKRETSAR, NIVAER } from './beslut';
import {
	AKTUALISERINGSTYPER,
	allaEnheter,
	AVSLUTSORSAKER,
	BESLUT,
	CIVILSTAND,
	FRAN_VEM,
	HANDLAGGARE,
	INSATSER,
	INSATSKATEGORIER,
	LSS_HANDLAGGARE_SLOTS,
	NYCKELKODER,
	UTFORARE,
	UTREDNINGSTYPER
} from './katalog';
import { INSATSFAMILJER } from './insatstabell';
import { PERIODER } from './timmar';

export interface Vardelista {
	/** The heading in scenario-values.md (its anchor is what scenario-format.md links to). */
	rubrik: string;
	/** Which fields take it, as the doc says. */
	falt: string;
	/** The YAML keys whose values come from this list. */
	nycklar: readonly string[];
	varden: readonly string[];
}

export const VARDELISTOR: readonly Vardelista[] = [
	{
		rubrik: 'Handläggare',
		falt: '`roll.namn`, `ansvarigHandlaggare`, `beslutsfattare`:',
		nycklar: ['namn', 'ansvarigHandlaggare', 'beslutsfattare'],
		varden: HANDLAGGARE
	},
	{
		rubrik: 'LSS-handläggare slots',
		falt: '`roll.lssHandlaggare`, the Utförare of LSS Insatser:',
		nycklar: ['lssHandlaggare', 'bevakasAv'],
		varden: LSS_HANDLAGGARE_SLOTS
	},
	{
		rubrik: 'Typ av aktualisering',
		falt: '`forvantat.aktualiseringar[].typ`, `start.aktualiseringar[].typ`:',
		nycklar: ['typ'],
		varden: AKTUALISERINGSTYPER
	},
	{ rubrik: 'Från vem', falt: '`franVem`:', nycklar: ['franVem'], varden: FRAN_VEM },
	{
		rubrik: 'Typ av utredning',
		falt: '`forvantat.utredning.typ`, `start.utredningar[].typ`:',
		nycklar: ['typ'],
		varden: UTREDNINGSTYPER
	},
	{
		rubrik: 'Organisation',
		falt: '`organisation`, `utforarensOrganisation` (the units of the organisationsträd, in tree order):',
		nycklar: ['organisation', 'utforarensOrganisation', 'beslutsfattarensOrganisation'],
		varden: allaEnheter()
	},
	{
		rubrik: 'Nyckelkod',
		falt: '`start.kunder[].nyckelkod`:',
		nycklar: ['nyckelkod'],
		varden: NYCKELKODER
	},
	{ rubrik: 'Civilstånd', falt: '`civilstand`:', nycklar: ['civilstand'], varden: CIVILSTAND },
	{
		rubrik: 'Insatsfamiljer',
		falt: "`forvantat.beslut[].insats` (one row each of section 7's table):",
		nycklar: ['insats'],
		varden: INSATSFAMILJER
	},
	{
		rubrik: 'Insatskategori',
		falt: '`insatskategori`:',
		nycklar: ['insatskategori'],
		varden: INSATSKATEGORIER
	},
	{
		rubrik: 'Beslut',
		falt: "`beslut` (a beslut's name as the Beslut list shows it):",
		nycklar: ['beslut'],
		varden: BESLUT
	},
	{ rubrik: 'Utförare', falt: '`utforare`:', nycklar: ['utforare'], varden: UTFORARE },
	{
		rubrik: 'Insatser',
		falt: "`insatser` (the Insatsträd's leaves):",
		nycklar: ['insatser'],
		varden: INSATSER
	},
	{ rubrik: 'Nivå', falt: '`niva`:', nycklar: ['niva'], varden: NIVAER },
	{
		rubrik: 'Personkretstillhörighet',
		falt: '`personkrets`:',
		nycklar: ['personkrets'],
		varden: PERSONKRETSAR
	},
	{ rubrik: 'Period', falt: '`period`:', nycklar: ['period'], varden: PERIODER },
	{
		rubrik: 'Avslutsorsak',
		falt: 'Avsluta verkställighet:',
		nycklar: ['avslutsorsak'],
		varden: AVSLUTSORSAKER
	}
];
