/**
 * How many lazily loaded views (Senare, components/widgets/senare.svelte.ts) are on their way.
 * Visa's wait for a step's control does not run out while one is: the control may be in that
 * chunk (the box Skriv ut), and on a busy machine a chunk can take longer than VANTA_MS to come.
 * A plain counter, not $state: it is read in a polling loop, never rendered.
 */
let pagar = 0;

export function laddningBorjar(): void {
	pagar++;
}
export function laddningKlar(): void {
	pagar = Math.max(0, pagar - 1);
}
export const laddningPagar = (): boolean => pagar > 0;
