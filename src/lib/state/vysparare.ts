import { hamtaUtkast, sparaUtkast } from '$lib/db';
import type { ForsokState } from './forsok.svelte';

interface Stampel<T> {
	tid: number;
	data: T;
}

const sessionsnyckel = (forsokId: string, nyckel: string) => `lss-ovning:${forsokId}:${nyckel}`;

function lasSession<T>(forsokId: string, nyckel: string): Stampel<T> | null {
	try {
		const text = sessionStorage.getItem(sessionsnyckel(forsokId, nyckel));
		return text ? (JSON.parse(text) as Stampel<T>) : null;
	} catch {
		return null;
	}
}

/**
 * Saves screen state (typed but unsaved text, where the trainee is) as it changes, so a reload
 * at any moment loses nothing. Each change is written synchronously to sessionStorage, which a
 * reload cannot interrupt, and to IndexedDB, where it outlives the tab. IndexedDB gets at most
 * one write in flight per key, always of the newest snapshot.
 */
export class VySparare {
	private vantar = new Map<string, Stampel<unknown>>();
	private pagar = new Set<string>();
	private klara: (() => void)[] = [];

	spara(forsok: ForsokState, nyckel: string, data: unknown): void {
		const s: Stampel<unknown> = { tid: Date.now(), data };
		try {
			sessionStorage.setItem(sessionsnyckel(forsok.rad.id, nyckel), JSON.stringify(s));
		} catch {
			// sessionStorage full or off: IndexedDB below still keeps the draft
		}
		// queued per attempt and key: a write never lands under another attempt's id
		const ko = `${forsok.rad.id}:${nyckel}`;
		this.vantar.set(ko, s);
		if (!this.pagar.has(ko)) void this.skriv(forsok, nyckel, ko);
	}

	private async skriv(forsok: ForsokState, nyckel: string, ko: string): Promise<void> {
		this.pagar.add(ko);
		try {
			for (let s = this.vantar.get(ko); s; s = this.vantar.get(ko)) {
				this.vantar.delete(ko);
				await sparaUtkast(forsok.db, forsok.rad.id, nyckel, s).catch(() => {
					// a full disk is reported by the next command's write; the screen keeps working
				});
			}
		} finally {
			this.pagar.delete(ko);
			if (!this.pagar.size) this.klara.splice(0).forEach((f) => f());
		}
	}

	/** Resolves once every queued write is done. */
	klar(): Promise<void> {
		if (!this.pagar.size) return Promise.resolve();
		return new Promise((r) => this.klara.push(r));
	}
}

/** The newest saved screen state for a key: this tab's sessionStorage or IndexedDB. */
export async function lasVy<T>(forsok: ForsokState, nyckel: string): Promise<T | undefined> {
	const lagrad = (await hamtaUtkast(forsok.db, forsok.rad.id, nyckel)) as Stampel<T> | undefined;
	const session = lasSession<T>(forsok.rad.id, nyckel);
	const basta = [lagrad, session]
		.filter((s): s is Stampel<T> => !!s && typeof s.tid === 'number')
		.sort((a, b) => b.tid - a.tid)[0];
	return basta?.data;
}
