import { addSeconds } from 'date-fns';

/**
 * A recorded attempt with a fixed clock instead of the real one: started at 08:00 on the
 * scenario's day, an event a minute, handed in two minutes after the last. So a recording changes
 * only when its events do (`npm run scenario -- record` and the browser's recorder alike).
 */
export function medFastKlocka<
	F extends {
		startad: string;
		inlamnad?: string;
		handelser: readonly { seq: number; tid: string }[];
	}
>(idag: string, f: F): F {
	const start = new Date(`${idag}T08:00:00.000Z`);
	return {
		...f,
		startad: start.toISOString(),
		inlamnad: addSeconds(start, 60 * (f.handelser.length + 2)).toISOString(),
		handelser: f.handelser.map((h, i) => ({
			...h,
			seq: i + 1,
			tid: addSeconds(start, 60 * (i + 1)).toISOString()
		}))
	};
}
