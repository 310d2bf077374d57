import {
	hasUnsaved,
	proposeAktualisering,
	saknadAktualiseringsfalt
} from '$lib/domain/formular/aktualisering';
import {
	openRegistrering,
	proposeRegistrering,
	type RegistreringUtkast
} from '$lib/domain/formular/kund';
import { proposeInled, type InledUtkast } from '$lib/domain/formular/utredning';
import type { Arhundrade } from '$lib/domain/katalog';
import type { AktualiseringUtkast } from '$lib/domain/kommandon';
import { tolkaSokning } from '$lib/domain/kundsok';
import type { Aktualisering, KirPerson, Kontakt, Person } from '$lib/domain/model';
import { hamtaKund, hamtaVarldInfo, sokKir, sokKunder, type KundTraff } from '$lib/db';
import { seedning } from './varld.svelte';
import { tick } from 'svelte';
import type { ForsokState } from './forsok.svelte';

export type Panel =
	| 'tom'
	| 'person'
	| 'hushall'
	| 'kontaktuppgifter'
	| 'aktualisering'
	| 'inled'
	| 'utredning'
	| 'beslut'
	| 'verkstallighet'
	| 'dokumentation'
	| 'bedomning';
export type AktFlik = 'aktualisering' | 'inled';

/** Everything on screen that is not yet an event: where the trainee is and what they typed. */
export interface VyData {
	flik: 'minaSidor' | 'sov';
	pnr: string | null;
	panel: Panel;
	/** The utredning shown in the Utredning panel (Öppna Utredning). */
	utredningId: string | null;
	/** The pågående utredning an aktualisering is made in (A1), if any. */
	aktUtredningId: string | null;
	aktFlik: AktFlik;
	utkast: AktualiseringUtkast[];
	valtUtkast: number;
	/** Ids of the aktualiseringar saved in this round, shown under the form. */
	sparadeIds: string[];
	/**
	 * A saved aktualisering opened again (double-click or Enter on it) and its values as now
	 * typed: the form shows it instead of the new drafts until Spara, Ny or another screen.
	 */
	andring: { id: string; utkast: AktualiseringUtkast } | null;
	inled: InledUtkast;
	sok: { fraga: string; arhundrade: Arhundrade };
	registrering: RegistreringUtkast | null;
}

export function nyVy(): VyData {
	return {
		flik: 'minaSidor',
		pnr: null,
		panel: 'tom',
		utredningId: null,
		aktUtredningId: null,
		aktFlik: 'aktualisering',
		utkast: [proposeAktualisering()],
		valtUtkast: 0,
		sparadeIds: [],
		andring: null,
		inled: { inledningsdatum: '', typ: '', ansvarig: '', organisation: '', valda: [] },
		sok: { fraga: '', arhundrade: '19' },
		registrering: null
	};
}

/**
 * The mock's controller: turns clicks into lookups and commands, and holds the view state. The
 * view state is saved as a draft with the attempt, so a reload returns to the same screen with
 * the same typed text.
 */
export class MockState {
	vy = $state<VyData>(nyVy());
	sokFel = $state<string | null>(null);
	formFel = $state<string | null>(null);
	/** The label of the field `formFel` is about, when the domain named one: shown next to it. */
	formFalt = $state<string | null>(null);
	traffar = $state<KundTraff[] | null>(null);
	kirTraffar = $state<KirPerson[] | null>(null);
	tillbakaOppen = $state(false);
	/** The open customer, looked up from the register or the attempt. */
	kund = $state<Person | null>(null);
	/** Persons of the Tillbaka list, resolved. */
	senaste = $state<Person[]>([]);
	kontaktFel = $state<string | null>(null);
	/** A short confirmation read out by screen readers (role="status"). */
	status = $state('');
	/** The screen the status was said on (`skarm`): it is not shown on another. */
	private statusVid = $state('');
	/** U1: the question box about an unsaved aktualisering. */
	fragaOsparad = $state(false);

	constructor(private readonly forsok: ForsokState) {}

	/**
	 * Says `text` in the status line, announced by screen readers even when the same text was
	 * there before: it is emptied first and set after the screen has updated.
	 */
	async meddela(text: string): Promise<void> {
		this.status = '';
		await tick();
		this.statusVid = this.skarm;
		this.status = text;
	}

	/** What the later screens add to `skarm` (ArendeState: tab, beslut, verkställighet …). */
	private skarmDelar: (() => string)[] = [];

	/** A controller of more screens says which of them is shown, so `skarm` tells them apart. */
	laggTillSkarm(del: () => string): void {
		this.skarmDelar.push(del);
	}

	/** Which screen is shown: a change of it means the trainee has moved on. */
	get skarm(): string {
		const v = this.vy;
		return [
			v.flik,
			v.pnr,
			v.panel,
			v.aktFlik,
			v.utredningId,
			...this.skarmDelar.map((d) => d())
		].join('|');
	}

	/** The status line as shown: a confirmation says nothing about a screen it was not said on. */
	get synligStatus(): string {
		return this.status && this.statusVid === this.skarm ? this.status : '';
	}

	/** The trainee changed what a confirmation or a refusal was about: neither applies any more. */
	glomMeddelanden(): void {
		this.status = '';
		this.formFel = this.formFalt = null;
	}

	reset(): void {
		this.vy = nyVy();
		this.sokFel = this.formFel = this.formFalt = null;
		this.traffar = this.kirTraffar = null;
		this.tillbakaOppen = false;
		this.kund = null;
	}

	private get db() {
		return this.forsok.db;
	}

	/** Restores a saved view, re-reading the open customer. */
	async aterstall(data: VyData | undefined): Promise<void> {
		if (!data) return;
		// a draft saved by an older version lacks newer fields: fill them from a fresh one
		const ny = nyVy();
		this.vy = {
			...ny,
			...data,
			inled: { ...ny.inled, ...data.inled },
			sok: { ...ny.sok, ...data.sok },
			utkast: (data.utkast ?? ny.utkast).map((u) => ({ ...proposeAktualisering(), ...u }))
		};
		if (this.vy.pnr)
			this.kund = (await hamtaKund(this.db, this.vy.pnr, this.forsok.overlay)) ?? null;
	}

	/**
	 * True, with the reason in sokFel, when the seeding failed and left no register to search (a
	 * full disk on a first visit): a search then would record "no hits" for people who exist,
	 * and the trainee would register a customer the world already has.
	 */
	async #registretSaknas(): Promise<boolean> {
		if (!seedning.fel || (await hamtaVarldInfo(this.db))) return false;
		this.sokFel =
			'Personregistret kunde inte förberedas, så det går inte att söka än. Välj Försök igen i meddelandet om personregistret, eller ladda om sidan.';
		return true;
	}

	/** S1/S2: runs the search box; records the search and its hits as an event. */
	async sok(): Promise<void> {
		const { fraga, arhundrade } = this.vy.sok;
		const t = tolkaSokning(fraga, arhundrade);
		if (!t.ok) {
			this.sokFel = t.fel;
			return;
		}
		this.sokFel = null;
		const traffar = await sokKunder(this.db, t.fraga, this.forsok.overlay);
		if (await this.#registretSaknas()) return;
		const u = await this.forsok.utfor({
			typ: 'sokKund',
			fraga,
			arhundrade,
			form: t.fraga.form,
			traffar: traffar.map((p) => p.pnr)
		});
		if (!u.ok) {
			this.sokFel = u.fel;
			return;
		}
		// One hit opens the customer at once, as Procapita does; none or several open the list.
		if (traffar.length === 1) await this.oppnaPnr(traffar[0].pnr);
		else this.traffar = traffar;
	}

	/** S5: Sök KIR on the personnummer the trainee searched for. */
	async sokKir(): Promise<void> {
		const { fraga, arhundrade } = this.vy.sok;
		const t = tolkaSokning(fraga, arhundrade);
		// KIR is searched on the personnummer, or on the birth date of a six-digit search
		const nyckel = !t.ok
			? null
			: t.fraga.form === 'personnummer'
				? t.fraga.pnr
				: t.fraga.form === 'sexSiffror'
					? t.fraga.fodelsedatum
					: null;
		const traffar = nyckel
			? await sokKir(this.db, nyckel, Object.values(this.forsok.state.kir))
			: [];
		if (await this.#registretSaknas()) return;
		const u = await this.forsok.utfor({ typ: 'sokKir', fraga, traffar: traffar.map((p) => p.pnr) });
		this.traffar = null;
		if (!u.ok) {
			this.sokFel = u.fel;
			return;
		}
		this.kirTraffar = traffar;
	}

	/** S5: OK on a KIR hit opens Spara i personregister with the person's data, Nyckelkod empty. */
	valjKir(p: KirPerson): void {
		this.kirTraffar = null;
		this.formFel = this.formFalt = null;
		this.vy.registrering = openRegistrering(p);
	}

	/** S5: Ny opens an empty Spara i personregister, keeping the personnummer searched for. */
	nyPerson(): void {
		this.kirTraffar = null;
		this.formFel = this.formFalt = null;
		this.vy.registrering = proposeRegistrering(this.vy.sok.fraga, this.vy.sok.arhundrade);
	}

	/** Spara in Spara i personregister: the domain decides; a refusal stays in the dialog. */
	async registrera(): Promise<void> {
		const r = this.vy.registrering;
		if (!r) return;
		const { kalla, ...person } = r;
		this.formFel = this.formFalt = null;
		const u = await this.forsok.utfor({
			typ: 'registreraKund',
			kalla,
			person: { ...person, pnr: person.pnr.replace(/\D/g, '') }
		});
		if (!u.ok) {
			this.formFel = u.fel;
			return;
		}
		this.formFel = this.formFalt = null;
		this.vy.registrering = null;
		void this.meddela('Kunden är sparad i personregistret och kan nu sökas fram.');
	}

	/** N2: Spara in the Kontaktuppgift box; a refusal is set before returning so the box stays. */
	sparaKontakt(kontakt: Omit<Kontakt, 'id'> & { id?: string }): void {
		if (!this.vy.pnr) return;
		const u = this.forsok.besluta({ typ: 'sparaKontakt', pnr: this.vy.pnr, kontakt });
		if (!u.ok) {
			this.kontaktFel = u.fel;
			return;
		}
		this.kontaktFel = null;
		// decided again in turn and stored; a storage failure shows in the banner
		void this.forsok.utfor({ typ: 'sparaKontakt', pnr: this.vy.pnr, kontakt }).then((s) => {
			if (s.ok) void this.meddela('Kontaktuppgiften är sparad.');
		});
	}

	/** The contacts shown for the open customer: the register's, then those added in the attempt. */
	kontakterFor(p: Person): Kontakt[] {
		const egna = this.forsok.state.kontakter[p.pnr] ?? [];
		const ids = egna.map((k) => k.id);
		return [...(p.kontakter ?? []).filter((k) => !ids.includes(k.id)), ...egna];
	}

	/**
	 * U1: the Inled utredning tab. Unsaved drafts first bring the question whether to save them.
	 */
	begarInled(): void {
		if (hasUnsaved(this.vy.utkast) || this.andringOsparad) this.fragaOsparad = true;
		else this.oppnaInled();
	}

	/** Ja in the question box: save (a correction, then new drafts), then Inled utredning. */
	async sparaOchInled(): Promise<void> {
		this.fragaOsparad = false;
		if (this.andringOsparad && !(await this.sparaAndring())) return;
		this.vy.andring = null;
		if (hasUnsaved(this.vy.utkast) && !(await this.sparaAktualiseringar())) return;
		this.oppnaInled();
	}

	/** Nej: the unsaved drafts and correction are dropped, as Procapita does. */
	slangOchInled(): void {
		this.fragaOsparad = false;
		this.vy.utkast = [proposeAktualisering()];
		this.vy.valtUtkast = 0;
		this.vy.andring = null;
		this.oppnaInled();
	}

	/** The saved aktualisering being corrected, as it stands in the attempt. */
	private get andradSparad(): Aktualisering | undefined {
		const id = this.vy.andring?.id;
		return this.forsok.state.aktualiseringar.find((a) => a.id === id);
	}

	/** Whether the reopened aktualisering's fields differ from what is saved (U1's question). */
	get andringOsparad(): boolean {
		const a = this.andradSparad;
		const u = this.vy.andring?.utkast;
		return (
			!!a && !!u && (Object.keys(u) as (keyof AktualiseringUtkast)[]).some((f) => u[f] !== a[f])
		);
	}

	/**
	 * Double-click (or Enter) on a saved aktualisering: the Aktualisering form with its values,
	 * to be corrected and saved again. Opening is always allowed; whether the change may be saved
	 * is the domain's to decide at Spara (not once an utredning is inledd from it).
	 */
	oppnaAktualisering(id: string): void {
		const a = this.forsok.state.aktualiseringar.find((x) => x.id === id && x.pnr === this.vy.pnr);
		if (!a) return;
		if (this.vy.panel !== 'aktualisering') {
			// from another screen (the utredning): a new round, whose new drafts go where this one is
			this.vy.aktUtredningId = a.utredningId ?? null;
			this.vy.utkast = [proposeAktualisering()];
			this.vy.valtUtkast = 0;
		}
		this.vy.panel = 'aktualisering';
		this.vy.aktFlik = 'aktualisering';
		this.vy.andring = {
			id,
			utkast: {
				typ: a.typ,
				datum: a.datum,
				franVem: a.franVem,
				ansvarigHandlaggare: a.ansvarigHandlaggare,
				organisation: a.organisation
			}
		};
		this.formFel = this.formFalt = null;
	}

	/** Spara on a reopened aktualisering: the domain decides (AktualiseringAndrad or a refusal). */
	private async sparaAndring(): Promise<boolean> {
		const andring = this.vy.andring;
		if (!this.vy.pnr || !andring || this.forsok.upptagen > 0) return false;
		this.formFel = this.formFalt = null;
		const u = await this.forsok.utfor({
			typ: 'andraAktualisering',
			pnr: this.vy.pnr,
			id: andring.id,
			utkast: $state.snapshot(andring.utkast)
		});
		if (!u.ok) {
			this.formFel = u.fel;
			this.formFalt = u.falt ?? null;
			return false;
		}
		this.vy.andring = null;
		void this.meddela('Aktualiseringen är sparad.');
		return true;
	}

	/** Opens a customer (S3, S4, S7) on their Personuppgifter. */
	async oppnaKund(p: Person): Promise<void> {
		this.traffar = null;
		this.tillbakaOppen = false;
		const u = await this.forsok.utfor({ typ: 'oppnaKund', pnr: p.pnr });
		if (!u.ok) {
			this.sokFel = u.fel;
			return;
		}
		this.kund = p;
		this.vy.flik = 'sov';
		this.vy.pnr = p.pnr;
		this.vy.panel = 'person';
		this.vy.utredningId = null;
		this.formFel = this.formFalt = null;
		this.status = '';
	}

	async oppnaPnr(pnr: string): Promise<void> {
		const p = await hamtaKund(this.db, pnr, this.forsok.overlay);
		if (p) await this.oppnaKund(p);
		else this.sokFel = 'Kunden finns inte i personregistret. Sök fram kunden i rutan.';
	}

	/** S4: the ten latest customers, resolved from the register. */
	async visaTillbaka(): Promise<void> {
		const lista = await Promise.all(
			this.forsok.state.senasteKunder.map((pnr) => hamtaKund(this.db, pnr, this.forsok.overlay))
		);
		this.senaste = lista.filter((p): p is Person => !!p);
		this.tillbakaOppen = true;
	}

	/** A1/A5: right-click → Aktualisering, on the root or on a pågående utredning. */
	borjaAktualisera(utredningId: string | null): void {
		this.vy.panel = 'aktualisering';
		this.vy.aktFlik = 'aktualisering';
		this.vy.aktUtredningId = utredningId;
		this.vy.utkast = [proposeAktualisering()];
		this.vy.valtUtkast = 0;
		this.vy.sparadeIds = [];
		this.vy.andring = null;
		this.formFel = this.formFalt = null;
	}

	/**
	 * A2: Ny adds one more aktualisering before Spara. With a saved one open for correction, Ny
	 * leaves it (unsaved changes dropped) for a blank draft: the one left blank, or a new one.
	 */
	nyttUtkast(): void {
		if (this.vy.andring) {
			this.vy.andring = null;
			const tom = this.vy.utkast.findIndex((u) => !hasUnsaved([u]));
			if (tom >= 0) {
				this.vy.valtUtkast = tom;
				return;
			}
		}
		this.vy.utkast = [...this.vy.utkast, proposeAktualisering()];
		this.vy.valtUtkast = this.vy.utkast.length - 1;
	}

	/**
	 * A6: Spara saves every draft; the Inled utredning tab then appears (U1). With a saved one
	 * open for correction, Spara saves the correction.
	 */
	async sparaAktualiseringar(): Promise<boolean> {
		if (this.vy.andring) return this.sparaAndring();
		if (!this.vy.pnr || this.forsok.upptagen > 0) return false;
		this.formFel = this.formFalt = null;
		const u = await this.forsok.utfor({
			typ: 'sparaAktualiseringar',
			pnr: this.vy.pnr,
			utredningId: this.vy.aktUtredningId ?? undefined,
			utkast: $state.snapshot(this.vy.utkast)
		});
		if (!u.ok) {
			this.formFel = u.fel;
			this.formFalt = u.falt ?? null;
			// the refusal names a draft: show that one, so the field it names is on screen
			const fel = this.vy.utkast.findIndex((x) => saknadAktualiseringsfalt(x) !== null);
			if (u.falt && fel >= 0 && saknadAktualiseringsfalt(this.vy.utkast[fel]) === u.falt)
				this.vy.valtUtkast = fel;
			return false;
		}
		this.formFel = this.formFalt = null;
		const ids = u.handelser.flatMap((h) =>
			h.typ === 'AktualiseringSparad' ? [h.aktualisering.id] : []
		);
		this.vy.sparadeIds = [...this.vy.sparadeIds, ...ids];
		this.vy.utkast = [proposeAktualisering()];
		this.vy.valtUtkast = 0;
		void this.meddela(
			ids.length > 1 ? 'Aktualiseringarna är sparade.' : 'Aktualiseringen är sparad.'
		);
		return true;
	}

	/** U1, U4, U6: opens Inled utredning with the handläggare from the aktualiseringar. */
	oppnaInled(): void {
		const sparade = this.forsok.state.aktualiseringar.filter((a) =>
			this.vy.sparadeIds.includes(a.id)
		);
		this.vy.inled = proposeInled(sparade, this.forsok.scenario.idag);
		this.vy.aktFlik = 'inled';
		this.vy.andring = null;
		this.formFel = this.formFalt = null;
	}

	/**
	 * L1: right-click LSS utredning o verkställighet → Inled utredning, straight to the form
	 * ("aktualisering ska inte göras"): nothing is proposed from an aktualisering, none ticked.
	 */
	inledDirekt(): void {
		this.vy.panel = 'inled';
		this.vy.aktUtredningId = null;
		this.vy.sparadeIds = [];
		this.vy.andring = null;
		this.vy.inled = proposeInled([], this.forsok.scenario.idag);
		this.formFel = this.formFalt = null;
	}

	/** U8: Spara in Inled utredning. */
	async inledUtredning(): Promise<string | null> {
		if (!this.vy.pnr || this.forsok.upptagen > 0) return null;
		this.formFel = this.formFalt = null;
		const i = this.vy.inled;
		const u = await this.forsok.utfor({
			typ: 'inledUtredning',
			pnr: this.vy.pnr,
			inledningsdatum: i.inledningsdatum.trim(),
			utredningstyp: i.typ,
			ansvarigHandlaggare: i.ansvarig,
			organisation: i.organisation,
			aktualiseringIds: [...i.valda]
		});
		if (!u.ok) {
			this.formFel = u.fel;
			this.formFalt = u.falt ?? null;
			return null;
		}
		this.formFel = this.formFalt = null;
		// Procapita shows the new utredning once it is inledd
		const ny = u.handelser.find((h) => h.typ === 'UtredningInledd');
		this.vy.utredningId = ny?.typ === 'UtredningInledd' ? ny.utredning.id : null;
		this.vy.panel = 'utredning';
		this.vy.sparadeIds = [];
		// "Utredningen är inledd." is said by the caller once the utredning is open on its tab,
		// so the status belongs to the screen the trainee lands on
		return this.vy.utredningId;
	}
}
