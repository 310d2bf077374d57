import { MANUALENS_AVSNITT } from './grading/avsnitt';
import { lageFor, type Lage } from './lage';

/**
 * The course: the exercises grouped by the manual's chapters in the manual's order, grund
 * before fördjupning, each with the trainee's status and a suggested next exercise. Pure, so
 * the start page shows it and a test pins it.
 */

/**
 * The manual's chapter headings, in its order. Every other heading of MANUALENS_AVSNITT belongs
 * to the nearest chapter before it (Registrera en ny kund to Aktualisera och inleda utredning).
 */
export const KAPITEL: readonly string[] = [
	'Mina sidor',
	'Söka fram kund',
	'Navigering vid kund',
	'Aktualisera och inleda utredning',
	'Dokumentation',
	'Beslut och beställning',
	'Utskrift, skanning och PDF',
	'Bevakningar',
	'Ta bort en beställning',
	'Ny beställning vid avbrott av pågående insats',
	'Öppna en verkställighet',
	'Se en verkställighets organisation samt avsluta och öppna en avslutad verkställighet',
	'Bekräfta beställning utförare Lss, Eget Val och utförare Privat, Utförare',
	'Insatser som verkställs utanför kommunen (externa placeringar) med utförare Privat, Utförare',
	'LASS-beslut (beslut om assistansersättning från Försäkringskassan)',
	'Sökverktyget',
	'Kopiera en utredning till en ny utredning',
	'Tips'
];

/** The chapter a heading of the manual belongs to; undefined for a heading the manual lacks. */
export function kapitelFor(avsnitt: string): string | undefined {
	const i = MANUALENS_AVSNITT.indexOf(avsnitt);
	if (i < 0) return undefined;
	for (let j = i; j >= 0; j--)
		if (KAPITEL.includes(MANUALENS_AVSNITT[j])) return MANUALENS_AVSNITT[j];
	return undefined;
}

export interface KursOvning {
	id: string;
	title: string;
	level: 'grund' | 'fördjupning';
	manualSections: string[];
}

export { SANDLADA_ID } from './sandlada';

/** What the trainee has done with one exercise. */
export interface KursForsok {
	scenarioId: string;
	status: 'pagar' | 'inlamnat';
	/** Absent: from before the modes, Öva. Visa and Guidad never count for the course. */
	lage?: Lage;
	/** ISO timestamp of the hand-in: the latest Prov is the exercise's test result. */
	inlamnad?: string;
	resultat?: { godkand: boolean; andel: number };
}

/**
 * The ways of taking an exercise that show what the trainee can: Visa only shows the facit and
 * Guidad walks them through it with help, so neither says whether they can do it alone.
 */
export function raknas(f: { lage?: Lage }): boolean {
	const l = lageFor(f);
	return l === 'ova' || l === 'prov';
}

/** `inlamnad`: handed in, but no result is known here (an attempt imported and never opened). */
export type Ovningsstatus = 'ej-paborjad' | 'paborjad' | 'inlamnad' | 'inte-godkand' | 'godkand';

export interface KursRad<T extends KursOvning> {
	ovning: T;
	status: Ovningsstatus;
	/** The best share right among handed-in attempts (the best godkänd one when there is one). */
	basta?: number;
	/** The latest graded Prov: the exercise's test result. */
	prov?: { godkand: boolean; andel: number };
}

export interface KursKapitel<T extends KursOvning> {
	rubrik: string;
	ovningar: KursRad<T>[];
	/** How many of `ovningar` are godkända, for the chapter's summary. */
	godkanda: number;
}

export interface Kurs<T extends KursOvning> {
	kapitel: KursKapitel<T>[];
	/** The first exercise in course order not yet godkänd. */
	nasta?: T;
}

/**
 * Chapters every exercise walks through on the way (the customer searched and opened): they
 * place an exercise only when it has nothing else.
 */
const GRUND = ['Söka fram kund', 'Navigering vid kund'];

/** An exercise's chapter: that of its first section beyond the ground every exercise covers. */
function ovningensKapitel(o: KursOvning): string {
	const kapitel = o.manualSections.map(kapitelFor).filter((k) => k !== undefined);
	return kapitel.find((k) => !GRUND.includes(k)) ?? kapitel[0] ?? 'Övrigt';
}

function status(
	alla: readonly KursForsok[]
): Pick<KursRad<KursOvning>, 'status' | 'basta' | 'prov'> {
	const forsok = alla.filter(raknas);
	const inlamnade = forsok.filter((f) => f.status === 'inlamnat');
	const prov = inlamnade
		.filter((f) => f.lage === 'prov' && f.resultat)
		.sort((a, b) => (b.inlamnad ?? '').localeCompare(a.inlamnad ?? ''))[0]?.resultat;
	const medProv = prov ? { prov: { godkand: prov.godkand, andel: prov.andel } } : {};
	const godkanda = inlamnade.filter((f) => f.resultat?.godkand);
	const basta = (lista: readonly KursForsok[]) => {
		const andelar = lista.flatMap((f) => (f.resultat ? [f.resultat.andel] : []));
		return andelar.length ? Math.max(...andelar) : undefined;
	};
	if (godkanda.length) return { status: 'godkand', basta: basta(godkanda), ...medProv };
	if (inlamnade.some((f) => f.resultat))
		return { status: 'inte-godkand', basta: basta(inlamnade), ...medProv };
	if (inlamnade.length) return { status: 'inlamnad' };
	if (forsok.length) return { status: 'paborjad' };
	return { status: 'ej-paborjad' };
}

/** The course over `ovningar`, given every attempt the trainee (one profile) has. */
export function byggKurs<T extends KursOvning>(
	ovningar: readonly T[],
	forsok: readonly KursForsok[]
): Kurs<T> {
	const ordning = (k: string) => {
		const i = KAPITEL.indexOf(k);
		return i < 0 ? KAPITEL.length : i;
	};
	const rader = ovningar
		.map((ovning) => ({
			ovning,
			kapitel: ovningensKapitel(ovning),
			...status(forsok.filter((f) => f.scenarioId === ovning.id))
		}))
		.sort(
			(a, b) =>
				ordning(a.kapitel) - ordning(b.kapitel) ||
				(a.ovning.level === b.ovning.level ? 0 : a.ovning.level === 'grund' ? -1 : 1) ||
				a.ovning.title.localeCompare(b.ovning.title, 'sv')
		);
	const kapitel: Kurs<T>['kapitel'] = [];
	for (const { kapitel: rubrik, ...rad } of rader) {
		let k = kapitel.at(-1);
		if (k?.rubrik !== rubrik) kapitel.push((k = { rubrik, ovningar: [], godkanda: 0 }));
		k.ovningar.push(rad);
		if (rad.status === 'godkand') k.godkanda++;
	}
	return { kapitel, nasta: rader.find((r) => r.status !== 'godkand')?.ovning };
}
