import { kortDatum } from '../datum';
import { verkstallighetsEtikett, visningsnamn, type Person, type Verkstallighet } from '../model';
import { visaPersonnummer } from '../personnummer';
import { FAKTA_TEXT } from './fakta';
import type { Regel } from './typer';

/** Field labels by the last part of a `sokvag`, for facts that do not name their own. */
const FALT: Record<string, string> = {
	nyckelkod: 'Nyckelkod',
	civilstand: 'Civilstånd',
	efternamn: 'Efternamn',
	fornamn: 'Förnamn',
	adress: 'Adress',
	postnummer: 'Postnummer',
	ort: 'Ort',
	telefon: 'Telefon',
	datum: 'Datum',
	franVem: 'Från vem',
	ansvarigHandlaggare: 'Ansvarig handläggare',
	organisation: 'Organisation',
	inledningsdatum: 'Inledningsdatum',
	typ: 'Typ'
};

type Objekt = Record<string, unknown>;

function objekt(v: Objekt): string {
	if (v.person && typeof v.kalla === 'string')
		return `${visningsnamn(v.person as Person)} (via ${v.kalla})`;
	if (typeof v.nyckelkod === 'string') return visningsnamn(v as unknown as Person);
	// a verkställighet by its label in the tree ("LSS Insatser 250310- – LSS-handläggare 3")
	if (typeof v.insatskategori === 'string' && typeof v.pagaende === 'boolean')
		return verkstallighetsEtikett(v as unknown as Verkstallighet, kortDatum);
	if (typeof v.franVem === 'string') return `${String(v.typ)} ${String(v.datum)}`;
	if (typeof v.inledningsdatum === 'string') return `${String(v.typ)} ${v.inledningsdatum}`;
	if (typeof v.utforare === 'string' && Array.isArray(v.insatser))
		return `${v.utforare} (${beskrivVarde(v.insatser)})`;
	if (typeof v.beslut === 'string' && typeof v.beslutsdatum === 'string')
		return `${v.beslut}, beslutsdatum ${v.beslutsdatum}`;
	if (typeof v.typAv === 'string' && typeof v.bevakasAv === 'string')
		return `${v.typAv} ${String(v.datum)} – ${v.bevakasAv}`;
	if (typeof v.metod === 'string') return `${v.metod} ${String(v.datum)}`;
	if (typeof v.felmarkerad === 'boolean') return `"${String(v.text)}"`;
	if (v.typ === 'KundSokt') return `"${String(v.fraga)}" (århundrade ${String(v.arhundrade)})`;
	if (v.typ === 'KirSokt') return `Sök KIR "${String(v.fraga)}"`;
	return Object.entries(v)
		.map(([k, x]) => `${k}: ${beskrivVarde(x)}`)
		.join('; ');
}

/** Any value in words: personnummer as Procapita shows them, lists by their items. */
export function beskrivVarde(v: unknown): string {
	if (v === undefined || v === null) return 'saknas';
	if (typeof v === 'string') return /^\d{12}$/.test(v) ? visaPersonnummer(v) : v;
	if (typeof v === 'boolean') return v ? 'ja' : 'nej';
	if (Array.isArray(v)) return v.length ? v.map(beskrivVarde).join(', ') : 'inga';
	if (typeof v === 'object') return objekt(v as Objekt);
	return String(v);
}

function etikett(regel: Regel): string {
	const text = FAKTA_TEXT[regel.fakta];
	if (!regel.sokvag) return text?.etikett ?? regel.fakta;
	const sista = regel.sokvag.split('.').at(-1) ?? regel.sokvag;
	return text?.falt?.[regel.sokvag] ?? FALT[sista] ?? sista;
}

function antalText(lista: readonly unknown[]): string {
	return lista.length ? `${lista.length} st: ${beskrivVarde(lista)}` : 'inga';
}

/** The named steps of an order rule as they came, each run of repeats shown once. */
function ordningText(steg: readonly unknown[], varde: unknown): string {
	const { fore, efter } = (varde ?? {}) as { fore?: unknown; efter?: unknown };
	const relevanta = steg.filter((s) => s === fore || s === efter);
	if (!relevanta.includes(efter)) return `${String(efter)} gjordes inte`;
	return relevanta
		.filter((s, i) => s !== relevanta[i - 1])
		.map(String)
		.join(' → ');
}

/**
 * What the attempt showed for a rule, in Swedish: the field and its value, the absent thing
 * named ("ingen registrering gjordes"), or the order steps came in.
 * `fakta` is the fact's value, `faktiskt` the value after `sokvag`.
 */
export function beskrivHittat(regel: Regel, fakta: unknown, faktiskt: unknown): string {
	const text = FAKTA_TEXT[regel.fakta];
	const p = regel.parametrar ?? {};
	if (fakta === undefined || fakta === null) return text?.saknas(p) ?? 'saknas';
	if (faktiskt === undefined || faktiskt === null || faktiskt === '')
		return `${etikett(regel)}: inte ifyllt`;
	if (Array.isArray(faktiskt)) {
		if (regel.operator === 'precededBy') return ordningText(faktiskt, regel.varde);
		return `${etikett(regel)}: ${antalText(faktiskt)}`;
	}
	return `${etikett(regel)}: ${beskrivVarde(faktiskt)}`;
}

const FORVANTAT: Record<string, (v: unknown) => string> = {
	notEqual: (v) => `inte ${beskrivVarde(v)}`,
	in: (v) => `en av: ${beskrivVarde(v)}`,
	notIn: (v) => `inte någon av: ${beskrivVarde(v)}`,
	exists: () => 'ska finnas',
	notExists: () => 'ska saknas',
	countEqual: (v) => (v === 0 ? 'inga' : `${String(v)} st`),
	countAtLeast: (v) => `minst ${String(v)}`,
	countAtMost: (v) => `högst ${String(v)}`,
	sameSet: (v) => `precis: ${beskrivVarde(v)}`,
	includesAll: (v) => `alla av: ${beskrivVarde(v)}`,
	precededBy: (v) => {
		const { fore, efter } = (v ?? {}) as { fore?: unknown; efter?: unknown };
		return `${String(fore)} före ${String(efter)}`;
	}
};

/** What the rule expects, in Swedish: the author's words when given, else from `varde`. */
export function beskrivForvantat(regel: Regel): string {
	if (regel.forvantatText) return regel.forvantatText;
	const f = FORVANTAT[regel.operator];
	return f ? f(regel.varde) : beskrivVarde(regel.varde);
}
