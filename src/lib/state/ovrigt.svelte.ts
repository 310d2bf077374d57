/**
 * The controller of rules.md section 13's other tasks (Hushåll, Utskrift, Kundlista, Skanning):
 * turns their clicks into register lookups and domain commands. Made by the lazily loaded
 * screens that use it, so none of it is in an exercise's first load.
 */
import { hamtaKund, sokKir } from '$lib/db';
import type { HushallsMedlem, Infogningsplats, Person } from '$lib/domain/model';
import { visningsnamn } from '$lib/domain/model';
import type { UtskrivetDokument, Utskriftsslag } from '$lib/domain/utskrift';
import { luhnOk, type Personnummer } from '$lib/domain/personnummer';
import type { ForsokState } from './forsok.svelte';
import type { MockState } from './mock.svelte';

/** A person found by Lägg till's search (E2): in the personregister or in KIR. */
export interface PersonTraff {
	pnr: Personnummer;
	namn: string;
	kalla: 'Personregister' | 'KIR';
}

/** The twelve digits a typed personnummer stands for; ten digits may be either century. */
function mojligaNummer(text: string): Personnummer[] {
	const t = text.trim().replace(/[-+\s]/g, '');
	if (/^\d{12}$/.test(t)) return [t];
	if (/^\d{10}$/.test(t)) return ['19' + t, '20' + t].filter(luhnOk);
	return [];
}

export class OvrigtState {
	constructor(
		private readonly forsok: ForsokState,
		private readonly mock: MockState
	) {}

	/** The people a personnummer finds: a customer in the register first, then KIR (E2). */
	async sokPerson(text: string): Promise<PersonTraff[] | string> {
		const nummer = mojligaNummer(text);
		if (!nummer.length) return 'Skriv hela personnumret: ÅÅÅÅMMDD-NNNN.';
		const traffar: PersonTraff[] = [];
		for (const pnr of nummer) {
			const kund = await hamtaKund(this.forsok.db, pnr, this.forsok.overlay);
			if (kund) {
				traffar.push({ pnr, namn: visningsnamn(kund), kalla: 'Personregister' });
				continue;
			}
			const kir = await sokKir(this.forsok.db, pnr, Object.values(this.forsok.state.kir));
			for (const p of kir.filter((x) => x.pnr === pnr))
				traffar.push({ pnr, namn: visningsnamn(p), kalla: 'KIR' });
		}
		return traffar;
	}

	/** The Hushåll shown for a customer: as saved in the attempt, else the register's. */
	hushallFor(p: Person): { medlemmar: HushallsMedlem[]; registerledare: Personnummer } {
		return (
			this.forsok.state.hushall[p.pnr] ?? { medlemmar: p.hushall ?? [], registerledare: p.pnr }
		);
	}

	/** Spara in the tab Hushåll; the refusal as a sentence, or null when it was saved. */
	async sparaHushall(
		pnr: Personnummer,
		medlemmar: HushallsMedlem[],
		registerledare: Personnummer
	): Promise<string | null> {
		const u = await this.forsok.utfor({ typ: 'sparaHushall', pnr, medlemmar, registerledare });
		if (!u.ok) return u.fel;
		void this.mock.meddela('Hushållet är sparat.');
		return null;
	}

	/** The printer in Välj skrivare: the event, then the browser's own print dialog (E5). */
	async skrivUt(
		pnr: Personnummer,
		vad: Utskriftsslag,
		dokument: UtskrivetDokument[],
		mall: string,
		skrivare: string
	): Promise<string | null> {
		const u = await this.forsok.utfor({ typ: 'skrivUt', pnr, vad, dokument, mall, skrivare });
		return u.ok ? null : u.fel;
	}

	/** The star's Lägg till or Ta bort (E3). */
	async andraKundlista(pnr: Personnummer, atgard: 'laggTill' | 'taBort'): Promise<string | null> {
		const u = await this.forsok.utfor({ typ: 'andraKundlista', pnr, atgard });
		if (!u.ok) return u.fel;
		void this.mock.meddela(
			atgard === 'laggTill'
				? 'Kunden är tillagd i kundlistan.'
				: 'Kunden är borttagen ur kundlistan.'
		);
		return null;
	}

	/** The box infoga (E7). */
	async infoga(
		pnr: Personnummer,
		plats: Infogningsplats,
		dokumentId: string
	): Promise<string | null> {
		const u = await this.forsok.utfor({ typ: 'infogaDokument', pnr, plats, dokumentId });
		return u.ok ? null : u.fel;
	}
}
