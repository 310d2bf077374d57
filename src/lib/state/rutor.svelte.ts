import { untrack } from 'svelte';

/**
 * Which modal rutor are open, in the order they opened. A ruta makes the page behind it inert, so
 * while one is open a mode's caption (Visa, Guidad) shows in the ruta (Dialog.svelte) and the
 * page's own steps aside. A ruta may open over another ("Ta bort bevakning?" over Bevakning):
 * then only the top one shows the caption, the one the trainee can reach.
 */
export class Rutor {
	#oppna = $state<string[]>([]);

	get iRuta(): boolean {
		return this.#oppna.length > 0;
	}
	/** Whether the ruta `id` is the one on top. */
	overst(id: string): boolean {
		return this.#oppna.at(-1) === id;
	}
	// Called from a ruta's $effect: untrack, or the effect would depend on the list it changes
	rutaOppnad(id: string): void {
		this.#oppna = [...untrack(() => this.#oppna).filter((x) => x !== id), id];
	}
	rutaStangd(id: string): void {
		this.#oppna = untrack(() => this.#oppna).filter((x) => x !== id);
	}
}
