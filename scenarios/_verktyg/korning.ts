import { addSeconds } from 'date-fns';
import type { Handelse, LagradHandelse } from '../../src/lib/domain/handelser';
import { NYCKELKOD_EJ_SKRIVEN, LSS_MYNDIGHET, type Arhundrade } from '../../src/lib/domain/katalog';
import {
	utfor,
	type AktualiseringUtkast,
	type Kommando,
	type Omvarld
} from '../../src/lib/domain/kommandon';
import { normaliseraNamn, tolkaSokning, type SokFraga } from '../../src/lib/domain/kundsok';
import type { CaseState, KirPerson, Person } from '../../src/lib/domain/model';
import { startState, tillampa } from '../../src/lib/domain/projektion';
import type { Scenario } from '../../src/lib/schemas/scenario';
import {
	FORSOK_FORMAT,
	FORSOK_FORMATVERSION,
	forsokSchema,
	type Forsok
} from '../../src/lib/schemas/forsok';
import type { Varld } from '../../src/lib/world/generera';

function traffar(f: SokFraga, p: Pick<Person, 'pnr' | 'efternamn' | 'fornamn'>): boolean {
	switch (f.form) {
		case 'personnummer':
			return p.pnr === f.pnr;
		case 'sexSiffror':
			return p.pnr.slice(0, 8) === f.fodelsedatum;
		case 'helaNamnet':
			return (
				normaliseraNamn(p.efternamn) === f.efternamn && normaliseraNamn(p.fornamn) === f.fornamn
			);
		case 'fornamn':
			return normaliseraNamn(p.fornamn) === f.fornamn;
		case 'efternamn':
			return normaliseraNamn(p.efternamn).startsWith(f.efternamnPrefix);
	}
}

/** KIR has no century control: its search reads the digits as typed (as fakta.sokteKir does). */
function kirTraff(fraga: string, p: KirPerson): boolean {
	const siffror = fraga.replace(/\D/g, '');
	if (siffror.length === 12) return p.pnr === siffror;
	if (siffror.length === 10) return p.pnr.slice(2) === siffror;
	if (siffror.length === 6 && fraga.includes('*')) return p.pnr.slice(2, 8) === siffror;
	const t = tolkaSokning(fraga, '19');
	return t.ok && t.fraga.form !== 'personnummer' && traffar(t.fraga, p);
}

/**
 * Plays a trainee's clicks as commands through the real domain (`utfor`, then `tillampa`),
 * against the scenario's start state on top of the default world, and records the events as
 * the UI would store them. A refused command throws: an attempt must be something the mock lets
 * a trainee do.
 */
export class Korning {
	state: CaseState;
	readonly handelser: Handelse[] = [];
	private readonly omvarld: Omvarld;

	constructor(
		readonly scenario: Scenario,
		private readonly varld: Varld
	) {
		this.state = startState(scenario.start, scenario.idag);
		const iVarlden = new Set(varld.kunder.map((p) => p.pnr));
		this.omvarld = { iRegistret: (pnr) => iVarlden.has(pnr) };
	}

	/** Any command, decided by the real domain; a refusal stops the recipe with its message. */
	kor(k: Kommando): Handelse[] {
		const u = utfor(this.state, k, this.omvarld);
		if (!u.ok) throw new Error(`${this.scenario.id}: ${k.typ} nekades: ${u.fel}`);
		for (const h of u.handelser) {
			this.state = tillampa(this.state, h);
			this.handelser.push(h);
		}
		return u.handelser;
	}

	/** Types `fraga` in the search box with the century control at `arhundrade`, then Enter. */
	sok(fraga: string, arhundrade: Arhundrade): string[] {
		const t = tolkaSokning(fraga, arhundrade);
		const register = [...this.varld.kunder, ...Object.values(this.state.kunder)];
		const hittade = t.ok ? register.filter((p) => traffar(t.fraga, p)).map((p) => p.pnr) : [];
		const unika = [...new Set(hittade)].sort();
		this.kor({
			typ: 'sokKund',
			fraga,
			arhundrade,
			form: t.ok ? t.fraga.form : null,
			traffar: unika
		});
		return unika;
	}

	/** Sök KIR with the same text. */
	sokKir(fraga: string): KirPerson[] {
		const kir = [...this.varld.kir, ...Object.values(this.state.kir)];
		const hittade = kir.filter((p) => kirTraff(fraga, p));
		this.kor({ typ: 'sokKir', fraga, traffar: hittade.map((p) => p.pnr).sort() });
		return hittade;
	}

	oppna(pnr: string): void {
		this.kor({ typ: 'oppnaKund', pnr });
	}

	/** A KIR hit selected, OK, then Spara in Spara i personregister (with the nyckelkod chosen). */
	registreraFranKir(p: KirPerson, nyckelkod = NYCKELKOD_EJ_SKRIVEN): void {
		const { ejFolkbokford: _ej, ...uppgifter } = p;
		void _ej;
		this.kor({ typ: 'registreraKund', kalla: 'KIR', person: { ...uppgifter, nyckelkod } });
	}

	/** Ny, the form filled in, Spara. */
	registreraNy(person: Person): void {
		this.kor({ typ: 'registreraKund', kalla: 'Ny', person });
	}

	/** The Aktualisering form (one tab per utkast), Spara; in `utredningId` when given. */
	aktualisera(pnr: string, utkast: Partial<AktualiseringUtkast>[], utredningId?: string): string[] {
		const fulla = utkast.map((u) => ({
			typ: '',
			datum: '',
			franVem: '',
			ansvarigHandlaggare: this.scenario.roll.namn,
			organisation: LSS_MYNDIGHET,
			...u
		}));
		return this.kor({ typ: 'sparaAktualiseringar', pnr, utredningId, utkast: fulla }).map((h) =>
			h.typ === 'AktualiseringSparad' ? h.aktualisering.id : ''
		);
	}

	/** Inled utredning with the given fields, the listed aktualiseringar ticked, Spara. */
	inled(
		pnr: string,
		falt: {
			inledningsdatum: string;
			utredningstyp?: string;
			ansvarigHandlaggare?: string;
			organisation?: string;
		},
		aktualiseringIds: string[]
	): void {
		this.kor({
			typ: 'inledUtredning',
			pnr,
			utredningstyp: 'LSS Utredning',
			ansvarigHandlaggare: this.scenario.roll.namn,
			organisation: LSS_MYNDIGHET,
			...falt,
			aktualiseringIds
		});
	}

	/** The attempt file: events numbered from 1, a fixed clock from 08:00 on the scenario's day. */
	forsok(): Forsok {
		const start = new Date(`${this.scenario.idag}T08:00:00.000Z`);
		const lagrade: LagradHandelse[] = this.handelser.map((h, i) => ({
			...h,
			seq: i + 1,
			tid: addSeconds(start, 60 * (i + 1)).toISOString()
		}));
		return forsokSchema.parse({
			format: FORSOK_FORMAT,
			formatVersion: FORSOK_FORMATVERSION,
			scenarioId: this.scenario.id,
			scenarioVersion: this.scenario.version,
			startad: start.toISOString(),
			inlamnad: addSeconds(start, 60 * (lagrade.length + 2)).toISOString(),
			handelser: lagrade
		});
	}
}
