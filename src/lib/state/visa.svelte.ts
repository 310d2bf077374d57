import { Rutor } from './rutor.svelte';
import { beskrivSteg } from '$lib/domain/facit/beskrivning';
import type { Steg } from '$lib/schemas/facit';

/** How long Spela upp waits on each caption, so a trainee can read it. */
const PAUS_MS = 2500;

type Lage = 'laddar' | 'spolar' | 'redo' | 'gor' | 'spelar' | 'klart' | 'fel';

/**
 * Visa: the app plays the exercise's facit on the mock, one step at a time, the step's sentence
 * as the caption and its control highlighted. Nothing is graded. The DOM work (finding a
 * control by role and name, doing the step) lives in $lib/visa/dom and is loaded with Visa.
 */
export class VisaState extends Rutor {
	#steg = $state<Steg[]>([]);
	#nr = $state(0);
	#lage = $state<Lage>('laddar');
	#fel = $state<string | null>(null);
	#dom: typeof import('$lib/visa/dom') | null = null;

	/**
	 * `startaOm(n)` starts a fresh Visa attempt played up to step n: a step done on the mock
	 * cannot be undone, so going back is replaying the steps before it in a new sandbox.
	 */
	constructor(
		private readonly scenarioId: string,
		private readonly startaOm: (steg: number) => Promise<void>,
		/** Resolves once what the last step sent is decided and stored (ForsokState's queue). */
		private readonly vila: () => Promise<void> = async () => {}
	) {
		super();
	}

	get lage(): Lage {
		return this.#lage;
	}
	get fel(): string | null {
		return this.#fel;
	}
	/** 1-based number of the step shown next, and how many there are. */
	get nummer(): number {
		return this.#nr + 1;
	}
	get antal(): number {
		return this.#steg.length;
	}
	/** The caption: the next step as the manual would tell it, and its why. */
	get text(): string {
		const s = this.#steg[this.#nr];
		return s ? beskrivSteg(s) : '';
	}
	get varfor(): string | undefined {
		return this.#steg[this.#nr]?.varfor;
	}

	/** Loads the facit; with `till`, does the steps before it first (Föregående steg's replay). */
	async ladda(till = 0): Promise<void> {
		try {
			const [{ kompileratFacit }, dom] = await Promise.all([
				import('./kalla'),
				import('$lib/visa/dom')
			]);
			this.#dom = dom;
			this.#steg = (await kompileratFacit(this.scenarioId)).steg;
			this.#lage = 'spolar';
			for (; this.#nr < Math.min(till, this.#steg.length); this.#nr++) {
				await dom.gorSteg(this.#steg[this.#nr]);
				await this.vila();
			}
			this.#lage = this.#nr >= this.#steg.length ? 'klart' : 'redo';
			this.markera();
		} catch (e) {
			this.#visaFel(e);
		}
	}

	/** Föregående steg: back to the step before the one shown, in a fresh attempt. */
	async tillbaka(): Promise<void> {
		if (this.#lage !== 'redo' || this.#nr === 0) return;
		this.#lage = 'spolar';
		this.#avmarkera();
		await this.startaOm(this.#nr - 1);
	}

	get kanGaTillbaka(): boolean {
		return this.#lage === 'redo' && this.#nr > 0;
	}

	/** Does the step shown, then shows the next one. */
	async nasta(): Promise<void> {
		if (this.#lage !== 'redo' && this.#lage !== 'spelar') return;
		const spelar = this.#lage === 'spelar';
		this.#lage = 'gor';
		try {
			this.#avmarkera();
			await this.#dom?.gorSteg(this.#steg[this.#nr]);
			// A step is done when the mock has taken it: Klart must not come before the last save
			await this.vila();
			this.#nr++;
			this.#lage = this.#nr >= this.#steg.length ? 'klart' : spelar ? 'spelar' : 'redo';
			this.markera();
		} catch (e) {
			this.#visaFel(e);
		}
	}

	/** Plays on by itself, a caption at a time, until the end or Pausa. */
	async spelaUpp(): Promise<void> {
		if (this.#lage !== 'redo') return;
		this.#lage = 'spelar';
		while (this.#lage === 'spelar') {
			await new Promise((klar) => setTimeout(klar, PAUS_MS));
			if (this.#lage !== 'spelar') break;
			await this.nasta();
		}
	}

	pausa(): void {
		if (this.#lage === 'spelar') this.#lage = 'redo';
	}

	/** Highlights the next step's control once it is on screen (it may still be opening). */
	markera(forsok = 40): void {
		const s = this.#steg[this.#nr];
		if (!s || !this.#dom || this.#lage === 'klart') return;
		this.#dom.markeraSteg(s, forsok);
	}

	#avmarkera(): void {
		this.#dom?.avmarkera();
	}

	#visaFel(e: unknown): void {
		this.#lage = 'fel';
		this.#fel = `Steg ${this.nummer} kunde inte visas: ${e instanceof Error ? e.message : String(e)}`;
	}
}
