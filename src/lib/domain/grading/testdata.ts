/**
 * Test scenarios and attempts for the grading specs. Attempts are run through `utfor`, so the
 * events graded are what the domain really produces. Every personnummer is from
 * src/lib/world/testpersonnummer.txt.
 */
import { scenarioSchema, type Scenario } from '../../schemas/scenario';
import type { Handelse } from '../handelser';
import { NYCKELKOD_EJ_SKRIVEN } from '../katalog';
import { utfor, type AktualiseringUtkast, type Kommando } from '../kommandon';
import type { CaseState, KirPerson, Person } from '../model';
import type { Personnummer } from '../personnummer';
import { startState, tillampa } from '../projektion';
import type { Fynd, Rapport } from './typer';

/** The customer of the new-application scenarios: born 2010-01-01, in KIR. */
export const KUND = '201001012382';
/** Born 1910-01-01: who `100101*` finds when the century is left at 19 (S2). */
export const TVILLING = '191001019809';
/** An existing customer, for omprövning and the pågående utredning. */
export const BEFINTLIG = '195001182046';

export const HANDLAGGARE = 'Berg, Sara';
export const ANSOKAN_INKOM = '2024-03-04';

const kirKund: KirPerson = {
	pnr: KUND,
	efternamn: 'Lind',
	fornamn: 'Alva',
	adress: 'Storgatan 1',
	postnummer: '252 21',
	ort: 'Helsingborg',
	civilstand: 'Ogift'
};

const befintlig: Person = {
	pnr: BEFINTLIG,
	efternamn: 'Ek',
	fornamn: 'Gustav',
	adress: 'Hamngatan 4',
	postnummer: '252 25',
	ort: 'Helsingborg',
	civilstand: 'Gift',
	nyckelkod: NYCKELKOD_EJ_SKRIVEN
};

const aktualisering = (typ: string, extra: Record<string, unknown> = {}) => ({
	typ,
	datum: ANSOKAN_INKOM,
	franVem: 'Vårdnadshavare',
	ansvarigHandlaggare: HANDLAGGARE,
	...extra
});

/** Parses raw frontmatter as a loaded scenario would be, defaults applied. */
export function scenario(raw: Record<string, unknown>): Scenario {
	const fm = scenarioSchema.parse({
		id: 'test',
		version: 1,
		title: 'Test',
		level: 'grund',
		manualSections: ['Registrera en ny kund'],
		idag: '2024-03-05',
		roll: { namn: HANDLAGGARE, lssHandlaggare: 'LSS-handläggare 3' },
		regelverk: ['registrering', 'sokning', 'aktualisering', 'utredning', 'ordning'],
		...raw
	});
	return { ...fm, brief: '', kalla: 'scenarios/test/index.md' };
}

/** A new customer found in KIR applies for two insatser: register, aktualisera twice, inled. */
export function nyAnsokan(raw: Record<string, unknown> = {}): Scenario {
	return scenario({
		start: { kir: [kirKund] },
		forvantat: {
			kund: { pnr: KUND },
			registrering: { via: 'KIR', efternamn: 'Lind', fornamn: 'Alva' },
			aktualiseringar: [aktualisering('LSS Ledsagarservice'), aktualisering('LSS Kontaktperson')],
			utredning: {
				inledningsdatum: ANSOKAN_INKOM,
				typ: 'LSS Utredning',
				ansvarigHandlaggare: HANDLAGGARE
			}
		},
		...raw
	});
}

/** S5's OBS: the person shows in KIR but is known not to live in Helsingborg: Ny, not OK. */
export function obsKir(): Scenario {
	return nyAnsokan({
		start: { kir: [{ ...kirKund, ejFolkbokford: true }] },
		forvantat: {
			kund: { pnr: KUND },
			registrering: { via: 'Ny', efternamn: 'Lind', fornamn: 'Alva', civilstand: 'Ogift' },
			aktualiseringar: [aktualisering('LSS Korttidsvistelse')],
			utredning: {
				inledningsdatum: ANSOKAN_INKOM,
				typ: 'LSS Utredning',
				ansvarigHandlaggare: HANDLAGGARE
			}
		}
	});
}

/** An existing customer's omprövning (A5), followed by an utredning (reading 14). */
export function omprovning(): Scenario {
	return scenario({
		start: { kunder: [befintlig] },
		forvantat: {
			kund: { pnr: BEFINTLIG },
			aktualiseringar: [aktualisering('LSS Omprövning', { franVem: 'Egna myndigheten (VON)' })],
			utredning: {
				inledningsdatum: ANSOKAN_INKOM,
				typ: 'LSS Utredning',
				ansvarigHandlaggare: HANDLAGGARE
			}
		}
	});
}

/** An application from a customer with a pågående utredning: aktualisera in it, inled nothing. */
export function iPagaende(): Scenario {
	return scenario({
		start: {
			kunder: [befintlig],
			utredningar: [
				{
					id: 'utr-start',
					pnr: BEFINTLIG,
					typ: 'LSS Utredning',
					inledningsdatum: '2024-01-10',
					ansvarigHandlaggare: HANDLAGGARE,
					organisation: 'LSS Myndighet'
				}
			]
		},
		forvantat: {
			kund: { pnr: BEFINTLIG },
			aktualiseringar: [
				aktualisering('LSS Avlösarservice', { franVem: 'Den enskilde', utredning: 'utr-start' })
			],
			utredning: null
		}
	});
}

/** A step of an attempt: a command, or one computed from the state so far (ids to link). */
export type Steg = Kommando | ((state: CaseState) => Kommando);

/** Runs an attempt through the domain, as the UI would; a refused command fails the test. */
export function kor(s: Scenario, steg: readonly Steg[]): Handelse[] {
	let state = startState(s.start, s.idag);
	const handelser: Handelse[] = [];
	const omvarld = { iRegistret: () => false };
	for (const st of steg) {
		const k = typeof st === 'function' ? st(state) : st;
		const u = utfor(state, k, omvarld);
		if (!u.ok) throw new Error(`Kommandot ${k.typ} nekades: ${u.fel}`);
		for (const h of u.handelser) {
			state = tillampa(state, h);
			handelser.push(h);
		}
	}
	return handelser;
}

/** A register search by the ten digits, with the century control as given. */
export function sokKund(pnr: Personnummer, arhundrade: '19' | '20', traffar: string[]): Kommando {
	return { typ: 'sokKund', fraga: pnr.slice(2), arhundrade, form: 'personnummer', traffar };
}

/** The form's fields as the scenario expects them for aktualisering `typ`. */
export function utkast(s: Scenario, typ: string): AktualiseringUtkast {
	const f = s.forvantat.aktualiseringar.find((a) => a.typ === typ);
	if (!f) throw new Error(`Scenariot väntar ingen aktualisering ${typ}.`);
	return {
		typ: f.typ,
		datum: f.datum,
		franVem: f.franVem,
		ansvarigHandlaggare: f.ansvarigHandlaggare,
		organisation: f.organisation
	};
}

/** What a change to the right attempt may alter, to build a typical wrong one. */
export interface Avvikelse {
	nyckelkod?: string;
	kalla?: 'KIR' | 'Ny';
	/** Overrides for every aktualisering's form fields. */
	utkast?: Partial<AktualiseringUtkast>;
	/** Leaves out the aktualisering of this type. */
	utanTyp?: string;
	/** Overrides for the Inled utredning form. */
	inled?: Partial<Extract<Kommando, { typ: 'inledUtredning' }>>;
	arhundrade?: '19' | '20';
}

/**
 * The attempt a careful trainee makes from the scenario's expectations, or that attempt with
 * one `Avvikelse`: search, KIR and registration for a new customer, open, aktualisera (each
 * group where it belongs), inled and link every aktualisering saved on the root.
 */
export function forsok(s: Scenario, fel: Avvikelse = {}): Steg[] {
	const f = s.forvantat;
	const pnr = f.kund.pnr;
	const steg: Steg[] = [];
	const arhundrade = fel.arhundrade ?? (pnr.slice(0, 2) as '19' | '20');
	if (f.registrering) {
		const kir = s.start.kir.find((p) => p.pnr === pnr);
		steg.push(sokKund(pnr, arhundrade, []));
		steg.push({ typ: 'sokKir', fraga: pnr.slice(2), traffar: kir ? [pnr] : [] });
		const kalla = fel.kalla ?? f.registrering.via;
		const bas = kalla === 'KIR' && kir ? kir : { ...kirKund, pnr, civilstand: '' };
		const person: Person = {
			pnr,
			efternamn: kalla === 'KIR' ? bas.efternamn : f.registrering.efternamn,
			fornamn: kalla === 'KIR' ? bas.fornamn : f.registrering.fornamn,
			adress: bas.adress,
			postnummer: bas.postnummer,
			ort: bas.ort,
			civilstand: bas.civilstand || f.registrering.civilstand || 'Ogift',
			nyckelkod: fel.nyckelkod ?? NYCKELKOD_EJ_SKRIVEN
		};
		steg.push({ typ: 'registreraKund', kalla, person });
	}
	steg.push(sokKund(pnr, arhundrade, [pnr]), { typ: 'oppnaKund', pnr });
	const platser = [...new Set(f.aktualiseringar.map((a) => a.utredning))];
	for (const utredningId of platser) {
		const typer = f.aktualiseringar
			.filter((a) => a.utredning === utredningId && a.typ !== fel.utanTyp)
			.map((a) => a.typ);
		if (typer.length === 0) continue;
		steg.push({
			typ: 'sparaAktualiseringar',
			pnr,
			utredningId,
			utkast: typer.map((t) => ({ ...utkast(s, t), ...fel.utkast }))
		});
	}
	const u = f.utredning;
	if (u) {
		const startIds = new Set(s.start.aktualiseringar.map((a) => a.id));
		steg.push((state) => ({
			typ: 'inledUtredning',
			pnr,
			inledningsdatum: u.inledningsdatum,
			utredningstyp: u.typ,
			ansvarigHandlaggare: u.ansvarigHandlaggare,
			organisation: u.organisation,
			aktualiseringIds: state.aktualiseringar
				.filter((a) => a.pnr === pnr && !a.utredningId && !startIds.has(a.id))
				.map((a) => a.id),
			...fel.inled
		}));
	}
	return steg;
}

/** The attempt with each command of type `typ` changed by `f` (for wrong attempts). */
export function andra<T extends Kommando['typ']>(
	steg: readonly Steg[],
	typ: T,
	f: (k: Extract<Kommando, { typ: T }>) => Kommando
): Steg[] {
	const byt = (k: Kommando): Kommando =>
		k.typ === typ ? f(k as Extract<Kommando, { typ: T }>) : k;
	return steg.map((st) =>
		typeof st === 'function' ? (state: CaseState) => byt(st(state)) : byt(st)
	);
}

/** The findings of a report for one rule id, optionally narrowed by words in `vad`. */
export function fyndFor(r: Rapport, id: string, vad?: string): Fynd[] {
	return r.fynd.filter((f) => f.regelId === id && (!vad || f.vad.includes(vad)));
}

/** The one finding for a rule id and words in `vad`; fails the test when not exactly one. */
export function ettFynd(r: Rapport, id: string, vad?: string): Fynd {
	const f = fyndFor(r, id, vad);
	if (f.length !== 1) throw new Error(`Väntade ett fynd för ${id} ${vad ?? ''}, fick ${f.length}.`);
	return f[0];
}

/** The statuses of a report, by rule id and what was checked, for whole-report assertions. */
export function statusar(r: Rapport): string[] {
	return r.fynd.map((f) => `${f.regelId} ${f.status}: ${f.vad}`);
}
