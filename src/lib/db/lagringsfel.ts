/**
 * The browser refused a write because its storage is full. The transaction it was part of
 * has been rolled back, so what was saved before is intact and nothing half-written remains.
 */
export class LagringsFel extends Error {
	constructor(orsak?: unknown) {
		super(
			'Webbläsarens lagring är full. Det du gjort hittills är sparat; frigör utrymme (ta bort ' +
				'gamla försök här, eller rensa sparad webbplatsdata för andra webbplatser i ' +
				'webbläsarens inställningar) och försök igen.',
			{ cause: orsak }
		);
		this.name = 'LagringsFel';
	}
}

const KVOTNAMN = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * True when `fel`, or anything it wraps, is a quota error. Dexie passes the DOMException on as
 * its own QuotaExceededError, or as an AbortError whose `inner` is the real cause, or inside a
 * BulkError's `failures`, depending on where in the transaction it struck.
 */
export function arFullLagring(fel: unknown, djup = 0): boolean {
	if (!fel || typeof fel !== 'object' || djup > 5) return false;
	const f = fel as {
		name?: unknown;
		inner?: unknown;
		cause?: unknown;
		failures?: unknown;
	};
	if (typeof f.name === 'string' && KVOTNAMN.has(f.name)) return true;
	const under: unknown[] = [f.inner, f.cause];
	if (f.failures && typeof f.failures === 'object') under.push(...Object.values(f.failures));
	return under.some((u) => arFullLagring(u, djup + 1));
}

/** Runs a write; a full disk comes out as a LagringsFel, anything else unchanged. */
export async function skriv<T>(gor: () => PromiseLike<T>): Promise<T> {
	try {
		return await gor();
	} catch (fel) {
		if (arFullLagring(fel)) throw new LagringsFel(fel);
		throw fel;
	}
}
