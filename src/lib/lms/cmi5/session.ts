import {
	andraRegistrering,
	hamtaRegistrering,
	laggIUtkorg,
	raknaUtkorg,
	vidSessionsstart,
	type LssDb,
	type UtkorgRad
} from '../../db';
import type { Statement } from '@xapi/xapi';
import { interaktionerAv } from '../interaktioner';
import type { Cmi5Start } from '../launch';
import { UtkorgSandare, type Sandstatus } from '../sandare';
import type { Inlamning, Lmslage, LmsSession, Rapportering } from '../session';
import type { Hamta } from '../xapi-http';
import {
	hamtaLaunchData,
	hamtaPreferenser,
	hamtaToken,
	LmsFel,
	type LaunchData,
	type Preferenser
} from './klient';
import {
	arGodkand,
	EXT_SESSION,
	initialized,
	inlamning,
	skapaKlocka,
	terminated,
	type Cmi5Kontext,
	type Klocka
} from './statements';

/**
 * A cmi5 AU session. Its record in sessionStorage (per registration) keeps the one-time fetch
 * URL's token, the launch data and when it was initialized, so a reload neither POSTs again nor
 * sends a second initialized, and works offline. Every statement goes through the outbox.
 */

interface Sessionspost {
	fetch: string;
	token: string;
	sessionId: string;
	launchData: LaunchData;
	preferenser: Preferenser;
	/** ms since the epoch, when initialized was made. */
	initierad: number;
	/** The attempt reported in this session (one verdict per session, cmi5 9.3). */
	rapporterat?: string;
	avslutad?: boolean;
}

const postnyckel = (registrering: string) => `lss-cmi5:${registrering}`;

const LAGE: Record<LaunchData['launchMode'], Lmslage> = {
	Normal: 'normal',
	Browse: 'browse',
	Review: 'review'
};

export interface Cmi5Miljo {
	db: LssDb;
	hamta: Hamta;
	lagring: Pick<Storage, 'getItem' | 'setItem'>;
	klocka?: Klocka;
	nu?: () => number;
}

export class Cmi5Session implements LmsSession {
	readonly slag = 'cmi5';
	readonly #start: Cmi5Start;
	readonly #m: Required<Cmi5Miljo>;
	#post: Sessionspost;
	readonly #sandare: UtkorgSandare;
	#foljare: ((s: Sandstatus) => void) | null = null;

	private constructor(start: Cmi5Start, m: Required<Cmi5Miljo>, post: Sessionspost) {
		this.#start = start;
		this.#m = m;
		this.#post = post;
		this.#sandare = new UtkorgSandare({
			db: m.db,
			endpoint: start.endpoint,
			token: () => this.#post.token,
			hamta: m.hamta,
			andrad: (s) => this.#foljare?.(s)
		});
	}

	/**
	 * Starts or resumes the session of this launch. A new launch (a fetch URL not seen in this
	 * tab) POSTs for the token, reads the launch data and preferences, and queues initialized;
	 * a reload takes the record back. Throws `LmsFel` with the trainee's sentence.
	 */
	static async starta(start: Cmi5Start, miljo: Cmi5Miljo): Promise<Cmi5Session> {
		const m: Required<Cmi5Miljo> = {
			klocka: skapaKlocka(),
			nu: () => Date.now(),
			...miljo
		};
		const sparad = lasPost(m.lagring, start.registration);
		if (sparad && sparad.fetch === start.fetch) {
			if (sparad.avslutad)
				throw new LmsFel(
					'Du har redan avslutat den här starten från lärplattformen. Starta övningen igen från lärplattformen för att rapportera ett nytt försök.'
				);
			const s = new Cmi5Session(start, m, sparad);
			await vidSessionsstart(m.db, sparad.sessionId);
			// a reload online reads the launch data again; offline the record's copy serves
			try {
				s.#post.launchData = await hamtaLaunchData(start, sparad.token, m.hamta);
				s.#spara();
			} catch {
				// the copy from the session's start is the same document
			}
			return s;
		}
		const token = await hamtaToken(start, m.hamta);
		const launchData = await hamtaLaunchData(start, token, m.hamta);
		const preferenser = await hamtaPreferenser(start, token, m.hamta);
		const extensions = launchData.contextTemplate.extensions ?? {};
		const sessionId =
			typeof extensions[EXT_SESSION] === 'string'
				? (extensions[EXT_SESSION] as string)
				: m.klocka.uuid();
		const post: Sessionspost = {
			fetch: start.fetch,
			token,
			sessionId,
			launchData,
			preferenser,
			initierad: m.nu()
		};
		const s = new Cmi5Session(start, m, post);
		s.#spara();
		await vidSessionsstart(m.db, sessionId);
		await s.#koa([initialized(s.#kontext(), m.klocka)]);
		return s;
	}

	get lage(): Lmslage {
		return LAGE[this.#post.launchData.launchMode];
	}
	get ovning(): string {
		return this.#start.ovning;
	}
	get masteryScore(): number | undefined {
		return this.#post.launchData.masteryScore;
	}
	get returnURL(): string | undefined {
		return this.#post.launchData.returnURL;
	}
	get sessionId(): string {
		return this.#post.sessionId;
	}
	get preferenser(): Preferenser {
		return this.#post.preferenser;
	}

	async sparatForsok(): Promise<string | undefined> {
		const r = await hamtaRegistrering(this.#m.db, this.#start.registration);
		return r.forsok.at(-1);
	}

	async nyttForsok(forsokId: string): Promise<void> {
		await andraRegistrering(this.#m.db, this.#start.registration, (r) => ({
			...r,
			forsok: r.forsok.includes(forsokId) ? r.forsok : [...r.forsok, forsokId]
		}));
	}

	async rapportera(i: Inlamning): Promise<Rapportering> {
		// Browse and Review record no satisfaction data (cmi5 10.2.2)
		if (this.lage !== 'normal' || this.#post.avslutad)
			return { rapporterad: false, varfor: 'lage' };
		const reg = await hamtaRegistrering(this.#m.db, this.#start.registration);
		if (reg.rapporterade.includes(i.forsokId) || this.#post.rapporterat)
			return { rapporterad: false, varfor: 'redan' };
		if (!reg.forsok.includes(i.forsokId)) return { rapporterad: false, varfor: 'annat-forsok' };
		const godkand = arGodkand(i.rapport, this.masteryScore);
		const ms = Date.parse(i.inlamnad) - Date.parse(i.startad);
		const statements = inlamning(
			this.#kontext(),
			this.#m.klocka,
			i.rapport,
			interaktionerAv(i.scenario, i.rapport),
			ms,
			// one passed per registration and no failed after it; one completed per registration
			{ bedom: !reg.passed, slutfor: !reg.completed }
		);
		this.#post.rapporterat = i.forsokId;
		this.#spara();
		await andraRegistrering(this.#m.db, this.#start.registration, (r) => ({
			...r,
			rapporterade: [...r.rapporterade, i.forsokId],
			passed: r.passed || godkand,
			completed: true
		}));
		await this.#koa(statements);
		return { rapporterad: true, godkand, masteryScore: this.masteryScore };
	}

	async avsluta(): Promise<void> {
		if (this.#post.avslutad) return;
		const t = terminated(this.#kontext(), this.#m.klocka, this.#m.nu() - this.#post.initierad);
		this.#post.avslutad = true;
		this.#spara();
		await this.#koa([t]);
	}

	vidStangning(): Promise<void> {
		if (this.#post.avslutad) return Promise.resolve();
		const t = terminated(this.#kontext(), this.#m.klocka, this.#m.nu() - this.#post.initierad);
		// pagehide does not wait for it; IndexedDB may still commit it. A reload takes it back
		return laggIUtkorg(this.#m.db, [
			{ ...this.#rad(t), vidStangning: { sessionId: this.#post.sessionId } }
		]).catch(() => undefined);
	}

	vidAtervando(): void {
		void vidSessionsstart(this.#m.db, this.#post.sessionId)
			.then(() => this.#sandare.skicka())
			// the line on the page shows what waits; a failure here leaves the rows to the next try
			.catch(() => undefined);
	}

	folj(andrad: (s: Sandstatus) => void): void {
		this.#foljare = andrad;
		void raknaUtkorg(this.#m.db)
			.then((s) => andrad({ ...s, lage: this.#sandare.lage }))
			.then(() => this.#sandare.skicka())
			// counting is only for the status line: a failure shows nothing rather than stop the page
			.catch(() => undefined);
	}

	/** Try again now (the browser says it is online). */
	skickaNu(): Promise<void> {
		return this.#sandare.skicka();
	}

	#kontext(): Cmi5Kontext {
		return {
			actor: this.#start.actor,
			activityId: this.#start.activityId,
			registration: this.#start.registration,
			sessionId: this.#post.sessionId,
			contextTemplate: this.#post.launchData.contextTemplate,
			masteryScore: this.masteryScore
		};
	}

	#rad(s: Statement): UtkorgRad {
		return {
			id: s.id!,
			registrering: this.#start.registration,
			endpoint: this.#start.endpoint,
			skapad: s.timestamp!,
			statement: s
		};
	}

	async #koa(statements: Statement[]): Promise<void> {
		await laggIUtkorg(
			this.#m.db,
			statements.map((s) => this.#rad(s))
		);
		await this.#sandare.skicka();
	}

	#spara(): void {
		this.#m.lagring.setItem(postnyckel(this.#start.registration), JSON.stringify(this.#post));
	}
}

function lasPost(lagring: Pick<Storage, 'getItem'>, registrering: string): Sessionspost | null {
	try {
		const t = lagring.getItem(postnyckel(registrering));
		return t ? (JSON.parse(t) as Sessionspost) : null;
	} catch {
		return null;
	}
}
