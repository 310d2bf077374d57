import type { Fynd } from './typer';

/**
 * One mistake, as the report tells it: the manual's sentence that was not followed, in its
 * section, and every check that saw it (a beställning to the wrong utförare is seen both by
 * "a beställning to X" and by "no beställning to Y"; two wrong dates in one beställning break
 * the one sentence that says how to fill them). Avgörande when any of them is.
 */
export interface Misstag {
	avsnitt: string;
	manualcitat?: string;
	/** The checks, in the report's order; the first names the mistake. */
	delar: Fynd[];
	kritisk: boolean;
}

/**
 * The Fel findings as mistakes: grouped by section and manual sentence (a finding without a
 * sentence is its own mistake), identical findings (the same check on the same thing, found
 * twice) counted once. Order: as the findings come (the manual's order, in a report).
 */
export function samlaMisstag(fynd: readonly Fynd[]): Misstag[] {
	const ut: Misstag[] = [];
	const per = new Map<string, Misstag>();
	for (const f of fynd) {
		if (f.status !== 'fel') continue;
		const nyckel = f.manualcitat ? `${f.avsnitt}\u0000${f.manualcitat}` : undefined;
		let m = nyckel ? per.get(nyckel) : undefined;
		if (!m) {
			m = { avsnitt: f.avsnitt, manualcitat: f.manualcitat, delar: [], kritisk: false };
			ut.push(m);
			if (nyckel) per.set(nyckel, m);
		}
		const samma = m.delar.some(
			(d) => d.regelId === f.regelId && d.vad === f.vad && d.hittat === f.hittat
		);
		if (!samma) m.delar.push(f);
		m.kritisk ||= f.kritisk;
	}
	return ut;
}
