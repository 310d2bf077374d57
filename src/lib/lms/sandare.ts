import {
	avvisa,
	levererad,
	nastaIUtkorg,
	raknaUtkorg,
	type LssDb,
	type UtkorgRad,
	type Utkorgsstatus
} from '../db';
import { resurs, xapiHuvuden, type Hamta } from './xapi-http';

/**
 * Sends the outbox to the LRS, oldest first, one statement at a time: PUT with the statement's
 * own id, so a retry after a lost answer is the same statement (a 204, or a 409 for the one we
 * already sent, both mean delivered; we never make two different statements with one id).
 * Stops at the first network failure or server error and tries again on `online` and on a timer
 * that backs off; a statement the LRS refuses for good (another 4xx) is kept aside and shown;
 * 401 and 403 stop sending (the session's token no longer works) and keep everything.
 */

export type Sandlage = 'vilar' | 'skickar' | 'natfel' | 'behorighet';

export interface Sandstatus extends Utkorgsstatus {
	lage: Sandlage;
}

export interface SandareOpts {
	db: LssDb;
	endpoint: string;
	/** The session's auth-token, or null when there is none (then nothing is sent). */
	token: () => string | null;
	hamta?: Hamta;
	/** Tells the page how many wait; called after every change. */
	andrad?: (s: Sandstatus) => void;
	/** A timer (tests pass their own); returns a cancel. */
	vanta?: (ms: number, gor: () => void) => () => void;
}

const FORSTA_PAUS = 2000;
const LANGSTA_PAUS = 5 * 60_000;

type Svar = 'levererad' | 'avvisad' | 'behorighet' | 'natfel';

export class UtkorgSandare {
	readonly #o: Required<Omit<SandareOpts, 'andrad'>> & Pick<SandareOpts, 'andrad'>;
	#lage: Sandlage = 'vilar';
	#pagar: Promise<void> | null = null;
	#igen = false;
	#paus = FORSTA_PAUS;
	#avbrytTimer: (() => void) | null = null;
	#stoppad = false;

	constructor(o: SandareOpts) {
		this.#o = {
			hamta: (...a) => fetch(...a),
			vanta: (ms, gor) => {
				const t = setTimeout(gor, ms);
				return () => clearTimeout(t);
			},
			...o
		};
	}

	get lage(): Sandlage {
		return this.#lage;
	}

	/** Send what waits now; a call while sending makes the running pass look once more. */
	skicka(): Promise<void> {
		if (this.#stoppad) return Promise.resolve();
		if (this.#pagar) {
			this.#igen = true;
			return this.#pagar;
		}
		this.#avbrytTimer?.();
		this.#avbrytTimer = null;
		this.#pagar = this.#kor().finally(() => {
			this.#pagar = null;
		});
		return this.#pagar;
	}

	/** No more sending from this page (it is going away, or the session was replaced). */
	stoppa(): void {
		this.#stoppad = true;
		this.#avbrytTimer?.();
	}

	async #kor(): Promise<void> {
		do {
			this.#igen = false;
			await this.#skickaAllt();
		} while (this.#igen && this.#lage === 'vilar' && !this.#stoppad);
		await this.#meddela();
	}

	async #skickaAllt(): Promise<void> {
		const token = this.#o.token();
		if (!token) return;
		for (;;) {
			if (this.#stoppad) return;
			const rad = await nastaIUtkorg(this.#o.db, this.#o.endpoint);
			if (!rad) {
				this.#lage = 'vilar';
				this.#paus = FORSTA_PAUS;
				return;
			}
			this.#lage = 'skickar';
			const svar = await this.#skickaEn(rad, token);
			if (svar === 'natfel') {
				this.#lage = 'natfel';
				this.#planera();
				return;
			}
			if (svar === 'behorighet') {
				this.#lage = 'behorighet';
				return;
			}
			this.#paus = FORSTA_PAUS;
			await this.#meddela();
		}
	}

	async #skickaEn(rad: UtkorgRad, token: string): Promise<Svar> {
		let svar: Response;
		try {
			svar = await this.#o.hamta(resurs(this.#o.endpoint, 'statements', { statementId: rad.id }), {
				method: 'PUT',
				headers: xapiHuvuden(token, true),
				body: JSON.stringify(rad.statement)
			});
		} catch {
			return 'natfel';
		}
		if (svar.ok || svar.status === 409) {
			await levererad(this.#o.db, rad.id);
			return 'levererad';
		}
		if (svar.status === 401 || svar.status === 403) return 'behorighet';
		if (svar.status >= 400 && svar.status < 500) {
			const text = (await svar.text().catch(() => '')).slice(0, 500);
			await avvisa(this.#o.db, rad.id, {
				status: svar.status,
				text: text || svar.statusText,
				tid: new Date().toISOString()
			});
			return 'avvisad';
		}
		return 'natfel';
	}

	/** Next try after a pause that doubles each time, up to five minutes. */
	#planera(): void {
		const ms = this.#paus;
		this.#paus = Math.min(this.#paus * 2, LANGSTA_PAUS);
		// the pass reports its own outcome through `andrad`: nothing to await here
		this.#avbrytTimer = this.#o.vanta(ms, () => void this.skicka());
	}

	async #meddela(): Promise<void> {
		if (!this.#o.andrad) return;
		const s = await raknaUtkorg(this.#o.db);
		this.#o.andrad({ ...s, lage: this.#lage });
	}
}
