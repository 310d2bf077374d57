/**
 * One own scenario in the editor (Scenarioverkstad, /verkstad/[id]): its two files as typed,
 * the scenario check over them as the trainer types (debounced), the brief's preview, saving,
 * and Prova. The check is the one `npm run scenario -- check` runs, in a worker
 * (verkstad-arbetare.ts), so this module, on the editor's page, holds none of it.
 *
 * Nothing typed is lost to a reload: every change is written at once to sessionStorage (a
 * synchronous write, as the exercise's screen drafts are) and, a moment later, to IndexedDB
 * (`egnaScenarier`); the draft is read first when the page opens again in the same tab.
 */
// the modules, not the $lib/db barrel, so the editor's page shares no chunk with the runner's
import type { EgetScenarioRad, LssDb } from '$lib/db/db';
import { hamtaEgetScenario, raderaEgetScenario, sparaEgnaFiler } from '$lib/db/egna-scenarier';
import { skapaForsok } from '$lib/db/forsok';
import { lagringsmeddelande } from '$lib/db/lagringsfel';
import { renderaBrief } from '$lib/content/brief';
import { briefAv } from '$lib/content/frontmatter';
import type { Lage } from '$lib/domain/lage';
import type { Granskning, Problem } from '$lib/verkstad/granska';
import { granskaEget } from './verkstad-arbetare';
import { FACIT_FORSOK } from '$lib/schemas/variantnamn';
import { PAUS_MS } from '$lib/verkstad/paus';

export type { Problem };
/** The files the editor shows; the rest (recorded attempts) are kept as they are. */
export type Fil = 'index.md' | 'facit.yaml';

const utkastNyckel = (id: string) => `verkstad-utkast:${id}`;

function lasUtkast(id: string): Record<string, string> | null {
	try {
		const t = sessionStorage.getItem(utkastNyckel(id));
		return t ? (JSON.parse(t) as Record<string, string>) : null;
	} catch {
		return null;
	}
}

export class VerkstadState {
	readonly id: string;
	readonly #db: LssDb;
	#filer = $state<Record<string, string>>({});
	#kontroll = $state<Granskning | null>(null);
	#kontrollerad = $state<Granskning | null>(null);
	#sparat = $state(true);
	#fel = $state<string | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#korning = 0;

	private constructor(db: LssDb, rad: EgetScenarioRad) {
		this.#db = db;
		this.id = rad.id;
		const utkast = lasUtkast(rad.id);
		this.#filer = { ...rad.filer, ...(utkast ?? {}) };
		this.#sparat = !utkast;
	}

	/** The scenario as saved (with this tab's unsaved draft over it), or null when there is none. */
	static async oppna(db: LssDb, id: string): Promise<VerkstadState | null> {
		const rad = await hamtaEgetScenario(db, id);
		if (!rad) return null;
		const s = new VerkstadState(db, rad);
		await s.kontrollera();
		if (!s.#sparat) await s.spara();
		return s;
	}

	text(fil: Fil): string {
		return this.#filer[fil] ?? '';
	}
	get filer(): Readonly<Record<string, string>> {
		return this.#filer;
	}
	/** Every problem the latest check found, in the check's order. */
	get problem(): readonly Problem[] {
		return this.#kontroll?.problem ?? [];
	}
	get kontrollerad(): boolean {
		return this.#kontroll !== null;
	}
	/** What Kontrollera found when last pressed (null before). */
	get kontrollResultat(): Granskning | null {
		return this.#kontrollerad;
	}
	get sparat(): boolean {
		return this.#sparat;
	}
	get fel(): string | null {
		return this.#fel;
	}
	/** The brief rendered and sanitised as the runner shows an own scenario's. */
	get forhandsvisning(): string {
		const brief = briefAv(this.text('index.md'));
		return brief === null ? '' : renderaBrief(brief);
	}
	/** The scenario, when the check read it; Prova needs it and no problem. */
	get kanProvas(): boolean {
		return this.#kontroll?.version != null && this.#kontroll.problem.length === 0;
	}
	/** Visa and Guidad play the facit's recording: `attempts/pass-facit.json` and its counts. */
	get harInspelning(): boolean {
		return this.#kontroll?.harInspelning ?? false;
	}

	/** The variants with a recorded attempt (`attempts/<name>.json`), in the files' order. */
	get inspeladeVarianter(): string[] {
		return Object.keys(this.#filer).flatMap((f) => {
			const namn = /^attempts\/((?:pass|fail)-[^.]+)\.json$/.exec(f)?.[1];
			return namn && namn !== FACIT_FORSOK ? [namn] : [];
		});
	}

	/** The trainer typed: keep it at once, check and save when typing pauses. */
	andra(fil: Fil, text: string): void {
		if (this.#filer[fil] === text) return;
		this.#filer = { ...this.#filer, [fil]: text };
		this.#sparat = false;
		try {
			sessionStorage.setItem(
				utkastNyckel(this.id),
				JSON.stringify({ 'index.md': this.text('index.md'), 'facit.yaml': this.text('facit.yaml') })
			);
		} catch {
			// a full sessionStorage: IndexedDB below still keeps it
		}
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			void this.kontrollera();
			void this.spara();
		}, PAUS_MS);
	}

	/**
	 * Files written from outside the editor (a recorder's attempts, a pack), merged over what is
	 * here and saved. The seam for "Spela in facit" and "Spara läget som startläge".
	 */
	async ersattFiler(filer: Record<string, string>): Promise<void> {
		this.#filer = { ...this.#filer, ...filer };
		this.#sparat = false;
		await Promise.all([this.kontrollera(), this.spara()]);
	}

	/** The whole check over the files as they are now; a later run wins over an earlier one. */
	async kontrollera(): Promise<Granskning> {
		const nr = ++this.#korning;
		// read each time: an export (the list page's, another tab's) sets a version's baseline
		const utgivna = (await hamtaEgetScenario(this.#db, this.id))?.utgivna ?? {};
		const k = await granskaEget(this.id, this.#filer, utgivna);
		if (nr === this.#korning) this.#kontroll = k;
		return k;
	}

	/** Kontrollera: the check at once, its result kept to be shown as the check's answer. */
	async kontrolleraNu(): Promise<void> {
		this.#kontrollerad = await this.kontrollera();
	}

	async spara(): Promise<void> {
		clearTimeout(this.#timer);
		const filer = { 'index.md': this.text('index.md'), 'facit.yaml': this.text('facit.yaml') };
		const alla = { ...this.#filer };
		try {
			await sparaEgnaFiler(this.#db, this.id, alla);
			this.#fel = null;
			// Saved what the draft holds: the draft may go, unless the trainer typed meanwhile
			if (
				filer['index.md'] === this.text('index.md') &&
				filer['facit.yaml'] === this.text('facit.yaml')
			) {
				this.#sparat = true;
				sessionStorage.removeItem(utkastNyckel(this.id));
			}
		} catch (e) {
			this.#fel = `Kunde inte spara: ${lagringsmeddelande(e)} Det du skrivit finns kvar i fliken.`;
		}
	}

	/**
	 * Spela in facit / Spela in felvariant: saves, then starts a recording attempt of the scenario
	 * from its start state: the attempt's id, or why not. The facit needs only an index.md that
	 * reads (a new scenario's facit is what is recorded); a variant is the facit's diff, so it
	 * needs a recorded facit.
	 */
	async spelaIn(
		slag: 'facit' | { variant: string }
	): Promise<{ forsok: string } | { fel: string }> {
		await this.spara();
		const k = await this.kontrollera();
		if (this.#fel) return { fel: this.#fel };
		if (k.version === null)
			return { fel: 'Rätta index.md först: scenariot måste gå att läsa för att spelas in.' };
		if (slag !== 'facit' && !k.harInspelning)
			return {
				fel: 'En felvariant jämförs med facit: spela in facit först (Spela in facit), sedan felvarianten.'
			};
		const f = await skapaForsok(this.#db, this.id, k.version, undefined, 'visa', undefined, slag);
		return { forsok: f.id };
	}

	/** Ta bort scenariot: the scenario and this tab's draft of it go; nothing is saved after. */
	async taBort(): Promise<void> {
		clearTimeout(this.#timer);
		await raderaEgetScenario(this.#db, this.id);
		sessionStorage.removeItem(utkastNyckel(this.id));
	}

	/** Prova: saves, then starts an attempt at the scenario in `lage`; the attempt's id. */
	async prova(lage: Lage): Promise<string | null> {
		await this.spara();
		const k = await this.kontrollera();
		if (k.version === null || k.problem.length > 0 || this.#fel) return null;
		const f = await skapaForsok(this.#db, this.id, k.version, undefined, lage);
		return f.id;
	}
}
