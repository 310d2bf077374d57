import { untrack } from 'svelte';

/**
 * How many modal rutor are open. A ruta makes the page behind it inert, so while one is open a
 * mode's caption (Visa, Guidad) shows in the ruta (Dialog.svelte) and the page's own steps aside.
 */
export class Rutor {
	#antal = $state(0);

	get iRuta(): boolean {
		return this.#antal > 0;
	}
	// Called from a ruta's $effect: untrack, or the effect would depend on the count it changes
	rutaOppnad(): void {
		this.#antal = untrack(() => this.#antal) + 1;
	}
	rutaStangd(): void {
		this.#antal = Math.max(0, untrack(() => this.#antal) - 1);
	}
}
