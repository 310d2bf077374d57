/*
 * One tab holds an attempt at a time.
 *
 * Web Locks rather than BroadcastChannel: a lock per attempt id is held while the attempt page
 * is open, and the browser itself releases it when the tab closes, crashes or navigates away, so
 * there is no heartbeat to time out and no stale "someone has it" after a killed tab. A second
 * tab learns at once (`ifAvailable` grants nothing), and taking over (`steal`) rejects the first
 * tab's hold at once, which is how that tab is told: no message channel is needed for either.
 * Where the API is missing (an old browser, a page not served over https or localhost) every tab
 * counts as the holder, and the seq check in laggTillHandelser still refuses a second writer.
 */

/** What this tab may do with the attempt. */
export type Flikstatus = 'agare' | 'annan' | 'tagen';

export const ANNAN_FLIK =
	'Försöket är redan öppet i en annan flik. Här kan du bara titta: det du gör här sparas inte. ' +
	'Fortsätt i den andra fliken, eller ta över försöket här (den andra fliken slutar då att spara).';
export const TAGEN_FLIK =
	'Försöket har tagits över av en annan flik. Här kan du bara titta: det du gör här sparas inte. ' +
	'Fortsätt i den andra fliken, eller ta tillbaka försöket hit.';

type Las = { request: LockManager['request'] };

function lasApi(): Las | undefined {
	return typeof navigator !== 'undefined' ? navigator.locks : undefined;
}

/** The lock on one attempt, for as long as its page is open in this tab. */
export class FlikLas {
	readonly namn: string;
	#status = $state<Flikstatus>('agare');
	#slapp: (() => void) | null = null;
	#stangd = false;
	readonly #api: Las | undefined;

	constructor(forsokId: string, api: Las | undefined = lasApi()) {
		this.namn = `lss-ovning:forsok:${forsokId}`;
		this.#api = api;
	}

	get status(): Flikstatus {
		return this.#status;
	}

	/** True while another tab holds the attempt: commands are refused with `meddelande`. */
	get skrivskyddad(): boolean {
		return this.#status !== 'agare';
	}

	get meddelande(): string | null {
		if (this.#status === 'annan') return ANNAN_FLIK;
		if (this.#status === 'tagen') return TAGEN_FLIK;
		return null;
	}

	/** Takes the attempt if no other tab holds it; else this tab is read-only. Never waits. */
	las(): Promise<void> {
		return this.#begar({ ifAvailable: true });
	}

	/** Takes the attempt from the tab that holds it, which is told and becomes read-only. */
	taOver(): Promise<void> {
		this.#stangd = false;
		return this.#begar({ steal: true });
	}

	/** Lets go when the page closes or goes to another attempt. */
	slapp(): void {
		this.#stangd = true;
		this.#slapp?.();
		this.#slapp = null;
	}

	#begar(opts: LockOptions): Promise<void> {
		const api = this.#api;
		if (!api) return Promise.resolve();
		return new Promise<void>((klar) => {
			api
				.request(this.namn, { mode: 'exclusive', ...opts }, (lock) => {
					if (!lock) {
						this.#status = 'annan';
						klar();
						return;
					}
					if (this.#stangd) return; // closed while waiting: give it back at once
					this.#status = 'agare';
					klar();
					return new Promise<void>((slapp) => (this.#slapp = slapp));
				})
				.catch(() => {
					// AbortError: another tab stole it (or the page is going away)
					this.#slapp = null;
					if (!this.#stangd) this.#status = 'tagen';
					klar();
				});
		});
	}
}
