import { arBifall, fetmarkerarUtredning, type Beslut } from './beslut';
import { dagenFore, type IsoDatum } from './datum';
import type { Handelse } from './handelser';
import { LSS_INSATSER } from './insatstabell';
import type { CaseState, Kontakt, Utredning, Verkstallighet } from './model';
import { Lista, Platser } from './lista';
import type { Personnummer } from './personnummer';

/**
 * N3: an utredning closed by its last beslut is still bold while one of its bifall beslut is
 * pågående, a LASS-beslut not counted (`fetmarkerarUtredning`). Derived here so labels and bold
 * follow the beslut, never stored twice. `egna` are the utredning's beslut; without any the
 * utredning is left as it is.
 */
export function medBeslutsstatus(u: Utredning, egna: readonly Beslut[], idag: IsoDatum): Utredning {
	if (!egna.length) return u;
	return { ...u, pagaendeBeslut: egna.some((b) => fetmarkerarUtredning(b, idag)) };
}

/** The key beslut are ended by when a verkställighet closes with Justera beslutets gtom. */
const insatsNyckel = (pnr: Personnummer, kategori: string) => `${pnr}\u0000${kategori}`;

/**
 * Applies events to a state in one batch, with the same result as folding them one by one
 * through the pure rules of projektion.ts. Nothing given in is changed: lists are copied once
 * per batch, when first written, so a batch of k events on a state of n items costs O(n + k)
 * instead of O(n · k). `resultat()` gives the new state; the object is then spent.
 */
export class Projektor {
	readonly #start: CaseState;
	readonly #aktualiseringar: Lista<CaseState['aktualiseringar'][number]>;
	readonly #utredningar: Lista<Utredning>;
	readonly #verkstalligheter: Lista<Verkstallighet>;
	readonly #beslut: Lista<Beslut>;
	readonly #bestallningar: Lista<CaseState['bestallningar'][number]>;
	readonly #anteckningar: Lista<CaseState['anteckningar'][number]>;
	readonly #bedomningar: Lista<CaseState['bedomningar'][number]>;
	readonly #bevakningar: Lista<CaseState['bevakningar'][number]>;
	readonly #kontakter = new Map<Personnummer, Lista<Kontakt>>();
	#kunder: CaseState['kunder'] | undefined;
	#senasteKunder: Personnummer[] | undefined;
	#urklipp: CaseState['urklipp'] | undefined;
	#hushall: CaseState['hushall'] | undefined;
	#kundlista: Personnummer[] | undefined;
	#infogade: CaseState['infogade'] | undefined;
	#nasta: CaseState['nasta'] | undefined;
	/**
	 * Per utredning: how many beslut it has and how many of them are pågående bifall (N3); and
	 * beslut positions per customer and insatskategori (Justera beslutets gtom). Built when first
	 * needed, then kept up to date, so a status costs nothing however many beslut there are.
	 */
	#perUtredning: Map<string, { antal: number; pagande: number }> | undefined;
	#perInsats: Platser | undefined;
	/**
	 * Whether every utredning's beslut status has been worked out in this batch. The first time
	 * it is needed all are (so a state from anywhere comes out as a full replay would leave it);
	 * after that only those whose beslut changed, and those inledda since that already had beslut.
	 */
	#statusKlar = false;
	readonly #ejBeraknade = new Set<string>();

	constructor(state: CaseState) {
		this.#start = state;
		this.#aktualiseringar = new Lista(state.aktualiseringar);
		this.#utredningar = new Lista(state.utredningar);
		this.#verkstalligheter = new Lista(state.verkstalligheter);
		this.#beslut = new Lista(state.beslut);
		this.#bestallningar = new Lista(state.bestallningar);
		this.#anteckningar = new Lista(state.anteckningar);
		this.#bedomningar = new Lista(state.bedomningar);
		this.#bevakningar = new Lista(state.bevakningar);
	}

	#raknare(): CaseState['nasta'] {
		return (this.#nasta ??= { ...this.#start.nasta });
	}

	#statusPerUtredning(): Map<string, { antal: number; pagande: number }> {
		if (!this.#perUtredning) {
			const m = new Map<string, { antal: number; pagande: number }>();
			this.#perUtredning = m;
			for (const b of this.#beslut.varde) this.#rakna(m, b);
		}
		return this.#perUtredning;
	}

	#beslutPerInsats(): Platser {
		if (!this.#perInsats) {
			const p = new Platser();
			this.#perInsats = p;
			this.#beslut.varde.forEach((b, i) => p.lagg(insatsNyckel(b.pnr, b.insatskategori), i));
		}
		return this.#perInsats;
	}

	#rakna(m: Map<string, { antal: number; pagande: number }>, b: Beslut): void {
		const r = m.get(b.utredningId);
		if (r) {
			r.antal++;
			r.pagande += this.#pagar(b);
		} else m.set(b.utredningId, { antal: 1, pagande: this.#pagar(b) });
	}

	#pagar(b: Beslut): number {
		return fetmarkerarUtredning(b, this.#start.idag) ? 1 : 0;
	}

	#laggBeslut(nya: readonly Beslut[]): void {
		const forst = this.#beslut.varde.length;
		this.#beslut.lagg(nya);
		nya.forEach((b, j) => {
			if (this.#perUtredning) this.#rakna(this.#perUtredning, b);
			this.#perInsats?.lagg(insatsNyckel(b.pnr, b.insatskategori), forst + j);
		});
	}

	/** A beslut changed in place (its utredning and insatskategori stay): its status follows. */
	#bytBeslut(i: number, ny: Beslut): void {
		const r = this.#perUtredning?.get(ny.utredningId);
		if (r) r.pagande += this.#pagar(ny) - this.#pagar(this.#beslut.varde[i]);
		this.#beslut.satt(i, ny);
	}

	/**
	 * Utredning `i` as `medBeslutsstatus` leaves it, from the counts instead of its beslut, and
	 * closed if an `avslutande` beslut closes it (B4). Left as it is when nothing differs.
	 */
	#status(i: number, avslutande: ReadonlyMap<string, Beslut>): void {
		const u = this.#utredningar.varde[i];
		const r = this.#statusPerUtredning().get(u.id);
		// no beslut: none closes it either (a closing beslut is one of its own)
		if (!r) return;
		const pagaendeBeslut = r.pagande > 0;
		const sista = avslutande.get(u.id);
		if (sista && !u.slutdatum)
			this.#utredningar.satt(i, { ...u, slutdatum: sista.beslutsdatum, pagaendeBeslut });
		else if (u.pagaendeBeslut !== pagaendeBeslut)
			this.#utredningar.satt(i, { ...u, pagaendeBeslut });
	}

	/**
	 * Works the beslut status (N3) out anew after beslut changed in `andrade` utredningar, and
	 * closes those an `avslutande` beslut closes: every utredning the first time in a batch, as
	 * the fold does for every utredning each time. Doing one twice changes nothing more.
	 */
	#nyStatus(andrade: Iterable<string>, avslutande: ReadonlyMap<string, Beslut>): void {
		if (!this.#statusKlar) {
			for (let i = 0; i < this.#utredningar.varde.length; i++) this.#status(i, avslutande);
			this.#statusKlar = true;
		} else {
			for (const id of andrade)
				for (const i of this.#utredningar.platser(id)) this.#status(i, avslutande);
			for (const id of this.#ejBeraknade)
				for (const i of this.#utredningar.platser(id)) this.#status(i, avslutande);
		}
		this.#ejBeraknade.clear();
	}

	#sparaBeslut(beslut: readonly Beslut[]): void {
		this.#laggBeslut(beslut);
		// The box Utredning avslutas closes the utredning on that beslut's date (B4): the last one
		const avslutande = new Map<string, Beslut>();
		for (const b of beslut) if (b.utredningAvslutas) avslutande.set(b.utredningId, b);
		this.#nyStatus(
			beslut.map((b) => b.utredningId),
			avslutande
		);
		this.#raknare().beslut += beslut.length;
	}

	/**
	 * Justera beslutets gtom (V5, E1; reading): closing a verkställighet with the box ticked ends
	 * the customer's running bifall beslut of the same insatskategori on the avslutsdatum, so
	 * their utredning is no longer bold (N3), and the beställningar sent for those beslut that ran
	 * past it: a beställning is for its beslut's period (O3), and E1's "avslutsdatum på alla
	 * ställen … beställningar" names no other control that ends one. LSS Insatser is no insats of
	 * its own and ends none.
	 */
	#justeraBeslutensGtom(verkId: string, dag: IsoDatum): void {
		const v = this.#verkstalligheter.hitta(verkId);
		if (!v || v.insatskategori === LSS_INSATSER) return;
		const lista = this.#beslut.varde;
		const traffade = this.#beslutPerInsats()
			.alla(insatsNyckel(v.pnr, v.insatskategori))
			.filter((i) => arBifall(lista[i]) && (!lista[i].till || lista[i].till > dag));
		if (!traffade.length) return;
		for (const i of traffade) this.#bytBeslut(i, { ...lista[i], till: dag });
		const slutade = new Set(traffade.map((i) => lista[i].id));
		this.#bestallningar.varde.forEach((o, i) => {
			if (o.beslutId && slutade.has(o.beslutId) && (!o.till || o.till > dag))
				this.#bestallningar.satt(i, { ...o, till: dag });
		});
		this.#nyStatus(
			traffade.map((i) => lista[i].utredningId),
			new Map()
		);
	}

	#sparaKontakt(pnr: Personnummer, kontakt: Kontakt): void {
		let lista = this.#kontakter.get(pnr);
		if (!lista) {
			lista = new Lista(this.#start.kontakter[pnr] ?? []);
			this.#kontakter.set(pnr, lista);
		}
		const finns = lista.platser(kontakt.id).length > 0;
		if (finns) lista.andra(kontakt.id, () => kontakt);
		else {
			lista.lagg([kontakt]);
			this.#raknare().kontakt++;
		}
	}

	/** Folds one event in; the rules are those of `tillampa` (projektion.ts), event by event. */
	tillampa(h: Handelse): void {
		switch (h.typ) {
			case 'KundSokt':
			case 'KirSokt':
			case 'LedtradVisad':
			case 'StegAngrat':
				return;
			case 'KundOppnad': {
				const forra = this.#senasteKunder ?? this.#start.senasteKunder;
				this.#senasteKunder = [h.pnr, ...forra.filter((p) => p !== h.pnr)].slice(0, 10);
				return;
			}
			case 'KundRegistrerad':
				(this.#kunder ??= { ...this.#start.kunder })[h.person.pnr] = h.person;
				return;
			case 'KontaktSparad':
				return this.#sparaKontakt(h.pnr, h.kontakt);
			case 'AktualiseringSparad':
				this.#aktualiseringar.lagg([h.aktualisering]);
				this.#raknare().aktualisering++;
				return;
			case 'AktualiseringAndrad': {
				const finns = this.#aktualiseringar.hitta(h.aktualisering.id);
				// Once an utredning took it in it is locked, as the domain refuses: not even a forged
				// event in an imported file changes it. Its place and status stay the saved ones.
				if (!finns || finns.behandlad) return;
				const { typ, datum, franVem, ansvarigHandlaggare, organisation } = h.aktualisering;
				const ny = { ...finns, typ, datum, franVem, ansvarigHandlaggare, organisation };
				this.#aktualiseringar.andra(ny.id, () => ny);
				return;
			}
			case 'UtredningInledd': {
				const id = h.utredning.id;
				this.#utredningar.lagg([h.utredning]);
				for (const a of new Set(h.aktualiseringIds))
					this.#aktualiseringar.andra(a, (x) => ({ ...x, utredningId: id, behandlad: true }));
				// beslut already naming it (only a start state can): its status waits, as in the fold
				if (this.#statusKlar && this.#statusPerUtredning().has(id)) this.#ejBeraknade.add(id);
				this.#raknare().utredning++;
				return;
			}
			case 'BeslutSparade':
				return this.#sparaBeslut(h.beslut);
			case 'BestallningSparad': {
				this.#bestallningar.lagg([h.bestallning]);
				this.#raknare().bestallning++;
				// R3: the beställning copied ends the day before the new one applies from
				const gammal = h.bestallning.kopieradFran;
				if (gammal) {
					const till = dagenFore(h.bestallning.fran);
					this.#bestallningar.andra(gammal, (b) => ({ ...b, till }));
				}
				return;
			}
			case 'BestallningBekraftad': {
				// named field by field: a stored event also carries its seq and time
				const { insatskategori, utforare, organisation, verkstallighetId } = h;
				const bekraftelse = { insatskategori, utforare, organisation, verkstallighetId };
				this.#bestallningar.andra(h.id, (b) => ({ ...b, bekraftad: true, bekraftelse }));
				return;
			}
			case 'BestallningBorttagen':
				// the manual's condition, also against a forged event: a confirmed one stays
				if (this.#bestallningar.hitta(h.id)?.bekraftad) return;
				this.#bestallningar.taBort(h.id);
				return;
			case 'VerkstallighetSkapad':
				this.#verkstalligheter.lagg([h.verkstallighet]);
				this.#raknare().verkstallighet++;
				return;
			case 'VerkstallighetAvslutad':
				this.#verkstalligheter.andra(h.id, (v) => ({
					...v,
					till: h.avslutsdatum,
					pagaende: false,
					justeraGtom: h.justeraGtom,
					avslutsorsak: h.avslutsorsak || undefined
				}));
				if (h.justeraGtom) this.#justeraBeslutensGtom(h.id, h.avslutsdatum);
				return;
			case 'VerkstallighetOppnadIgen':
				this.#verkstalligheter.andra(h.id, (v) => ({
					...v,
					till: undefined,
					pagaende: true,
					justeraGtom: undefined,
					avslutsorsak: undefined
				}));
				return;
			case 'UtforareBytt':
				this.#verkstalligheter.andra(h.id, (v) => ({
					...v,
					utforare: h.utforare,
					organisation: h.organisation
				}));
				return;
			case 'AnteckningSparad': {
				const finns = this.#anteckningar.hitta(h.anteckning.id);
				// A signed text is locked (D2): not even a forged event in an imported file changes it
				if (finns?.signerad || finns?.felmarkerad) return;
				if (finns) this.#anteckningar.andra(h.anteckning.id, () => h.anteckning);
				else {
					this.#anteckningar.lagg([h.anteckning]);
					this.#raknare().anteckning++;
				}
				return;
			}
			case 'AnteckningSignerad':
				this.#anteckningar.andra(h.id, (a) => ({ ...a, signerad: true }));
				return;
			case 'AnteckningFelmarkerad':
				this.#anteckningar.andra(h.id, (a) => ({ ...a, felmarkerad: true }));
				return;
			case 'TexterKopierade':
				this.#urklipp = {
					utredningId: h.utredningId,
					medHandelsedatum: h.medHandelsedatum,
					texter: h.texter
				};
				return;
			case 'TexterInklistrade':
				this.#anteckningar.lagg(h.anteckningar);
				this.#raknare().anteckning += h.anteckningar.length;
				return;
			case 'BedomningSparad':
				this.#bedomningar.lagg([h.bedomning]);
				this.#raknare().bedomning++;
				return;
			case 'BevakningLagd':
				this.#bevakningar.lagg([h.bevakning]);
				this.#raknare().bevakning++;
				return;
			case 'BevakningAndrad':
				this.#bevakningar.andra(h.bevakning.id, () => h.bevakning);
				return;
			case 'BevakningBorttagen':
				this.#bevakningar.taBort(h.id);
				return;
			case 'HushallSparat':
				(this.#hushall ??= { ...this.#start.hushall })[h.pnr] = {
					medlemmar: h.medlemmar,
					registerledare: h.registerledare
				};
				return;
			case 'DokumentUtskrivet':
				return;
			case 'KundlistaAndrad': {
				const lista = (this.#kundlista ?? this.#start.kundlista).filter((p) => p !== h.pnr);
				this.#kundlista = h.atgard === 'laggTill' ? [...lista, h.pnr] : lista;
				return;
			}
			case 'DokumentInfogat':
				(this.#infogade ??= [...this.#start.infogade]).push({
					pnr: h.pnr,
					plats: h.plats,
					dokumentId: h.dokumentId
				});
				return;
			default: {
				const okand: never = h;
				void okand;
			}
		}
	}

	/** The state after every event folded in: the one given in when none changed anything. */
	resultat(): CaseState {
		const listor = [
			this.#aktualiseringar,
			this.#utredningar,
			this.#verkstalligheter,
			this.#beslut,
			this.#bestallningar,
			this.#anteckningar,
			this.#bedomningar,
			this.#bevakningar
		];
		const ovrigt = [
			this.#kunder,
			this.#senasteKunder,
			this.#urklipp,
			this.#nasta,
			this.#hushall,
			this.#kundlista,
			this.#infogade
		];
		const andrat =
			listor.some((l) => l.andrad) ||
			ovrigt.some((x) => x !== undefined) ||
			this.#kontakter.size > 0;
		if (!andrat) return this.#start;
		const s: CaseState = {
			...this.#start,
			aktualiseringar: this.#aktualiseringar.varde,
			utredningar: this.#utredningar.varde,
			verkstalligheter: this.#verkstalligheter.varde,
			beslut: this.#beslut.varde,
			bestallningar: this.#bestallningar.varde,
			anteckningar: this.#anteckningar.varde,
			bedomningar: this.#bedomningar.varde,
			bevakningar: this.#bevakningar.varde
		};
		if (this.#kunder) s.kunder = this.#kunder;
		if (this.#senasteKunder) s.senasteKunder = this.#senasteKunder;
		if (this.#urklipp !== undefined) s.urklipp = this.#urklipp;
		if (this.#nasta) s.nasta = this.#nasta;
		if (this.#hushall) s.hushall = this.#hushall;
		if (this.#kundlista) s.kundlista = this.#kundlista;
		if (this.#infogade) s.infogade = this.#infogade;
		if (this.#kontakter.size) {
			s.kontakter = { ...s.kontakter };
			for (const [pnr, lista] of this.#kontakter) s.kontakter[pnr] = lista.varde;
		}
		return s;
	}
}
