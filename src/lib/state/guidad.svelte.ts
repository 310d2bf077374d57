import { untrack } from 'svelte';
import { Rutor } from './rutor.svelte';
import type { Handelse } from '$lib/domain/handelser';
import type { Fynd } from '$lib/domain/grading/typer';
import type { Steg } from '$lib/schemas/facit';
import type { FacitSteg } from './facitdata';
import type { ForsokState } from './forsok.svelte';

type Dom = typeof import('$lib/visa/dom');
type Beskrivning = typeof import('$lib/domain/facit/beskrivning');
/** What the check after a storing step needs: the grader, and the step that meets each rule. */
type Kontroll = {
	motor: typeof import('$lib/domain/grading/motor');
	ordning: typeof import('$lib/domain/ledtrad/kravordning');
	kravSteg: number[];
};

/** Events that only look something up or open something: done again, they break nothing. */
const UPPSLAG: readonly Handelse['typ'][] = ['KundSokt', 'KirSokt', 'KundOppnad'];

/** A step done differently: what the manual says instead, and how many events to take back. */
export interface Avvikelse {
	/** The step that was due, as the manual would tell it. */
	steg: string;
	/** The rules that should hold after it and do not, with the manual's words. */
	fynd: Fynd[];
	antal: number;
}

/**
 * Guidad: the trainee does each step; the next step's sentence is shown and its control can be
 * highlighted. Progress is read from the mock itself: a step that stores something is done when
 * its events land, and then every rule the facit meets by that step must hold (the grader's own
 * rules, kravensSteg); a step that only opens or fills something is done when the screen shows
 * it (the next step's control appears, the field holds the facit's value, the node is chosen).
 * A step done differently is named at once, with Gå tillbaka, which stores StegAngrat.
 * The grader is not loaded at open (the first steps only open things): it loads when the first
 * storing step becomes due, or when its events land, and those events wait for it.
 */
export class GuidadState extends Rutor {
	#data = $state.raw<FacitSteg | null>(null);
	#beskrivning: Beskrivning | null = null;
	#dom: Dom | null = null;
	#kontroll: Kontroll | null = null;
	/** Set once the grader has been asked for. */
	#kontrollBegard = false;
	/** Clicks and field changes while a step's events wait for the grader, to take in order after. */
	#vantande: (() => void)[] = [];
	#fel = $state<string | null>(null);
	/** The step shown next (0-based). */
	#nr = $state(0);
	/** Case events when the step shown became due. */
	#sedan = 0;
	/** Which later steps' controls were already on screen when the step shown became due. */
	#fannsRedan: number[] = [];
	/** Fields of the step shown that took the facit's value (a frastext list empties itself). */
	#sedda: string[] = [];
	/** Whether the step shown's control was already chosen when it became due. */
	#valdRedan = false;
	/** Whether it was on screen then: an OK that closes its ruta is done when it is gone. */
	#syntesVid = false;
	/** Whether the above were taken (the step's control has been on screen). */
	#grund = false;
	#avvikelse = $state<Avvikelse | null>(null);
	#faltfel = $state<string | null>(null);

	constructor(private readonly forsok: ForsokState) {
		super();
	}

	async ladda(): Promise<void> {
		try {
			const [{ laddaFacitSteg }, beskrivning, dom] = await Promise.all([
				import('./facitdata'),
				import('$lib/domain/facit/beskrivning'),
				import('$lib/visa/dom')
			]);
			this.#beskrivning = beskrivning;
			this.#dom = dom;
			const data = await laddaFacitSteg(this.forsok.scenario);
			// A reload: every step up to the last one that stored what is there is done
			const n = this.#antal();
			let nr = 0;
			for (let j = 0; j < data.steg.length; j++)
				if (this.#lagrar(data, j) && data.granser[j] <= n) nr = j + 1;
			this.#data = data;
			this.#blev(nr, n, true);
		} catch (e) {
			this.#fel = e instanceof Error ? e.message : String(e);
		}
	}

	/**
	 * Loads the grader, once, and reads each rule's step off the facit; then looks again, so the
	 * events that landed meanwhile are judged, and the clicks after them taken, in order.
	 */
	#kontrollera(): void {
		const data = this.#data;
		if (this.#kontrollBegard || !data) return;
		this.#kontrollBegard = true;
		Promise.all([import('$lib/domain/grading/motor'), import('$lib/domain/ledtrad/kravordning')])
			.then(([motor, ordning]) => {
				this.#kontroll = {
					motor,
					ordning,
					kravSteg: ordning.kravensSteg(this.forsok.scenario, data)
				};
				this.folj();
				for (const gor of this.#vantande.splice(0)) gor();
			})
			// a chunk the server no longer has (the app was updated while this tab was open): the
			// browser's own message is English and says nothing a trainee can act on
			.catch(() => {
				this.#fel = 'Guidningen kunde inte laddas klart. Appen kan ha uppdaterats: ladda om sidan.';
			});
	}

	/** Whether events have landed that wait for the grader to be judged. */
	get #vantarPaKontroll(): boolean {
		return !this.#kontroll && this.#kontrollBegard && this.#antal() > this.#sedan;
	}

	get redo(): boolean {
		return this.#data !== null;
	}
	get fel(): string | null {
		return this.#fel;
	}
	get klart(): boolean {
		return !!this.#data && this.#nr >= this.#data.steg.length;
	}
	get nummer(): number {
		return this.#nr + 1;
	}
	get antal(): number {
		return this.#data?.steg.length ?? 0;
	}
	get #steget(): Steg | undefined {
		return this.#data?.steg[this.#nr];
	}
	get text(): string {
		const s = this.#steget;
		return s && this.#beskrivning ? this.#beskrivning.beskrivSteg(s) : '';
	}
	get varfor(): string | undefined {
		return this.#steget?.varfor;
	}
	get avvikelse(): Avvikelse | null {
		return this.#avvikelse;
	}
	/** A field filled with another value than the manual's: named, to be changed. */
	get faltfel(): string | null {
		return this.#faltfel;
	}

	/** Visa mig: highlights the control of the step shown. */
	markera(): void {
		const s = this.#steget;
		if (s) this.#dom?.markeraSteg(s);
	}

	/** Case events so far, what was taken back and hints not counted. */
	#antal(): number {
		return this.forsok.galler.length;
	}

	/** Whether step `nr` of the facit stores something. */
	#lagrar(data: FacitSteg, nr: number): boolean {
		return data.granser[nr] > (nr > 0 ? data.granser[nr - 1] : 0);
	}

	/** Step `nr` is due from `antal` events on; not `vidOppning`, a step that stores loads the grader. */
	#blev(nr: number, antal: number, vidOppning = false): void {
		this.#nr = nr;
		this.#sedan = antal;
		this.#faltfel = null;
		this.#fannsRedan = [];
		this.#sedda = [];
		this.#syntesVid = false;
		this.#grund = false;
		this.#sattGrund();
		// ahead of the step's events, so they are judged as they land; at open the first steps
		// are mostly opening ones, and the grader waits for what the trainee does
		if (!vidOppning && this.#data && nr < this.#data.steg.length && this.#lagrar(this.#data, nr))
			this.#kontrollera();
	}

	/**
	 * What the screen showed when the step shown could first be done: taken once its own control
	 * is there (a step inside a ruta still opening waits for it), so what the step before opened
	 * is not taken for what this one did.
	 */
	#sattGrund(): void {
		const data = this.#data;
		const dom = this.#dom;
		const nr = this.#nr;
		if (this.#grund || !data || !dom || nr >= data.steg.length) return;
		if (!dom.syns(data.steg[nr])) return;
		this.#grund = true;
		this.#valdRedan = dom.valtPaSkarmen(data.steg[nr]);
		this.#syntesVid = true;
		for (let j = nr + 1; j < Math.min(data.steg.length, nr + 8); j++)
			if (dom.syns(data.steg[j])) this.#fannsRedan.push(j);
	}

	/** The next step from `nr` that stores something (the last step when none does). */
	#nastaLagrande(data: FacitSteg, nr: number): number {
		let f = nr;
		while (f < data.steg.length - 1 && !this.#lagrar(data, f)) f++;
		return f;
	}

	/**
	 * Looks again at the attempt and the screen: called when an event lands and when the page
	 * changes (GuidadPanel observes it). Moves on, or names the step done differently.
	 */
	folj(): void {
		untrack(() => this.#folj());
	}

	#folj(): void {
		const data = this.#data;
		const dom = this.#dom;
		const b = this.#beskrivning;
		if (!data || !dom || !b || this.#avvikelse || this.klart) return;
		const galler = this.forsok.galler;
		const n = galler.length;
		if (n < this.#sedan) this.#sedan = n;
		if (n > this.#sedan) {
			const nya = galler.slice(this.#sedan);
			const f = this.#nastaLagrande(data, this.#nr);
			const facitsTyper = data.handelser
				.slice(f > 0 ? data.granser[f - 1] : 0, data.granser[f])
				.map((h) => h.typ);
			// Another search or the customer opened again, when the step due is something else:
			// nothing the facit asks is changed
			if (nya.every((h) => UPPSLAG.includes(h.typ) && !facitsTyper.includes(h.typ))) {
				this.#sedan = n;
				return;
			}
			// One click may store in turns (Sök, then the one hit opened): while what has come is
			// the start of what the facit's step stored, wait for the rest
			if (nya.length < facitsTyper.length && nya.every((h, i) => h.typ === facitsTyper[i])) return;
			const k = this.#kontroll;
			// The grader is still loading: it looks again when it is here
			if (!k) {
				this.#kontrollera();
				return;
			}
			const rapport = k.motor.grade(this.forsok.scenario, this.forsok.handelser);
			const fel = k.ordning.bordeVaraMott(rapport, k.kravSteg, f);
			if (fel.length) {
				this.#avvikelse = {
					steg: b.beskrivSteg(data.steg[f]),
					fynd: fel.map((i) => rapport.fynd[i]),
					antal: n - this.#sedan
				};
				return;
			}
			this.#blev(f + 1, n);
			this.#folj();
			return;
		}
		const s = data.steg[this.#nr];
		if ('fyll' in s) {
			const st = dom.fyllStatus(s, this.#sedda);
			this.#faltfel = st.annat
				? `${st.annat.falt}: du har ${st.annat.varde}. Här ska det vara ${st.annat.vantat}.`
				: null;
			if (st.klart) {
				this.#blev(this.#nr + 1, n);
				this.#folj();
			}
			return;
		}
		if (this.#lagrar(data, this.#nr)) return;
		this.#sattGrund();
		if (!this.#grund) return;
		// A later step's control that was there when this step became due and has gone since (the
		// dialog the step before saved and closed) counts as new when it comes back
		this.#fannsRedan = this.#fannsRedan.filter((j) => dom.syns(data.steg[j]));
		// An opening step is done when what it opens is there: a later step's control appears
		for (let j = this.#nr + 1; j < Math.min(data.steg.length, this.#nr + 8); j++) {
			// what it opened is there: on to the next step, which has its own signs of being done
			if (!this.#fannsRedan.includes(j) && dom.syns(data.steg[j])) {
				this.#blev(this.#nr + 1, n);
				this.#folj();
				return;
			}
			if (this.#lagrar(data, j)) break;
		}
		// A tab: done when it becomes chosen (by click or arrow keys; a node or an option may be
		// chosen by the tree itself as focus moves, so those count by their click); a button that closes
		// its ruta (OK, Stäng): done when it is gone
		const flik = 'klicka' in s && s.klicka.roll === 'flik';
		if ((flik && !this.#valdRedan && dom.valtPaSkarmen(s)) || (this.#syntesVid && !dom.syns(s))) {
			this.#blev(this.#nr + 1, n);
			this.#folj();
		}
	}

	/**
	 * A click or double-click on the page (GuidadPanel listens in the capture phase, before the
	 * control's own handler can close what holds it): a click step that stores nothing is done
	 * when its own control is clicked the way the step says.
	 */
	klickat(mal: EventTarget | null, dubbel: boolean, traffade?: readonly number[]): void {
		const data = this.#data;
		const dom = this.#dom;
		if (!data || !dom || this.#avvikelse || this.klart || !(mal instanceof Node)) return;
		if (this.#vantarPaKontroll) {
			// Which steps' controls this click was on is read now: by the time the grader is here,
			// a control that closed its own ruta (OK, Stäng) is gone from the page
			const pa: number[] = [];
			for (let j = this.#nr; j < Math.min(data.steg.length, this.#nr + 8); j++)
				if (dom.stegetsKontroll(data.steg[j])?.contains(mal)) pa.push(j);
			this.#vantande.push(() => this.klickat(mal, dubbel, pa));
			return;
		}
		const s = data.steg[this.#nr];
		if (this.#lagrar(data, this.#nr) || !(dubbel ? 'dubbelklicka' in s : 'klicka' in s)) return;
		const pa = traffade ? traffade.includes(this.#nr) : !!dom.stegetsKontroll(s)?.contains(mal);
		if (pa) this.#blev(this.#nr + 1, this.#antal());
	}

	/** A field changed (input or change, capture phase): notes it if it took the step's value. */
	andrat(mal: EventTarget | null): void {
		const data = this.#data;
		const s = data?.steg[this.#nr];
		if (this.#vantarPaKontroll) {
			this.#vantande.push(() => this.andrat(mal));
			return;
		}
		if (!s || !('fyll' in s) || !this.#dom || !(mal instanceof Element)) return;
		const falt = this.#dom.faltMedVarde(s, mal);
		if (falt && !this.#sedda.includes(falt)) this.#sedda.push(falt);
	}

	/** Gå tillbaka: takes back what the step done differently stored. */
	async gaTillbaka(): Promise<void> {
		const a = this.#avvikelse;
		if (!a) return;
		if (await this.forsok.lagraHjalp({ typ: 'StegAngrat', antal: a.antal })) {
			this.#avvikelse = null;
			this.#sedan = this.#antal();
		}
	}

	/** Fortsätt ändå: keeps it (the report will grade it) and goes on from the next step. */
	fortsattAnda(): void {
		const data = this.#data;
		if (!data || !this.#avvikelse) return;
		const f = this.#nastaLagrande(data, this.#nr);
		this.#avvikelse = null;
		this.#blev(f + 1, this.#antal());
	}
}
