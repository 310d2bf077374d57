import { beskrivSteg } from '$lib/domain/facit/beskrivning';
import type { Rapport } from '$lib/domain/grading/typer';
import type { Facit, Steg } from '$lib/schemas/facit';
import type { Inspelat } from '$lib/inspelning/dom';
import type { ForsokState } from './forsok.svelte';

/** One recorded step, and the note the trainer gave it (written as its `varfor`). */
export interface Post {
	steg: Steg;
	anteckning?: string;
}

/** What a recording keeps across a reload and hands to the attempt it is replayed in. */
export interface InspelningData {
	poster: Post[];
	/** Events the attempt held after each step. */
	granser: number[];
	stoppad: boolean;
}

/** A replay's order: do the first `antal` steps in the new attempt, then record on or stop. */
export interface Omspelning {
	poster: Post[];
	antal: number;
	sedan: 'fortsatt' | 'stoppa';
}

type Lage = 'laddar' | 'spolar' | 'spelar-in' | 'stoppar' | 'stoppad' | 'fel';

const lika = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Spela in facit / Spela in felvariant (issue 9): the steps a trainer does in the mock, written as
 * facit steps as they are done (src/lib/inspelning/dom.ts hears them), with the attempt's event
 * count after each. A step cut, or a re-recording from a step, replays the steps kept with Visa's
 * hands in a fresh attempt (`startaOm`), so the attempt always holds exactly the steps' events.
 */
export class InspelningState {
	#poster = $state<Post[]>([]);
	#granser = $state<number[]>([]);
	#lage = $state<Lage>('laddar');
	#meddelande = $state<string | null>(null);
	#fel = $state<string | null>(null);
	/** Steps cut since the last replay: Stoppa replays the rest first. */
	#andrad = $state(false);
	#rapport = $state.raw<Rapport | null>(null);
	#sluta: (() => void) | null = null;
	/** Elements of the last steps, to tell a double-click's clicks from others. Not reactive. */
	#element: (Element | undefined)[] = [];

	constructor(
		readonly forsok: ForsokState,
		/** Starts a fresh recording attempt of the same scenario that replays `o` first. */
		private readonly startaOm: (o: Omspelning) => Promise<void>,
		/** Resolves once what the last step sent is decided and stored. */
		private readonly vila: () => Promise<void>
	) {}

	get slag(): 'facit' | { variant: string } {
		return this.forsok.rad.inspelning ?? 'facit';
	}
	get variant(): string | null {
		const s = this.slag;
		return s === 'facit' ? null : s.variant;
	}
	get lage(): Lage {
		return this.#lage;
	}
	get meddelande(): string | null {
		return this.#meddelande;
	}
	get fel(): string | null {
		return this.#fel;
	}
	get andrad(): boolean {
		return this.#andrad;
	}
	/** The graded recording once stopped: a felvariant's expected fel come from it. */
	get rapport(): Rapport | null {
		return this.#rapport;
	}
	/** The steps so far in the manual's words. */
	get stegtexter(): { text: string; anteckning?: string }[] {
		return this.#poster.map((p) => ({ text: beskrivSteg(p.steg), anteckning: p.anteckning }));
	}
	/** The steps as facit.yaml will hold them: a note as the step's varfor. */
	get steg(): Steg[] {
		return this.#poster.map((p) =>
			p.anteckning
				? ({ ...$state.snapshot(p.steg), varfor: p.anteckning } as Steg)
				: ($state.snapshot(p.steg) as Steg)
		);
	}
	get granser(): number[] {
		return $state.snapshot(this.#granser);
	}
	get data(): InspelningData {
		return {
			poster: $state.snapshot(this.#poster) as Post[],
			granser: $state.snapshot(this.#granser),
			stoppad: this.#lage === 'stoppad'
		};
	}

	/**
	 * Opens the recording: a replay handed over from the attempt before (`o`), else what was saved
	 * (a reload), then listens inside `rot` unless it was stopped.
	 */
	async ladda(
		rot: Element,
		o: Omspelning | null,
		sparad: InspelningData | undefined
	): Promise<void> {
		try {
			if (o) {
				this.#lage = 'spolar';
				const { gorSteg } = await import('$lib/visa/dom');
				this.#poster = [];
				this.#granser = [];
				for (const p of o.poster.slice(0, o.antal)) {
					await gorSteg(p.steg);
					await this.vila();
					this.#poster.push(p);
					this.#granser.push(this.forsok.handelser.length);
				}
				if (o.sedan === 'stoppa') return void (await this.#avsluta());
			} else if (sparad) {
				this.#poster = sparad.poster;
				this.#granser = sparad.granser;
				if (sparad.stoppad) return void (await this.#avsluta());
			}
			const { lyssna, faltetFinnsI } = await import('$lib/inspelning/dom');
			this.#finnsI = faltetFinnsI;
			this.#sluta = lyssna(rot, (h) => this.ta(h));
			this.#lage = 'spelar-in';
		} catch (e) {
			this.#lage = 'fel';
			this.#fel = `Inspelningen kunde inte spelas upp: ${e instanceof Error ? e.message : String(e)}`;
		}
	}

	/** The event count once what was sent before now has landed, for the step before `n`. */
	#stang(n: number): void {
		if (n < 0) return;
		void this.forsok.klar().then(() => {
			if (n < this.#granser.length) this.#granser[n] = this.forsok.handelser.length;
		});
	}

	#lagg(steg: Steg, el?: Element): void {
		this.#stang(this.#poster.length - 1);
		this.#poster.push({ steg });
		this.#element.push(el);
		this.#granser.push(this.forsok.handelser.length);
	}

	/** One heard action: a new step, a double-click replacing its clicks, a field into its fyll. */
	ta(h: Inspelat): void {
		if (this.#lage !== 'spelar-in') return;
		this.#meddelande = null;
		if (h.slag === 'ej') {
			this.#meddelande = h.orsak;
		} else if (h.slag === 'steg') {
			this.#lagg(h.steg, h.el);
		} else if (h.slag === 'dubbel') {
			for (let k = 0; k < 2; k++) {
				const sista = this.#poster.at(-1)?.steg;
				if (!sista || !('klicka' in sista) || this.#element.at(-1) !== h.el) break;
				this.#poster.pop();
				this.#element.pop();
				this.#granser.pop();
			}
			this.#lagg(h.steg, h.el);
		} else {
			const sista = this.#poster.at(-1);
			const i = h.i ?? [];
			if (
				sista &&
				'fyll' in sista.steg &&
				(lika(sista.steg.i ?? [], i) || this.#finnsI(h.el, h.etikett, sista.steg.i))
			) {
				const fyll = { ...sista.steg.fyll };
				// a field filled again goes last: fyll fills in the order written
				delete fyll[h.etikett];
				fyll[h.etikett] = h.varde;
				sista.steg = { ...sista.steg, fyll };
			} else this.#lagg({ fyll: { [h.etikett]: h.varde }, ...(h.i ? { i: h.i } : {}) }, h.el);
		}
	}

	/** Set with the listener: whether a field is found within a fyll step's areas (Visa's faltet). */
	#finnsI: (el: Element, etikett: string, i: Steg['i']) => boolean = () => false;

	/** Ta bort steget: the step goes; its events go when the rest is replayed at Stoppa. */
	taBort(n: number): void {
		this.#poster.splice(n, 1);
		this.#element.splice(n, 1);
		this.#granser.splice(n, 1);
		this.#andrad = true;
	}

	/** Anteckning: a note on the step, shown with it in Visa (its varfor). Empty removes it. */
	anteckna(n: number, text: string): void {
		const p = this.#poster[n];
		if (!p) return;
		const t = text.trim();
		if (t) p.anteckning = t;
		else delete p.anteckning;
	}

	/** Spela in härifrån: keeps the steps before `n`, replays them afresh and records on. */
	async spelaInFran(n: number): Promise<void> {
		this.#sluta?.();
		this.#sluta = null;
		this.#lage = 'spolar';
		await this.startaOm({ poster: this.data.poster, antal: n, sedan: 'fortsatt' });
	}

	/** Stoppa inspelningen: stops listening; after cuts, replays what is left first. */
	async stoppa(): Promise<void> {
		if (this.#lage !== 'spelar-in') return;
		this.#sluta?.();
		this.#sluta = null;
		this.#lage = 'stoppar';
		if (this.#andrad) {
			await this.startaOm({
				poster: this.data.poster,
				antal: this.#poster.length,
				sedan: 'stoppa'
			});
			return;
		}
		await this.#avsluta();
	}

	async #avsluta(): Promise<void> {
		await this.vila();
		this.#stang(this.#poster.length - 1);
		await this.forsok.klar();
		if (this.#granser.length)
			this.#granser[this.#granser.length - 1] = this.forsok.handelser.length;
		const { grade } = await import('$lib/domain/grading/motor');
		this.#rapport = grade(this.forsok.scenario, this.forsok.galler);
		this.#lage = 'stoppad';
	}

	/** Stops listening when the page closes. */
	slapp(): void {
		this.#sluta?.();
		this.#sluta = null;
	}

	/**
	 * The recording as files of the scenario's folder (facit.yaml or the variant, the attempt, its
	 * step counts), for the editor to take: see src/lib/inspelning/utdata.ts.
	 */
	async filer(opts: {
		facit: Facit | null;
		indexText?: string;
		beskrivning?: string;
		allaIdn?: boolean;
	}) {
		const { inspelningensFiler } = await import('$lib/inspelning/utdata');
		return inspelningensFiler({
			...opts,
			scenario: this.forsok.scenario,
			rad: this.forsok.rad,
			handelser: this.forsok.handelser,
			steg: this.steg,
			granser: this.granser,
			rapport: this.#rapport
		});
	}
}
