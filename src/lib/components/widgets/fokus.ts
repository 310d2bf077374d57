import { tick } from 'svelte';

/**
 * After a Spara that brings a new screen or tab, focus goes to it, so a keyboard or screen
 * reader user is where the next step is. `hitta` runs once the screen has updated.
 */
export async function fokusera(hitta: () => HTMLElement | null | undefined): Promise<void> {
	await tick();
	hitta()?.focus();
}

/** The tab `namn` of the tab list `lista`. */
export function flikKnapp(lista: string, namn: string): HTMLElement | null {
	const l = document.querySelector(`[role="tablist"][aria-label="${lista}"]`);
	return (
		[...(l?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])].find(
			(t) => t.textContent?.trim() === namn
		) ?? null
	);
}
