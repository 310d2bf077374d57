import type { BeslutUtkast, BestallningUtkast } from '$lib/domain/beslut-kommandon';
import type { Plats } from '$lib/domain/dokumentation';
import { proposeBedomning, type BedomningVarden } from '$lib/domain/formular/bedomning';
import { proposeBeslut } from '$lib/domain/formular/beslut';
import { beslutsval, openBestallning } from '$lib/domain/formular/bestallning';
import {
	proposeAvslut,
	proposeByte,
	proposeVerkstallighet,
	type AvslutUtkast,
	type BytUtkast,
	type VerkstallighetUtkast
} from '$lib/domain/formular/verkstallighet';
import type { Kommando, Utfall } from '$lib/domain/kommandon';
import { BestallningState, nyBestallningVy, type BestallningVy } from './bestallning.svelte';
import type { ForsokState } from './forsok.svelte';
import type { MockState } from './mock.svelte';

export type { AvslutUtkast, VerkstallighetUtkast };

/** The utredning's tabs; Infoga dokument is E7's (scanned documents fetched in). */
export type UtredningFlik = 'utredning' | 'beslut' | 'infoga';
export type BeslutFlik = 'beslut' | 'bestallning';

/** The screen state of sections 5–8, saved with the attempt like VyData. */
export interface ArendeVy {
	utredningFlik: UtredningFlik;
	/** The utredning the beslut drafts belong to: drafts never move to another utredning. */
	beslutUtredningId: string | null;
	beslutUtkast: BeslutUtkast[];
	valtBeslut: number;
	/** The saved beslut whose tabs (Beslut, Beställning) are open. */
	beslutId: string | null;
	beslutFlik: BeslutFlik;
	bestallningUtkast: BestallningUtkast | null;
	/** The sent beställning shown in the Beställning tab (a beslut may have several, R2). */
	bestallningId: string | null;
	/** Kopiera beställning: the beställning the draft is a copy of (R2, R3). */
	kopieradFran: string | null;
	/** Mina sidor's beställning lists and the boxes of sections 9 and 10. */
	bestallning: BestallningVy;
	verkstallighetId: string | null;
	/** Skapa ny verkställighet: the box while open, then the unsaved verkställighet after OK (V1). */
	skapaVerk: VerkstallighetUtkast | null;
	nyVerk: VerkstallighetUtkast | null;
	avsluta: AvslutUtkast | null;
	byt: BytUtkast | null;
	dokumentation:
		| { typ: 'utredning'; utredningId: string }
		| { typ: 'verkstallighet'; verkstallighetId: string }
		| null;
	/** The textdel being written in Dokumentation and its text, kept across a reload. */
	textdel: { id?: string; plats: Plats } | null;
	textdelUtkast: string;
	bedomningUtredningId: string | null;
	bedomning: BedomningVarden | null;
}

/** A flat object's fields in a fixed order, so two copies of one place compare equal. */
function platsNyckel(p: object | null | undefined): string {
	return p ? JSON.stringify(Object.entries(p).sort(([a], [b]) => a.localeCompare(b))) : '';
}

export function nyArendeVy(): ArendeVy {
	return {
		utredningFlik: 'utredning',
		beslutUtredningId: null,
		beslutUtkast: [proposeBeslut()],
		valtBeslut: 0,
		beslutId: null,
		beslutFlik: 'beslut',
		bestallningUtkast: null,
		bestallningId: null,
		kopieradFran: null,
		bestallning: nyBestallningVy(),
		verkstallighetId: null,
		skapaVerk: null,
		nyVerk: null,
		avsluta: null,
		byt: null,
		dokumentation: null,
		textdel: null,
		textdelUtkast: '',
		bedomningUtredningId: null,
		bedomning: null
	};
}

/**
 * The controller for Beslut, Beställning, Verkställighet, Dokumentation and Bedömning. Like
 * MockState it only turns clicks into commands; the domain decides.
 */
export class ArendeState {
	vy = $state<ArendeVy>(nyArendeVy());
	fel = $state<string | null>(null);
	/** The screen (`mock.skarm`) the refusal in `fel` was said on: it is not shown on another. */
	private felVid = $state('');

	/** Bekräfta beställning, Ta bort and Kopiera beställning (sections 9 and 10). */
	readonly bestallning: BestallningState;

	constructor(
		private readonly forsok: ForsokState,
		private readonly mock: MockState
	) {
		mock.laggTillSkarm(() => this.skarm);
		this.bestallning = new BestallningState(forsok, mock, this);
	}

	/**
	 * Which of these screens is shown, beyond the panel: the utredning's tab, the beslut and its
	 * tab, the verkställighet, the documentation and the textdel's place, the bedömning. A status
	 * line or refusal said on one of them does not apply on another.
	 */
	get skarm(): string {
		const v = this.vy;
		switch (this.mock.vy.panel) {
			case 'utredning':
				return v.utredningFlik;
			case 'beslut':
				return `${v.beslutId}|${v.beslutFlik}`;
			case 'verkstallighet':
				return `${v.verkstallighetId}|${v.nyVerk ? 'ny' : ''}`;
			case 'dokumentation':
				// the textdel's place, not its id: a new one gets its id at Spara, on the same screen
				return [v.dokumentation, v.textdel?.plats].map(platsNyckel).join('|');
			case 'bedomning':
				return v.bedomningUtredningId ?? '';
			default:
				return '';
		}
	}

	/** A refusal as shown: only on the screen it was said on. */
	get synligtFel(): string | null {
		return this.fel && this.felVid === this.mock.skarm ? this.fel : null;
	}

	/** Sets the refusal shown, for the screen shown now. */
	private neka(fel: string | null): void {
		this.felVid = this.mock.skarm;
		this.fel = fel;
	}

	/** The trainee changed the form a confirmation or refusal was about: neither applies any more. */
	glomMeddelanden(): void {
		this.fel = null;
		this.mock.glomMeddelanden();
	}

	reset(): void {
		this.vy = nyArendeVy();
		this.fel = null;
	}

	aterstall(data: ArendeVy | undefined): void {
		if (!data) return;
		// a draft saved by an older version lacks newer fields: fill them from fresh ones
		this.vy = {
			...nyArendeVy(),
			...data,
			bestallning: { ...nyBestallningVy(), ...data.bestallning },
			beslutUtkast: (data.beslutUtkast ?? [proposeBeslut()]).map((u) => ({
				...proposeBeslut(),
				...u
			}))
		};
	}

	private get pnr(): string | null {
		return this.mock.vy.pnr;
	}

	/**
	 * Runs a command; a refusal shows in `fel`, emptied first so that the same refusal twice is
	 * announced twice. A second click while the first is being stored is ignored.
	 */
	private async kor(k: Kommando): Promise<Utfall | null> {
		if (this.forsok.upptagen > 0) return null;
		this.fel = null;
		const u = await this.forsok.utfor(k);
		this.neka(u.ok ? null : u.fel);
		return u;
	}

	private async gjort(k: Kommando, meddelande?: string): Promise<boolean> {
		const u = await this.kor(k);
		if (u?.ok && meddelande) void this.mock.meddela(meddelande);
		return !!u?.ok;
	}

	/** Runs a command of another controller here: its refusal shows on this screen. */
	utfor(k: Kommando, meddelande?: string): Promise<boolean> {
		return this.gjort(k, meddelande);
	}

	// ---- Beslut (B1–B7) ----

	/** Öppna Utredning, on its Beslut tab when asked (the place new beslut are made). */
	oppnaUtredning(utredningId: string, flik: UtredningFlik = 'utredning'): void {
		if (this.vy.beslutUtredningId !== utredningId) {
			this.vy.beslutUtredningId = utredningId;
			this.vy.beslutUtkast = [proposeBeslut()];
			this.vy.valtBeslut = 0;
		}
		this.mock.vy.utredningId = utredningId;
		this.mock.vy.panel = 'utredning';
		this.vy.utredningFlik = flik;
		this.fel = null;
	}

	nyttBeslut(): void {
		this.vy.beslutUtkast = [...this.vy.beslutUtkast, proposeBeslut()];
		this.vy.valtBeslut = this.vy.beslutUtkast.length - 1;
	}

	async sparaBeslut(): Promise<boolean> {
		const utredningId = this.mock.vy.utredningId;
		if (!this.pnr || !utredningId) return false;
		if (this.vy.beslutUtredningId !== utredningId) {
			this.neka('Besluten hör till en annan utredning. Öppna utredningen på nytt.');
			return false;
		}
		const ok = await this.gjort({
			typ: 'sparaBeslut',
			pnr: this.pnr,
			utredningId,
			utkast: $state.snapshot(this.vy.beslutUtkast)
		});
		if (ok) {
			this.vy.beslutUtkast = [proposeBeslut()];
			this.vy.valtBeslut = 0;
			void this.mock.meddela('Beslutet är sparat.');
		}
		return ok;
	}

	/** The beslut of an utredning as the Beställning tab's Beslut list shows them. */
	beslutsval(utredningId: string): { id: string; etikett: string }[] {
		return beslutsval(this.forsok.state.beslut, utredningId);
	}

	// ---- Beställning (O1–O9) ----

	/**
	 * Double-click a beslut (beslutsklubba): its tabs Beslut and Beställning (O5); with
	 * `bestallningId` (a beställning in the tree, Gå till beställning) that one is shown.
	 */
	oppnaBeslut(beslutId: string, flik: BeslutFlik = 'beslut', bestallningId?: string): void {
		const b = this.forsok.state.beslut.find((x) => x.id === beslutId);
		if (!b) return;
		const annan = this.vy.beslutId !== beslutId || bestallningId !== undefined;
		if (annan || !this.vy.bestallningUtkast) {
			this.vy.bestallningUtkast = openBestallning(b, this.forsok.scenario.idag);
			this.vy.kopieradFran = null;
		}
		if (annan) this.vy.bestallningId = bestallningId ?? null;
		this.vy.beslutId = beslutId;
		this.vy.beslutFlik = flik;
		this.mock.vy.panel = 'beslut';
		this.fel = null;
	}

	async sparaBestallning(): Promise<void> {
		const utkast = this.vy.bestallningUtkast;
		if (!this.pnr || !this.vy.beslutId || !utkast) return;
		const u = await this.kor({
			typ: 'sparaBestallning',
			pnr: this.pnr,
			franBeslutId: this.vy.beslutId,
			utkast: $state.snapshot(utkast),
			...(this.vy.kopieradFran ? { kopieradFran: this.vy.kopieradFran } : {})
		});
		const ny = u?.ok ? u.handelser.find((h) => h.typ === 'BestallningSparad') : undefined;
		if (ny?.typ !== 'BestallningSparad') return;
		this.vy.bestallningId = ny.bestallning.id;
		this.vy.kopieradFran = null;
		void this.mock.meddela('Beställningen är skickad till utföraren.');
	}

	// ---- Verkställighet (V1–V8) ----

	/** Right-click LSS utredning o verkställighet → Verkställighet (lov): the box (V1). */
	borjaVerkstallighet(): void {
		this.vy.skapaVerk = proposeVerkstallighet();
		this.fel = null;
	}

	/** OK in Skapa ny verkställighet: the verkställighet shows, not yet saved (V1). */
	okVerkstallighet(): void {
		if (!this.vy.skapaVerk) return;
		this.fel = null;
		this.vy.nyVerk = this.vy.skapaVerk;
		this.vy.skapaVerk = null;
		this.vy.verkstallighetId = null;
		this.mock.vy.panel = 'verkstallighet';
	}

	async sparaVerkstallighet(): Promise<void> {
		const v = this.vy.nyVerk;
		if (!this.pnr || !v) return;
		const u = await this.kor({ typ: 'skapaVerkstallighet', pnr: this.pnr, ...$state.snapshot(v) });
		const ny = u?.ok ? u.handelser.find((h) => h.typ === 'VerkstallighetSkapad') : undefined;
		if (ny?.typ === 'VerkstallighetSkapad') {
			this.vy.nyVerk = null;
			this.vy.verkstallighetId = ny.verkstallighet.id;
			void this.mock.meddela('Verkställigheten är sparad.');
		}
	}

	oppnaVerkstallighet(id: string): void {
		this.vy.verkstallighetId = id;
		this.vy.nyVerk = null;
		this.mock.vy.panel = 'verkstallighet';
		this.fel = null;
	}

	borjaAvsluta(): void {
		this.fel = null;
		this.vy.avsluta = proposeAvslut();
	}

	async okAvsluta(): Promise<void> {
		const a = this.vy.avsluta;
		if (!a || !this.vy.verkstallighetId) return;
		const u = await this.kor({
			typ: 'avslutaVerkstallighet',
			id: this.vy.verkstallighetId,
			...$state.snapshot(a)
		});
		if (!u?.ok) return;
		// the box closes before the confirmation is said, so closing it does not take it away
		this.vy.avsluta = null;
		void this.mock.meddela(
			a.oppnaAvslutad ? 'Verkställigheten är öppnad igen.' : 'Verkställigheten är avslutad.'
		);
	}

	borjaByt(): void {
		this.fel = null;
		const v = this.forsok.state.verkstalligheter.find((x) => x.id === this.vy.verkstallighetId);
		this.vy.byt = proposeByte(v);
	}

	async okByt(): Promise<void> {
		const b = this.vy.byt;
		if (!b || !this.vy.verkstallighetId) return;
		const u = await this.kor({
			typ: 'bytUtforare',
			id: this.vy.verkstallighetId,
			...$state.snapshot(b)
		});
		if (!u?.ok) return;
		this.vy.byt = null;
		void this.mock.meddela('Utföraren är bytt.');
	}

	// ---- Dokumentation (D1–D8) ----

	oppnaDokumentation(
		kalla:
			| { typ: 'utredning'; utredningId: string }
			| { typ: 'verkstallighet'; verkstallighetId: string }
	): void {
		const samma = JSON.stringify(this.vy.dokumentation) === JSON.stringify(kalla);
		if (!samma) {
			this.vy.textdel = null;
			this.vy.textdelUtkast = '';
		}
		this.vy.dokumentation = kalla;
		this.mock.vy.panel = 'dokumentation';
		this.fel = null;
	}

	async sparaAnteckning(p: { id?: string; plats: Plats; text: string }): Promise<boolean> {
		if (!this.pnr) return false;
		return this.gjort({ typ: 'sparaAnteckning', pnr: this.pnr, ...p }, 'Anteckningen är sparad.');
	}

	/**
	 * Signera (D2). Text changed since the last Spara is saved first, so what is locked is what
	 * the trainee sees; if that Spara is refused, nothing is signed.
	 */
	async signera(id: string): Promise<boolean> {
		const a = this.forsok.state.anteckningar.find((x) => x.id === id);
		const text = this.vy.textdel?.id === id ? this.vy.textdelUtkast : undefined;
		if (a && text !== undefined && text !== a.text) {
			if (!(await this.sparaAnteckning({ id, plats: a.plats, text }))) return false;
		}
		return this.gjort({ typ: 'signeraAnteckning', id }, 'Anteckningen är signerad.');
	}

	felmarkera(id: string): Promise<boolean> {
		return this.gjort({ typ: 'felmarkeraAnteckning', id }, 'Anteckningen är felmarkerad.');
	}

	kopiera(medHandelsedatum: boolean): Promise<boolean> {
		const k = this.vy.dokumentation;
		if (k?.typ !== 'utredning') return Promise.resolve(false);
		return this.gjort(
			{ typ: 'kopieraTexter', utredningId: k.utredningId, medHandelsedatum },
			'Alla texter i trädet är kopierade.'
		);
	}

	klistraIn(): Promise<boolean> {
		const k = this.vy.dokumentation;
		if (k?.typ !== 'utredning') return Promise.resolve(false);
		return this.gjort(
			{ typ: 'klistraInTexter', tillUtredningId: k.utredningId },
			'De kopierade texterna är inklistrade. Kontrollera dem och signera.'
		);
	}

	// ---- Bedömning (O9) ----

	/** Select Bedömning, right-click → Bedömning: Utförs av is the trainee's name (O9). */
	borjaBedomning(utredningId: string): void {
		this.vy.bedomningUtredningId = utredningId;
		this.vy.bedomning = proposeBedomning(this.forsok.scenario.roll.namn);
		this.mock.vy.panel = 'bedomning';
		this.fel = null;
	}

	async sparaBedomning(): Promise<void> {
		const b = this.vy.bedomning;
		if (!this.pnr || !b || !this.vy.bedomningUtredningId) return;
		await this.gjort(
			{
				typ: 'sparaBedomning',
				pnr: this.pnr,
				utredningId: this.vy.bedomningUtredningId,
				...$state.snapshot(b)
			},
			'Bedömningen är sparad.'
		);
	}
}
