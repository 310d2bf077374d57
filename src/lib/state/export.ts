import type { ForsokRad } from '$lib/db';
import type { LagradHandelse } from '$lib/domain/handelser';

/** The attempt as the exported file holds it (docs/attempt-format.md). */
export function forsokSomFil(rad: ForsokRad, handelser: readonly LagradHandelse[]) {
	return {
		format: 'lss-ovning-forsok' as const,
		formatVersion: 1 as const,
		scenarioId: rad.scenarioId,
		scenarioVersion: rad.scenarioVersion,
		startad: rad.startad,
		...(rad.inlamnad ? { inlamnad: rad.inlamnad } : {}),
		...(rad.lage ? { lage: rad.lage } : {}),
		handelser
	};
}

/** Exportera försök: downloads the attempt as JSON, for the trainer or `npm run grade`. */
export function exporteraFil(rad: ForsokRad, handelser: readonly LagradHandelse[]): void {
	const text = JSON.stringify(forsokSomFil(rad, handelser), null, 2);
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = `forsok-${rad.scenarioId}-${rad.id.slice(0, 8)}.json`;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
