import { oppnaDb, type LssDb } from '$lib/db';

let db: LssDb | undefined;

/** The app's one database, opened on first use so the start page pays nothing until it needs it. */
export function appDb(): LssDb {
	return (db ??= oppnaDb());
}
