import scenarier from 'virtual:scenario-index';
import { hamtaForsok, lagringsmeddelande, skapaForsok, type ForsokRad } from '$lib/db';
import type { Rapport } from '$lib/domain/grading/typer';
import type { Lage } from '$lib/domain/lage';
import type { Sandstatus } from '$lib/lms/sandare';
import type { LmsSession, Rapportering } from '$lib/lms/session';
import { startaLms } from '$lib/lms/start';
import { STARTNYCKEL, type LmsUpptackt } from '$lib/lms/upptack';
import type { Scenario } from '$lib/schemas/scenario';
import { appDb } from './app';

/**
 * A launch from a learning platform, as the pages see it: starting (the session, then the
 * exercise in the launch's mode), what went wrong with the launch, how many results wait, what
 * came of the hand-in, and leaving. The routes talk to `LmsSession` through this class only.
 */

/** How the state moves the trainee: into an attempt, or to its report. */
export interface Navigering {
	tillForsok: (forsokId: string) => Promise<void>;
	tillRapport: (forsokId: string) => Promise<void>;
	/** Whether the trainee is on the start page (only from there does a launch navigate). */
	paStartsidan: () => boolean;
}

export type Lmsfas = 'startar' | 'klar' | 'fel' | 'avslutad';

/** A return URL is followed only if it is a web address (it comes from the LMS's document). */
function webbadress(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const u = new URL(url, location.href);
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
	} catch {
		return undefined;
	}
}

export class LmsState {
	readonly #upptackt: LmsUpptackt;
	readonly #nav: Navigering;
	#fas = $state<Lmsfas>('startar');
	#fel = $state<string[]>([]);
	#session = $state.raw<LmsSession | null>(null);
	#utkorg = $state<Sandstatus | null>(null);
	#valjLage = $state(false);
	#rapportering = $state<Rapportering | null>(null);
	#besked = $state<string | null>(null);
	#tillbaka = $state<string | null>(null);

	constructor(u: LmsUpptackt, nav: Navigering) {
		this.#upptackt = u;
		this.#nav = nav;
	}

	get fas(): Lmsfas {
		return this.#fas;
	}
	/** What is wrong with the launch, each a sentence; the trainee practises without reporting. */
	get fel(): readonly string[] {
		return this.#fel;
	}
	get slag(): 'cmi5' | 'scorm' {
		return this.#upptackt.slag;
	}
	get lage(): LmsSession['lage'] | null {
		return this.#session?.lage ?? null;
	}
	get masteryScore(): number | undefined {
		return this.#session?.masteryScore;
	}
	get utkorg(): Sandstatus | null {
		return this.#utkorg;
	}
	/** Browse: the trainee chooses between Visa and Guidad. */
	get valjLage(): boolean {
		return this.#valjLage;
	}
	get rapportering(): Rapportering | null {
		return this.#rapportering;
	}
	/** Anything else to say (no handed-in attempt to review, a storage error). */
	get besked(): string | null {
		return this.#besked;
	}
	/** After Avsluta with results still waiting: the learning platform's address to go back to. */
	get tillbaka(): string | null {
		return this.#tillbaka;
	}
	get ovningsnamn(): string {
		const id = this.#upptackt.ovning;
		return scenarier.find((s) => s.id === id)?.title ?? id;
	}

	async starta(): Promise<void> {
		try {
			const r = await startaLms(this.#upptackt, {
				db: appDb(),
				fonster: window,
				lagring: sessionStorage,
				hamta: (...a) => fetch(...a),
				finnsOvning: (id) => scenarier.some((s) => s.id === id)
			});
			if (!r.ok) {
				this.#fel = r.fel;
				this.#fas = 'fel';
				return;
			}
			const s = r.session;
			this.#session = s;
			this.#fas = 'klar';
			s.folj((st) => (this.#utkorg = st));
			addEventListener('pagehide', () => void s.vidStangning());
			addEventListener('pageshow', (e) => {
				if (e.persisted) s.vidAtervando();
			});
			addEventListener('online', () => void s.skickaNu().catch(() => undefined));
			if (this.#nav.paStartsidan()) await this.#borja(s);
		} catch (e) {
			this.#fel = [lagringsmeddelande(e)];
			this.#fas = 'fel';
		}
	}

	/** Into the exercise the way the launch says: Prov, the choice of Visa or Guidad, the report. */
	async #borja(s: LmsSession): Promise<void> {
		const db = appDb();
		const id = await s.sparatForsok();
		const rad = id ? await hamtaForsok(db, id) : undefined;
		if (s.lage === 'review') {
			if (rad?.status === 'inlamnat') await this.#nav.tillRapport(rad.id);
			else
				this.#besked =
					'Det finns inget inlämnat försök på övningen i den här webbläsaren att visa.';
			return;
		}
		if (s.lage === 'browse') {
			this.#valjLage = true;
			return;
		}
		if (rad?.status === 'pagar' && rad.lage === 'prov') return this.#nav.tillForsok(rad.id);
		if (rad?.status === 'inlamnat') return this.#nav.tillRapport(rad.id);
		await this.#nytt('prov');
	}

	async #nytt(lage: Lage): Promise<void> {
		const s = this.#session;
		const post = scenarier.find((x) => x.id === s?.ovning);
		if (!s || !post) return;
		const f = await skapaForsok(appDb(), post.id, post.version, undefined, lage);
		await s.nyttForsok(f.id);
		await this.#nav.tillForsok(f.id);
	}

	/** Browse: Visa or Guidad, chosen by the trainee. */
	async valj(lage: 'visa' | 'guidad'): Promise<void> {
		this.#valjLage = false;
		try {
			await this.#nytt(lage);
		} catch (e) {
			this.#besked = lagringsmeddelande(e);
		}
	}

	/** The report page, after grading: the LMS is told, as far as the mode allows. */
	async lamnaRapport(rad: ForsokRad, scenario: Scenario, rapport: Rapport): Promise<void> {
		const s = this.#session;
		if (!s || rad.status !== 'inlamnat' || rad.scenarioId !== s.ovning) return;
		try {
			this.#rapportering = await s.rapportera({
				forsokId: rad.id,
				startad: rad.startad,
				inlamnad: rad.inlamnad ?? rad.startad,
				scenario,
				rapport
			});
		} catch (e) {
			this.#besked = `Resultatet kunde inte lämnas till lärplattformen: ${lagringsmeddelande(e)}`;
		}
	}

	/** Avsluta och gå tillbaka: terminated, then back to the learning platform. */
	async avsluta(): Promise<void> {
		const s = this.#session;
		if (!s) return;
		await s.avsluta();
		this.#fas = 'avslutad';
		sessionStorage.removeItem(STARTNYCKEL);
		const dit = webbadress(s.returnURL);
		// with results still waiting the page stays, so the trainee sees they wait
		if (dit && !this.#utkorg?.vantar) location.assign(dit);
		else this.#tillbaka = dit ?? null;
	}
}
