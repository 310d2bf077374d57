import type { Bestallning } from '$lib/domain/beslut';
import { copyBestallning, openBestallning, proposeTaIn } from '$lib/domain/formular/bestallning';
import type { Kommando } from '$lib/domain/kommandon';
import type { ArendeState } from './arende.svelte';
import type { ForsokState } from './forsok.svelte';
import type { MockState } from './mock.svelte';

/** Mina sidor's two beställning lists, each with its own Filter (C3). */
export type Bestallningslista = 'ejBekraftade' | 'inkomna';

/** The box Ta in beställning (C3): open (`ruta`), or after OK with the verkställighet shown. */
export interface TaInUtkast {
	bestallningId: string;
	insatskategori: string;
	utforare: string;
	organisation: string;
	steg: 'ruta' | 'spara';
}

/** The screen state of sections 9 and 10, saved with ArendeVy. */
export interface BestallningVy {
	/** The Utförare each list is filtered to, '' for all. */
	filter: Record<Bestallningslista, string>;
	/** The list whose Filter box is open. */
	filterRuta: Bestallningslista | null;
	taIn: TaInUtkast | null;
	/** The box Ta bort beställning? (R1). */
	taBortFraga: boolean;
}

export function nyBestallningVy(): BestallningVy {
	return {
		filter: { ejBekraftade: '', inkomna: '' },
		filterRuta: null,
		taIn: null,
		taBortFraga: false
	};
}

/**
 * The controller of Bekräfta beställning (C1–C3), Ta bort (R1) and Kopiera beställning (R2):
 * Mina sidor's menus, the boxes, and the beställning's own buttons. Like ArendeState it only
 * turns clicks into commands; the domain decides. Its screen state lives in `arende.vy.bestallning`.
 */
export class BestallningState {
	constructor(
		private readonly forsok: ForsokState,
		private readonly mock: MockState,
		private readonly arende: ArendeState
	) {}

	get vy(): BestallningVy {
		return this.arende.vy.bestallning;
	}

	private hitta(id: string): Bestallning | undefined {
		return this.forsok.state.bestallningar.find((b) => b.id === id);
	}

	/** OK in the Filter box: the list shows beställningar to that utförare only. */
	valjFilter(lista: Bestallningslista, utforare: string): void {
		this.vy.filter[lista] = utforare;
		this.vy.filterRuta = null;
	}

	/** Gå till beställning (R1): the customer opens on the beställning. */
	async gaTillBestallning(id: string): Promise<void> {
		const b = this.hitta(id);
		if (!b) return;
		await this.mock.oppnaPnr(b.pnr);
		if (this.mock.vy.pnr !== b.pnr) return;
		this.arende.oppnaBeslut(b.franBeslutId, 'bestallning', b.id);
	}

	/** Gå till verkställighet (lov): the box Ta in beställning, filled in from the beställning. */
	gaTillVerkstallighet(id: string): void {
		const b = this.hitta(id);
		if (!b) return;
		this.arende.fel = null;
		this.vy.taIn = { ...proposeTaIn(b, this.forsok.state.verkstalligheter), steg: 'ruta' };
	}

	/** The customer's open verkställighet the box's Insatskategori and Utförare name, if any. */
	get taInVerkstallighet() {
		const t = this.vy.taIn;
		const b = t && this.hitta(t.bestallningId);
		if (!t || !b) return undefined;
		return this.forsok.state.verkstalligheter.find(
			(v) =>
				v.pnr === b.pnr &&
				v.pagaende &&
				v.insatskategori === t.insatskategori &&
				v.utforare === t.utforare
		);
	}

	/** OK in Ta in beställning: the customer opens on the verkställighet, to be saved (C3). */
	async okTaIn(): Promise<void> {
		const t = this.vy.taIn;
		const b = t && this.hitta(t.bestallningId);
		if (!t || !b) return;
		await this.mock.oppnaPnr(b.pnr);
		if (this.mock.vy.pnr !== b.pnr) return;
		t.steg = 'spara';
		this.arende.vy.nyVerk = null;
		this.arende.vy.verkstallighetId = this.taInVerkstallighet?.id ?? null;
		this.mock.vy.panel = 'verkstallighet';
	}

	/** Spara: the beställning is confirmed and leaves Beställningar – ej bekräftade. */
	async sparaTaIn(): Promise<void> {
		const t = this.vy.taIn;
		if (!t) return;
		const { steg: _steg, bestallningId, ...falt } = $state.snapshot(t);
		void _steg;
		const ok = await this.arende.utfor(
			{ typ: 'bekraftaBestallning', id: bestallningId, ...falt },
			'Beställningen är bekräftad.'
		);
		if (ok) this.vy.taIn = null;
	}

	/** The X at the top left of the menu bar: the question Ta bort beställning? (R1). */
	borjaTaBort(): void {
		this.arende.fel = null;
		this.vy.taBortFraga = true;
	}

	/** Ja: the beställning shown is removed, or the refusal says why not. */
	async taBort(): Promise<void> {
		this.vy.taBortFraga = false;
		const id = this.arende.vy.bestallningId;
		const b = id ? this.hitta(id) : undefined;
		if (!b) return;
		const k: Kommando = { typ: 'taBortBestallning', id: b.id };
		if (!(await this.arende.utfor(k, 'Beställningen är borttagen.'))) return;
		const beslut = this.forsok.state.beslut.find((x) => x.id === b.franBeslutId);
		this.arende.vy.bestallningId = null;
		if (beslut)
			this.arende.vy.bestallningUtkast = openBestallning(beslut, this.forsok.scenario.idag);
	}

	/** Kopiera beställning (R2): a new beställning with everything but the dates. */
	kopiera(): void {
		const id = this.arende.vy.bestallningId;
		const b = id ? this.hitta(id) : undefined;
		if (!b) return;
		this.arende.fel = null;
		this.arende.vy.kopieradFran = b.id;
		this.arende.vy.bestallningUtkast = copyBestallning(b);
	}
}
