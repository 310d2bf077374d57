// The lists of a state during one batch of the projection (projektor.ts): copied on first write,
// with positions by id kept as they change, so an event costs what it touches.

/** Positions by key in one list. Ids are unique from commands, but a forged import may repeat one. */
export class Platser {
	readonly #m = new Map<string, number[]>();
	lagg(nyckel: string, i: number): void {
		const p = this.#m.get(nyckel);
		if (p) p.push(i);
		else this.#m.set(nyckel, [i]);
	}
	alla(nyckel: string): readonly number[] {
		return this.#m.get(nyckel) ?? [];
	}
	har(nyckel: string): boolean {
		return this.#m.has(nyckel);
	}
}

/**
 * One list of the state during a batch: copied the first time it is written (never before, so
 * the state given in is left as it was), with its positions by id built the first time they are
 * asked for and kept up to date after. Each event then costs what it touches, not the list.
 */
export class Lista<T extends { id: string }> {
	/** Shared with the state given in until `#egen`; handed to the new state at the end. */
	#lista: T[];
	#egen = false;
	#platser: Platser | undefined;

	constructor(lista: readonly T[]) {
		this.#lista = lista as T[];
	}

	get varde(): T[] {
		return this.#lista;
	}
	get andrad(): boolean {
		return this.#egen;
	}

	#skrivbar(): T[] {
		if (!this.#egen) {
			this.#lista = [...this.#lista];
			this.#egen = true;
		}
		return this.#lista;
	}

	/** Every position of `id`, in list order. */
	platser(id: string): readonly number[] {
		if (!this.#platser) {
			const p = new Platser();
			this.#lista.forEach((x, i) => p.lagg(x.id, i));
			this.#platser = p;
		}
		return this.#platser.alla(id);
	}

	/** The first with `id`, as `find` would give it. */
	hitta(id: string): T | undefined {
		const i = this.platser(id)[0];
		return i === undefined ? undefined : this.#lista[i];
	}

	lagg(nya: readonly T[]): void {
		const l = this.#skrivbar();
		for (const x of nya) {
			this.#platser?.lagg(x.id, l.length);
			l.push(x);
		}
	}

	satt(i: number, x: T): void {
		this.#skrivbar()[i] = x;
	}

	/** Every one with `id` replaced by `f` of it, as `map` over the list would. */
	andra(id: string, f: (x: T) => T): void {
		for (const i of this.platser(id)) this.satt(i, f(this.#lista[i]));
	}

	/** Every one with `id` taken out, as `filter` would; positions are built anew when asked. */
	taBort(id: string): void {
		if (!this.platser(id).length) return;
		this.#lista = this.#lista.filter((x) => x.id !== id);
		this.#egen = true;
		this.#platser = undefined;
	}
}
