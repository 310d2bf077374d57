import type { ForvantatFel } from '../../schemas/facit';
import type { Fynd } from '../grading/typer';

/** How a graded attempt compares with a variant's `fel`. */
export interface Jamforelse {
	/** Expected, but no such finding is `fel`. */
	saknas: ForvantatFel[];
	/** `fel`, but no expectation names it: a mistake the variant did not plan, or a rule too eager. */
	ovantade: Fynd[];
}

function traffar(f: ForvantatFel, x: Fynd): boolean {
	return typeof f === 'string' ? x.regelId === f : x.regelId === f.regel && x.vad === f.vad;
}

/**
 * Every expectation must match a `fel` finding, and every `fel` finding an expectation. A bare
 * rule id matches all of that id's findings; `{ regel, vad }` pins one rule among those sharing
 * an id.
 */
export function jamforFel(forvantat: readonly ForvantatFel[], fynd: readonly Fynd[]): Jamforelse {
	const fel = fynd.filter((x) => x.status === 'fel');
	return {
		saknas: forvantat.filter((f) => !fel.some((x) => traffar(f, x))),
		ovantade: fel.filter((x) => !forvantat.some((f) => traffar(f, x)))
	};
}

/** One expectation as a trainer writes it: `O6` or `O6 "Insats"`. */
export function visaForvantat(f: ForvantatFel): string {
	return typeof f === 'string' ? f : `${f.regel} "${f.vad}"`;
}

/** A finding as an expectation line a trainer can copy into `fel:`. */
export function somForvantat(x: Fynd): string {
	return `{ regel: ${x.regelId}, vad: ${JSON.stringify(x.vad)} }`;
}
