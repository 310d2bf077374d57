import type { Rapport } from '$lib/domain/grading/typer';
import type { Ledtrad, Pinne } from '$lib/domain/ledtrad/stege';
import type { FacitData } from './facitdata';
import type { ForsokState } from './forsok.svelte';

type Moduler = {
	motor: typeof import('$lib/domain/grading/motor');
	ordning: typeof import('$lib/domain/ledtrad/kravordning');
	stege: typeof import('$lib/domain/ledtrad/stege');
};

/** One line of the checklist: what the exercise asks, and whether the attempt does it yet. */
export interface Punkt {
	vad: string;
	avsnitt: string;
	klart: boolean;
}

/**
 * Öva: free work, with a hint ladder and a checklist on request. The next unmet requirement is
 * the grader's own: the attempt so far is graded on every change, and of the rules that are
 * Fel the one the facit meets first is the one hinted at. The grader loads at the first ask. Each rung taken is an event of the
 * attempt (LedtradVisad), so a reload shows the same hints and the report counts them.
 */
export class OvaState {
	#data = $state.raw<FacitData | null>(null);
	#moduler: Moduler | null = null;
	#fel = $state<string | null>(null);
	#checklistaOppen = $state(false);
	#ledtradOppen = $state(false);

	#laddar: Promise<void> | null = null;
	#hamtar = $state(false);

	constructor(private readonly forsok: ForsokState) {}

	/**
	 * Loads the grader and the facit, once, when the trainee first asks for help: an exercise
	 * in Öva opens as light as in Prov, and most of it is worked without a hint.
	 */
	ladda(): Promise<void> {
		this.#laddar ??= this.#hamta();
		return this.#laddar;
	}

	async #hamta(): Promise<void> {
		this.#hamtar = true;
		try {
			const [{ laddaFacitData }, motor, ordning, stege] = await Promise.all([
				import('./facitdata'),
				import('$lib/domain/grading/motor'),
				import('$lib/domain/ledtrad/kravordning'),
				import('$lib/domain/ledtrad/stege')
			]);
			this.#moduler = { motor, ordning, stege };
			this.#data = await laddaFacitData(this.forsok.scenario);
		} catch (e) {
			// a failed import is a TypeError in English (a chunk gone after an update); the facit's
			// own errors are Swedish sentences already
			this.#fel =
				e instanceof TypeError
					? 'Ledtrådarna kunde inte laddas. Appen kan ha uppdaterats: ladda om sidan.'
					: e instanceof Error
						? e.message
						: String(e);
		} finally {
			this.#hamtar = false;
		}
	}

	/**
	 * True when the help can answer: loaded now by the first ask. A second click while that
	 * load is under way is not a second ask (it would take a rung more than was asked for).
	 */
	async #forstaFragan(): Promise<boolean> {
		if (this.redo) return true;
		if (this.#laddar) return false;
		await this.ladda();
		return this.redo;
	}

	get redo(): boolean {
		return this.#data !== null;
	}
	/** While the grader and the facit are on their way, after the first ask. */
	get hamtar(): boolean {
		return this.#hamtar;
	}
	get fel(): string | null {
		return this.#fel;
	}

	/** The attempt so far, graded; recomputed when an event lands (well under a millisecond). */
	#rapport: Rapport | null = $derived.by(() =>
		this.#data && this.#moduler
			? this.#moduler.motor.grade(this.forsok.scenario, this.forsok.handelser)
			: null
	);

	/** The finding hinted at: the next unmet requirement, or undefined when none is left. */
	get #krav(): number | undefined {
		if (!this.#rapport || !this.#data || !this.#moduler) return undefined;
		return this.#moduler.ordning.nastaKrav(this.#rapport, this.#data.kravSteg);
	}

	get allaKravMotta(): boolean {
		return this.redo && this.#krav === undefined;
	}

	/** How many rungs have been taken for the requirement hinted at now. */
	get #tagna(): number {
		const i = this.#krav;
		if (i === undefined || !this.#rapport) return 0;
		const f = this.#rapport.fynd[i];
		let max = 0;
		for (const h of this.forsok.handelser)
			if (h.typ === 'LedtradVisad' && h.regelId === f.regelId && h.vad === f.vad)
				max = Math.max(max, h.steg);
		return max;
	}

	/** The rungs shown for the requirement hinted at, the vaguest first. */
	get ledtradar(): Ledtrad[] {
		const i = this.#krav;
		if (i === undefined || !this.#rapport || !this.#data || !this.#moduler) return [];
		const { steg, granser, kravSteg } = this.#data;
		const f = this.#rapport.fynd[i];
		return this.#moduler.stege.STEGEN.filter((p) => p <= this.#tagna).map((p) =>
			this.#moduler!.stege.ledtrad(p, f, kravSteg[i], steg, granser)
		);
	}

	get kanTaFler(): boolean {
		return this.#krav !== undefined && this.#tagna < 4;
	}

	/** Every hint taken in this attempt, for the panel's count. */
	get antalTagna(): number {
		return this.forsok.handelser.filter((h) => h.typ === 'LedtradVisad').length;
	}

	get ledtradOppen(): boolean {
		return this.#ledtradOppen;
	}
	stangLedtrad(): void {
		this.#ledtradOppen = false;
	}

	/** Ledtråd / Nästa ledtråd: shows the next rung, and stores that it was taken. */
	async nastaLedtrad(): Promise<void> {
		if (!(await this.#forstaFragan())) return;
		// Reopening shows the rungs already taken; only a further click takes (and costs) one more
		if (!this.#ledtradOppen && this.#tagna > 0) {
			this.#ledtradOppen = true;
			return;
		}
		this.#ledtradOppen = true;
		const i = this.#krav;
		if (i === undefined || !this.#rapport || this.#tagna >= 4) return;
		const f = this.#rapport.fynd[i];
		await this.forsok.lagraHjalp({
			typ: 'LedtradVisad',
			regelId: f.regelId,
			vad: f.vad,
			steg: (this.#tagna + 1) as Pinne
		});
	}

	get checklistaOppen(): boolean {
		return this.#checklistaOppen;
	}
	async vaxlaChecklista(): Promise<void> {
		if (await this.#forstaFragan()) this.#checklistaOppen = !this.#checklistaOppen;
	}

	/** What the exercise asks, in the order the facit meets it, each done or not yet. */
	get checklista(): Punkt[] {
		if (!this.#rapport || !this.#data) return [];
		const { kravSteg } = this.#data;
		return this.#rapport.fynd
			.map((f, i) => ({ f, k: kravSteg[i], i }))
			.filter(({ k }) => Number.isFinite(k))
			.sort((a, b) => a.k - b.k || a.i - b.i)
			.map(({ f }) => ({ vad: f.vad, avsnitt: f.avsnitt, klart: f.status === 'ratt' }));
	}
}
