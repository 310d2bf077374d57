/**
 * A component in a chunk of its own, loaded the first time it is asked for: what an exercise
 * does not show when it opens (a customer's work area) stays out of the exercise's first load.
 */
import { laddningBorjar, laddningKlar } from '$lib/visa/laddning';

export class Senare<T> {
	#komponent = $state.raw<T | null>(null);
	#fel = $state<string | null>(null);
	#begard = false;

	constructor(private readonly ladda: () => Promise<{ default: T }>) {}

	/** The component once loaded, else null. */
	get komponent(): T | null {
		return this.#komponent;
	}
	/** Why it could not be loaded (a chunk the server no longer has, say), as a sentence. */
	get fel(): string | null {
		return this.#fel;
	}

	/** Starts loading it, once; later calls do nothing. */
	begar(): void {
		if (this.#begard) return;
		this.#begard = true;
		// told to Visa, which waits for a control that may be in this chunk (visa/laddning.ts)
		laddningBorjar();
		this.ladda()
			.then((m) => (this.#komponent = m.default))
			// the browser's message is English ("Failed to fetch dynamically imported module"); the
			// likely cause is a chunk the server no longer has after an update
			.catch(() => {
				this.#fel = 'Vyn kunde inte laddas. Appen kan ha uppdaterats: ladda om sidan.';
			})
			.finally(laddningKlar);
	}
}
