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

/** No IndexedDB at all: some private windows, or storage turned off for the site. */
export const SAKNAD_LAGRING =
	'Webbläsaren låter inte LSS-övning spara något (IndexedDB saknas eller är avstängd). Öppna ' +
	'appen i ett vanligt fönster, eller tillåt lagring för webbplatsen i webbläsarens inställningar.';
/** IndexedDB is there but refused to open the database. */
export const NEKAD_LAGRING =
	'Webbläsaren kunde inte öppna LSS-övnings lagring (IndexedDB). Ladda om sidan. Hjälper inte ' +
	'det: öppna appen i ett vanligt fönster (inte privat), tillåt lagring för webbplatsen i ' +
	'webbläsarens inställningar, eller starta om webbläsaren.';
/** This code is older than the database: another tab runs a newer LSS-övning. */
export const UPPDATERAD_ANNANSTANS = 'LSS-övning har uppdaterats i en annan flik. Ladda om sidan.';

const NEKADNAMN = new Set([
	'InvalidStateError',
	'UnknownError',
	'SecurityError',
	'DatabaseClosedError',
	'OpenFailedError',
	'InvalidAccessError'
]);

/** The names of `fel` and of everything it wraps (Dexie's `inner`, `cause`), outermost first. */
function felnamn(fel: unknown): string[] {
	const namn: string[] = [];
	for (let f: unknown = fel, djup = 0; f && typeof f === 'object' && djup < 6; djup++) {
		const e = f as { name?: unknown; inner?: unknown; cause?: unknown };
		if (typeof e.name === 'string') namn.push(e.name);
		f = e.inner ?? e.cause;
	}
	return namn;
}

/**
 * The Swedish message, with what to do, for an error the database gave: no IndexedDB, one that
 * refuses to open, a newer version in another tab, a full disk. Any other error keeps its own
 * message.
 */
export function lagringsmeddelande(fel: unknown): string {
	if (fel instanceof LagringsFel || arFullLagring(fel)) return new LagringsFel(fel).message;
	const namn = felnamn(fel);
	if (namn.includes('MissingAPIError')) return SAKNAD_LAGRING;
	if (namn.includes('VersionError')) return UPPDATERAD_ANNANSTANS;
	if (namn.some((n) => NEKADNAMN.has(n))) return NEKAD_LAGRING;
	return fel instanceof Error ? fel.message : String(fel);
}
