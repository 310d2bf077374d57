import { sparaUtkast } from '$lib/db';
import type { ForsokState } from './forsok.svelte';
import type { VyData } from './mock.svelte';

/**
 * Saves the screen state as it changes, one write at a time and always the newest, so quick
 * typing never lets an older snapshot overwrite a newer one.
 */
export class VySparare {
	private kö: Promise<void> = Promise.resolve();

	spara(forsok: ForsokState, vy: VyData): void {
		this.kö = this.kö
			.then(() => sparaUtkast(forsok.db, forsok.rad.id, 'vy', vy))
			.catch(() => {
				// a full disk is reported by the next command's write; the screen keeps working
			});
	}

	/** Resolves once every queued write is done. */
	klar(): Promise<void> {
		return this.kö;
	}
}
