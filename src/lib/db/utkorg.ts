import type { LssDb, UtkorgRad } from './db';
import { skriv } from './lagringsfel';

/**
 * The xAPI outbox: every statement is stored here before any send, and leaves in `skapad` order
 * when the LRS has it (lms/sandare.ts). Its id is the statement's own, so sending it twice is
 * one statement in the LRS.
 */

/** Stores statements (one transaction: all or none), before anything is sent. */
export async function laggIUtkorg(db: LssDb, rader: UtkorgRad[]): Promise<void> {
	if (!rader.length) return;
	await skriv(() => db.utkorg.bulkAdd(rader));
}

/** The oldest statement still to send to `endpoint` (rejected ones are left aside). */
export async function nastaIUtkorg(db: LssDb, endpoint: string): Promise<UtkorgRad | undefined> {
	return db.utkorg
		.orderBy('skapad')
		.filter((r) => !r.avvisad && !r.vidStangning && r.endpoint === endpoint)
		.first();
}

/** The LRS has it: the row goes. */
export async function levererad(db: LssDb, id: string): Promise<void> {
	await db.utkorg.delete(id);
}

/** The LRS refused it for good: kept and shown, never sent again. */
export async function avvisa(
	db: LssDb,
	id: string,
	avvisad: NonNullable<UtkorgRad['avvisad']>
): Promise<void> {
	await skriv(() => db.utkorg.update(id, { avvisad }));
}

export interface Utkorgsstatus {
	/** Statements still to send. */
	vantar: number;
	/** Statements the LRS refused (kept). */
	avvisade: number;
}

export async function raknaUtkorg(db: LssDb): Promise<Utkorgsstatus> {
	let vantar = 0;
	let avvisade = 0;
	await db.utkorg.each((r) => {
		if (r.avvisad) avvisade++;
		else vantar++;
	});
	return { vantar, avvisade };
}

/**
 * At a session's start. Its own pagehide terminated is taken back: the session goes on after all
 * (a reload, or the page back from the back-forward cache). Any other session's becomes an
 * ordinary row and is sent: that tab was closed, its session has ended.
 */
export async function vidSessionsstart(db: LssDb, sessionId: string): Promise<void> {
	await skriv(() =>
		db.transaction('rw', db.utkorg, async () => {
			await db.utkorg.filter((r) => r.vidStangning?.sessionId === sessionId).delete();
			await db.utkorg
				.filter((r) => r.vidStangning !== undefined)
				.modify((r) => {
					delete r.vidStangning;
				});
		})
	);
}
