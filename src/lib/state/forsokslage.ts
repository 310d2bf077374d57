import type { IsoDatum } from '../domain/datum';
import { utanAngrade, type LagradHandelse } from '../domain/handelser';
import type { CaseState } from '../domain/model';
import { startState, tillampaAlla, type Startlage } from '../domain/projektion';

/**
 * What an attempt's screens are drawn from: its events, those that count (`utanAngrade`), and
 * the case state projected from them. The non-reactive core of ForsokState, plain TypeScript so
 * the benchmark runs it in Node. Never changed: each step gives a new one.
 */
export interface Forsokslage {
	readonly start: Startlage;
	readonly idag: IsoDatum | undefined;
	readonly handelser: LagradHandelse[];
	readonly galler: readonly LagradHandelse[];
	readonly state: CaseState;
}

/** A full replay: for an attempt loaded, read anew, or taken over from another tab. */
export function forsokslage(
	start: Startlage,
	idag: IsoDatum | undefined,
	handelser: LagradHandelse[]
): Forsokslage {
	const galler = utanAngrade(handelser);
	return { start, idag, handelser, galler, state: tillampaAlla(startState(start, idag), galler) };
}

/**
 * The attempt after `nya` were stored: only they are applied, to the last state, which gives
 * what a full replay would (the fold does not care where it is split). A step taken back
 * (`StegAngrat`) removes events from the middle of what counts, so it is replayed in full: it
 * is rare, one per Gå tillbaka in Guidad.
 */
export function medNya(lage: Forsokslage, nya: readonly LagradHandelse[]): Forsokslage {
	const handelser = [...lage.handelser, ...nya];
	if (nya.some((h) => h.typ === 'StegAngrat')) return forsokslage(lage.start, lage.idag, handelser);
	const raknas = nya.filter((h) => h.typ !== 'LedtradVisad');
	if (!raknas.length) return { ...lage, handelser };
	return {
		...lage,
		handelser,
		galler: [...lage.galler, ...raknas],
		state: tillampaAlla(lage.state, raknas)
	};
}
