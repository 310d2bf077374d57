/**
 * A small seeded random source. The world must be the same on every machine and every reload
 * (scenarios and tests name its people), so nothing here may touch Math.random.
 */
export class Slump {
	private s: number;

	constructor(seed: number) {
		this.s = seed >>> 0;
	}

	/** mulberry32: tiny, fast and good enough for picking names; not for anything secret. */
	nasta(): number {
		this.s = (this.s + 0x6d2b79f5) >>> 0;
		let t = this.s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both ends included. */
	heltal(min: number, max: number): number {
		return min + Math.floor(this.nasta() * (max - min + 1));
	}

	/** True with probability `p`. */
	chans(p: number): boolean {
		return this.nasta() < p;
	}

	/** One element, evenly. */
	valj<T>(lista: readonly T[]): T {
		if (lista.length === 0) throw new Error('valj: tom lista');
		return lista[Math.floor(this.nasta() * lista.length)];
	}

	/**
	 * One element, earlier ones more often (weight 1/(i+4)): name lists are ordered by how
	 * common the name is, so Andersson turns up more often than Åberg, as in the real register.
	 */
	valjVanligast<T>(lista: readonly T[]): T {
		if (lista.length === 0) throw new Error('valjVanligast: tom lista');
		let summa = 0;
		for (let i = 0; i < lista.length; i++) summa += 1 / (i + 4);
		let r = this.nasta() * summa;
		for (let i = 0; i < lista.length; i++) {
			r -= 1 / (i + 4);
			if (r <= 0) return lista[i];
		}
		return lista[lista.length - 1];
	}

	/** A shuffled copy (Fisher–Yates); the input is left alone. */
	blanda<T>(lista: readonly T[]): T[] {
		const ut = [...lista];
		for (let i = ut.length - 1; i > 0; i--) {
			const j = Math.floor(this.nasta() * (i + 1));
			[ut[i], ut[j]] = [ut[j], ut[i]];
		}
		return ut;
	}
}
