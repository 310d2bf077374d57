import type { ForsokState } from './forsok.svelte';

/** The attempt as the exported file holds it (docs/attempt-format.md). */
export function forsokSomFil(f: ForsokState) {
	return {
		format: 'lss-ovning-forsok' as const,
		formatVersion: 1 as const,
		scenarioId: f.rad.scenarioId,
		scenarioVersion: f.rad.scenarioVersion,
		startad: f.rad.startad,
		...(f.rad.inlamnad ? { inlamnad: f.rad.inlamnad } : {}),
		handelser: f.handelser
	};
}

/** Exportera försök: downloads the attempt as JSON, for the trainer or `npm run grade`. */
export function exporteraForsok(f: ForsokState): void {
	const blob = new Blob([JSON.stringify(forsokSomFil(f), null, 2)], { type: 'application/json' });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = `forsok-${f.rad.scenarioId}-${f.rad.id.slice(0, 8)}.json`;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
