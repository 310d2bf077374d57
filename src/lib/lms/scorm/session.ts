import { arGodkand, varaktighet } from '../cmi5/statements';
import { LmsFel } from '../cmi5/klient';
import type { Interaktion } from '../interaktioner';
import { interaktionerAv } from '../interaktioner';
import type { Sandstatus } from '../sandare';
import type { Inlamning, Lmslage, LmsSession, Rapportering } from '../session';

/**
 * The SCORM 2004 4th edition runtime of one SCO (an exercise): found by API discovery
 * (upptack.ts), Initialize, the mode, the result (completion and success apart, score, one
 * `cmi.interactions.n` per graded rule), a small resume state, Commit and Terminate. The LMS
 * stores what is set; nothing here goes over the network itself.
 */

/** The SCORM 2004 API object (RTE 3.1): the LMS's side, e.g. scorm-again's `Scorm2004API`. */
export interface Scorm2004Api {
	Initialize(p: ''): string;
	Terminate(p: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(p: ''): string;
	GetLastError(): string | number;
	GetErrorString(code: string): string;
}

/**
 * The resume state, `cmi.suspend_data`: only the attempt's id and whether it was handed in
 * (`{"f":"<uuid>","s":"pagar"}`, 57 characters at most); the attempt's events stay in IndexedDB.
 */
interface Vilolage {
	f: string;
	s: 'pagar' | 'inlamnat';
}

const LAGE: Record<string, Lmslage> = { normal: 'normal', browse: 'browse', review: 'review' };

/** A value as a SCORM short identifier (RTE C.1.10: no spaces, ASCII word characters). */
export function kortId(text: string): string {
	const id = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 250);
	return id || 'tomt';
}

/** SCORM's time (RTE C.1.7): to the hundredth of a second, in UTC. */
function scormTid(iso: string): string {
	return `${new Date(iso).toISOString().slice(0, 22)}Z`;
}

function svarFor(ia: Interaktion): string | undefined {
	if (ia.svar === undefined) return undefined;
	if (ia.typ === 'other') return String(ia.svar).slice(0, 4000);
	const delar = Array.isArray(ia.svar) ? ia.svar : [ia.svar];
	return delar.map(kortId).join('[,]');
}

export class ScormSession implements LmsSession {
	readonly slag = 'scorm';
	readonly ovning: string;
	readonly lage: Lmslage;
	readonly masteryScore?: number;
	readonly returnURL = undefined;
	readonly #api: Scorm2004Api;
	readonly #nu: () => number;
	readonly #borjade: number;
	#vila: Vilolage | null;
	#avslutad = false;

	private constructor(api: Scorm2004Api, ovning: string, nu: () => number) {
		this.#api = api;
		this.ovning = ovning;
		this.#nu = nu;
		this.#borjade = nu();
		this.lage = LAGE[api.GetValue('cmi.mode')] ?? 'normal';
		const grans = Number.parseFloat(api.GetValue('cmi.scaled_passing_score'));
		if (Number.isFinite(grans)) this.masteryScore = grans;
		this.#vila = lasVila(api.GetValue('cmi.suspend_data'));
	}

	/** Initialize; throws `LmsFel` when the LMS refuses (an ended session after a reload, say). */
	static starta(
		api: Scorm2004Api,
		ovning: string,
		nu: () => number = () => Date.now()
	): ScormSession {
		if (api.Initialize('') !== 'true') {
			const kod = String(api.GetLastError());
			throw new LmsFel(
				`Lärplattformen tog inte emot övningen (SCORM-fel ${kod}: ${api.GetErrorString(kod)}). Starta övningen igen från lärplattformen.`
			);
		}
		const s = new ScormSession(api, ovning, nu);
		if (s.lage === 'normal' && s.#vila?.s !== 'inlamnat') {
			const status = api.GetValue('cmi.completion_status');
			if (status !== 'completed') api.SetValue('cmi.completion_status', 'incomplete');
			// not handed in yet: the LMS keeps the attempt for the next launch
			api.SetValue('cmi.exit', 'suspend');
			api.Commit('');
		}
		return s;
	}

	async sparatForsok(): Promise<string | undefined> {
		return this.#vila?.f;
	}

	async nyttForsok(forsokId: string): Promise<void> {
		if (this.lage !== 'normal') return;
		this.#sattVila({ f: forsokId, s: 'pagar' });
		this.#api.Commit('');
	}

	async rapportera(i: Inlamning): Promise<Rapportering> {
		if (this.lage !== 'normal' || this.#avslutad) return { rapporterad: false, varfor: 'lage' };
		if (this.#vila?.f !== i.forsokId) return { rapporterad: false, varfor: 'annat-forsok' };
		if (this.#vila.s === 'inlamnat') return { rapporterad: false, varfor: 'redan' };
		const a = this.#api;
		const r = i.rapport;
		const godkand = arGodkand(r, this.masteryScore);
		a.SetValue(
			'cmi.score.scaled',
			String(Math.round(Math.min(1, Math.max(0, r.andel)) * 10000) / 10000)
		);
		a.SetValue('cmi.score.min', '0');
		a.SetValue('cmi.score.max', String(r.maxPoang));
		a.SetValue('cmi.score.raw', String(r.poang));
		const bas = Number.parseInt(a.GetValue('cmi.interactions._count'), 10) || 0;
		interaktionerAv(i.scenario, r).forEach((ia, k) => {
			const p = `cmi.interactions.${bas + k}.`;
			a.SetValue(`${p}id`, `urn:lss-ovning:${i.scenario.id}:${ia.id}`);
			a.SetValue(`${p}type`, ia.typ === 'other' ? 'other' : ia.typ);
			a.SetValue(`${p}timestamp`, scormTid(i.inlamnad));
			a.SetValue(`${p}result`, ia.ratt ? 'correct' : 'incorrect');
			a.SetValue(`${p}description`, `{lang=sv}${ia.beskrivning}`.slice(0, 259));
			const svar = svarFor(ia);
			if (svar !== undefined) a.SetValue(`${p}learner_response`, svar);
		});
		a.SetValue('cmi.success_status', godkand ? 'passed' : 'failed');
		a.SetValue('cmi.completion_status', 'completed');
		a.SetValue('cmi.exit', 'normal');
		this.#sattVila({ f: i.forsokId, s: 'inlamnat' });
		a.Commit('');
		return {
			rapporterad: true,
			godkand,
			...(this.masteryScore !== undefined ? { masteryScore: this.masteryScore } : {})
		};
	}

	async avsluta(): Promise<void> {
		this.#terminera();
	}

	vidStangning(): Promise<void> {
		// SCORM has no outbox: the LMS's API takes the values now, or never
		this.#terminera();
		return Promise.resolve();
	}

	vidAtervando(): void {
		// a terminated SCORM session cannot be taken up again; the LMS launches anew
	}

	skickaNu(): Promise<void> {
		return Promise.resolve();
	}

	folj(andrad: (s: Sandstatus) => void): void {
		andrad({ vantar: 0, avvisade: 0, lage: 'vilar' });
	}

	#terminera(): void {
		if (this.#avslutad) return;
		this.#avslutad = true;
		this.#api.SetValue('cmi.session_time', varaktighet(this.#nu() - this.#borjade));
		this.#api.Commit('');
		this.#api.Terminate('');
	}

	#sattVila(v: Vilolage): void {
		this.#vila = v;
		this.#api.SetValue('cmi.suspend_data', JSON.stringify(v));
	}
}

function lasVila(text: string): Vilolage | null {
	try {
		const v = JSON.parse(text) as Partial<Vilolage>;
		return typeof v.f === 'string' && (v.s === 'pagar' || v.s === 'inlamnat')
			? { f: v.f, s: v.s }
			: null;
	} catch {
		return null;
	}
}
