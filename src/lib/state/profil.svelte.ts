import {
	aktivProfilId,
	listaProfiler,
	skapaProfil,
	STANDARDPROFIL,
	STANDARDPROFIL_ID,
	valjProfil,
	type LssDb,
	type ProfilRad
} from '$lib/db';

/**
 * Vem övar?: the profiles on this browser and which is active. The start page reads it and
 * calls the intents; what it shows changes only through them, each written to IndexedDB first.
 */
export class ProfilState {
	readonly #db: LssDb;
	#profiler = $state.raw<ProfilRad[]>([STANDARDPROFIL]);
	#aktivId = $state(STANDARDPROFIL_ID);
	#laddad = $state(false);
	/** Why the last intent was refused, in the trainee's words; null when it went through. */
	#fel = $state<string | null>(null);

	constructor(db: LssDb) {
		this.#db = db;
	}

	get profiler(): readonly ProfilRad[] {
		return this.#profiler;
	}
	get aktiv(): ProfilRad {
		return this.#profiler.find((p) => p.id === this.#aktivId) ?? STANDARDPROFIL;
	}
	get laddad(): boolean {
		return this.#laddad;
	}
	get fel(): string | null {
		return this.#fel;
	}

	/** Reads the profiles and the active one from the database. */
	async ladda(): Promise<void> {
		const [profiler, aktiv] = await Promise.all([listaProfiler(this.#db), aktivProfilId(this.#db)]);
		this.#profiler = profiler;
		this.#aktivId = aktiv;
		this.#laddad = true;
	}

	/** Creates a profile and makes it the active one; false (with `fel` set) when refused. */
	async skapa(namn: string): Promise<boolean> {
		try {
			const ny = await skapaProfil(this.#db, namn);
			await valjProfil(this.#db, ny.id);
			this.#fel = null;
			await this.ladda();
			return true;
		} catch (e) {
			this.#fel = meddelande(e);
			return false;
		}
	}

	/** Switches to another profile. */
	async valj(id: string): Promise<void> {
		try {
			await valjProfil(this.#db, id);
			this.#fel = null;
		} catch (e) {
			this.#fel = meddelande(e);
		}
		await this.ladda();
	}
}

/** A ProfilFel or a LagringsFel already says what to do; anything else is named as it came. */
function meddelande(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
