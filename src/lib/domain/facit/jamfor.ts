import type { Facit, Steg, Variant } from '../../schemas/facit';

/**
 * Recorded steps against a facit's: which step of the one is which of the other, so a recording
 * keeps the facit's ids and whys (its variants still point at the right steps) and a recorded
 * wrong path becomes a variant written as its difference from the facit, not a copy.
 */

type Falt = Record<string, string | boolean>;

/** The step without its id and why: what is done, and where. */
export function handlingen(s: Steg): Steg {
	const kopia: Partial<Steg> & Record<string, unknown> = { ...s };
	delete kopia.id;
	delete kopia.varfor;
	if (!kopia.i?.length) delete kopia.i;
	return kopia as Steg;
}

/** JSON with every object's keys sorted: a read step and a recorded one list keys differently. */
function kanonisk(v: unknown): string {
	return JSON.stringify(v, (_k, x: unknown) =>
		x && typeof x === 'object' && !Array.isArray(x)
			? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: x
	);
}

/** Same data, whatever the key order; but a fyll's fields in order, since fyll fills in order. */
const lika = (a: unknown, b: unknown) =>
	kanonisk(a) === kanonisk(b) && faltordning(a) === faltordning(b);

function faltordning(v: unknown): string {
	return v && typeof v === 'object' && 'fyll' in v ? Object.keys(v.fyll as object).join('\0') : '';
}

/** Whether two steps do the same thing at the same place (the fields of a fyll aside). */
function sammaPlats(a: Steg, b: Steg): boolean {
	if ('fyll' in a && 'fyll' in b) {
		if (!lika(a.i ?? [], b.i ?? [])) return false;
		const ak = Object.keys(a.fyll);
		return Object.keys(b.fyll).some((k) => ak.includes(k));
	}
	return lika(handlingen(a), handlingen(b));
}

type Par = { f: number; r: number };

/** The longest run of steps the two lists share in order (classic LCS on sammaPlats). */
function parning(f: readonly Steg[], r: readonly Steg[]): Par[] {
	const n = f.length;
	const m = r.length;
	const t = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			t[i][j] = sammaPlats(f[i], r[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
	const par: Par[] = [];
	for (let i = 0, j = 0; i < n && j < m;) {
		if (sammaPlats(f[i], r[j])) par.push({ f: i++, r: j++ });
		else if (t[i + 1][j] >= t[i][j + 1]) i++;
		else j++;
	}
	return par;
}

/**
 * The recorded steps with the id and why of the facit step each one is (when it does exactly
 * what that step does), so Spela in facit over an existing facit keeps what refers to it.
 */
export function medFacitetsIdn(inspelade: readonly Steg[], facit: readonly Steg[]): Steg[] {
	const ut = inspelade.map(handlingen);
	for (const { f, r } of parning(facit, inspelade)) {
		if (!lika(handlingen(facit[f]), ut[r])) continue;
		const { id, varfor } = facit[f];
		ut[r] = { ...(id ? { id } : {}), ...ut[r], ...(varfor ? { varfor } : {}) } as Steg;
	}
	return ut;
}

/** A recorded wrong path that cannot be written as a variant of this facit, and why. */
export class VariantSkillnadFel extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'VariantSkillnadFel';
	}
}

/** `falt` for a fyll step: the new and changed fields, and null for those left out. */
function faltSkillnad(f: Falt, r: Falt): Record<string, string | boolean | null> | null {
	const ut: Record<string, string | boolean | null> = {};
	for (const k of Object.keys(f)) if (!(k in r)) ut[k] = null;
	for (const [k, v] of Object.entries(r)) if (f[k] !== v) ut[k] = v;
	// falt keeps the facit's order and adds new fields at the end: another order needs byt
	const blir = [
		...Object.keys(f).filter((k) => k in r),
		...Object.keys(r).filter((k) => !(k in f))
	];
	return lika(blir, Object.keys(r)) ? ut : null;
}

function utanIdn(steg: readonly Steg[]): Steg[] {
	return steg.map(handlingen);
}

/**
 * The variant that gives `inspelade` from `facit`'s steps, in the variant format (falt,
 * ta-bort, fore, efter, sluta-efter): checked by applying it. A difference at a step with no id
 * cannot be named, and is refused with the step to give an id.
 */
export function variantAv(
	facit: Facit,
	inspelade: readonly Steg[],
	beskrivning: string,
	fel: Variant['fel'],
	tillampa: (f: Facit, v: Variant) => Steg[]
): Variant {
	const f = facit.steg;
	const par = parning(f, inspelade);
	const v: Variant = { beskrivning, fel };
	const saknarId = (i: number) =>
		new VariantSkillnadFel(
			`Felvarianten skiljer sig från facit vid facitets steg ${i + 1}, som saknar id; ge steget ett id i facit.yaml (id: …) och spela in felvarianten igen.`
		);
	const falt: NonNullable<Variant['falt']> = {};
	const byt: NonNullable<Variant['byt']> = {};
	const taBort: string[] = [];
	const fore: NonNullable<Variant['fore']> = {};
	const efter: NonNullable<Variant['efter']> = {};
	let sistaParF = -1;
	let sistaParR = -1;
	const insatta = (fran: number, till: number) => inspelade.slice(fran, till).map(handlingen);
	const idFor = (i: number): string => {
		const id = f[i].id;
		if (!id) throw saknarId(i);
		return id;
	};
	for (const { f: fi, r: ri } of [...par, { f: f.length, r: inspelade.length }]) {
		const nya = insatta(sistaParR + 1, ri);
		const borta = Array.from({ length: fi - sistaParF - 1 }, (_, k) => sistaParF + 1 + k);
		const slutet = fi === f.length;
		const forraId = sistaParF >= 0 ? f[sistaParF].id : undefined;
		if (slutet && borta.length > 0 && forraId) {
			// the rest of the facit left undone (and other steps done instead)
			const id = forraId;
			v['sluta-efter'] = id;
			if (nya.length) (efter[id] ??= []).push(...nya);
		} else {
			for (const b of borta) taBort.push(idFor(b));
			if (nya.length) {
				const forra = borta.length ? borta[borta.length - 1] : sistaParF;
				if (!slutet && f[fi].id) (fore[f[fi].id] ??= []).push(...nya);
				else if (forra >= 0) (efter[idFor(forra)] ??= []).push(...nya);
				else throw saknarId(fi);
			}
		}
		if (!slutet) {
			const fs = f[fi];
			const rs = inspelade[ri];
			if ('fyll' in fs && 'fyll' in rs && !lika(fs.fyll, rs.fyll)) {
				const d = faltSkillnad(fs.fyll, rs.fyll);
				if (!fs.id) throw saknarId(fi);
				if (d) falt[fs.id] = d;
				else byt[fs.id] = [handlingen(rs)];
			}
		}
		sistaParF = fi;
		sistaParR = ri;
	}
	if (Object.keys(falt).length) v.falt = falt;
	if (Object.keys(byt).length) v.byt = byt;
	if (taBort.length) v['ta-bort'] = taBort;
	if (Object.keys(fore).length) v.fore = fore;
	if (Object.keys(efter).length) v.efter = efter;
	if (!lika(utanIdn(tillampa(facit, v)), utanIdn(inspelade)))
		throw new VariantSkillnadFel(
			'Felvarianten kunde inte skrivas som en skillnad mot facit; spela in den igen, eller skriv den i facit.yaml för hand.'
		);
	return v;
}
