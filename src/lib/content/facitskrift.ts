import { Document, isMap, isSeq } from 'yaml';
import type { Facit, Mal, Steg, Variant } from '../schemas/facit';

/**
 * A facit as facit.yaml text, in the format docs/scenario-format.md describes and lasFacit reads
 * (Spela in facit, Spela in felvariant): each step's id first, then what is done, then `i` and
 * `varfor`; controls as `{ knapp: Spara }` on one line, as the shipped files write them.
 */

type Data = Record<string, unknown>;

function malData(m: Mal): Data {
	return { [m.roll]: m.namn, ...(m.nr ? { nr: m.nr } : {}) };
}

function stegData(s: Steg): Data {
	const ut: Data = s.id ? { id: s.id } : {};
	if ('klicka' in s) ut.klicka = malData(s.klicka);
	else if ('dubbelklicka' in s) ut.dubbelklicka = malData(s.dubbelklicka);
	else if ('hogerklicka' in s) {
		ut.hogerklicka = malData(s.hogerklicka);
		ut.valj = s.valj;
	} else ut.fyll = { ...s.fyll };
	if (s.i?.length) ut.i = s.i.length === 1 ? malData(s.i[0]) : s.i.map(malData);
	if (s.varfor) ut.varfor = s.varfor;
	return ut;
}

function stegLista(l: readonly Steg[]): Data | Data[] {
	return l.length === 1 ? stegData(l[0]) : l.map(stegData);
}

function perId<T, U>(o: Record<string, T> | undefined, f: (t: T) => U): Data | undefined {
	return o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)])) : undefined;
}

/** A variant as facit.yaml writes it: only the keys it uses. */
function variantData(v: Variant): Data {
	const ut: Data = { beskrivning: v.beskrivning };
	if (v.falt) ut.falt = v.falt;
	if (v.byt) ut.byt = perId(v.byt, stegLista);
	if (v['ta-bort']?.length) ut['ta-bort'] = v['ta-bort'];
	if (v.fore) ut.fore = perId(v.fore, stegLista);
	if (v.efter) ut.efter = perId(v.efter, stegLista);
	if (v['sluta-efter']) ut['sluta-efter'] = v['sluta-efter'];
	if (v.fel.length) ut.fel = v.fel;
	return ut;
}

function flow(n: unknown): void {
	if (isMap(n) || isSeq(n)) n.flow = true;
}

/** A control, each area of `i` and a fyll of at most two fields on one line. */
function stegNod(n: unknown): void {
	if (isSeq(n)) return n.items.forEach(stegNod);
	if (!isMap(n)) return;
	for (const k of ['klicka', 'dubbelklicka', 'hogerklicka']) flow(n.get(k, true));
	const i = n.get('i', true);
	if (isSeq(i)) i.items.forEach(flow);
	else flow(i);
	const f = n.get('fyll', true);
	if (isMap(f) && f.items.length <= 2) flow(f);
}

function variantNod(v: unknown): void {
	if (!isMap(v)) return;
	for (const k of ['byt', 'fore', 'efter']) {
		const m = v.get(k, true);
		if (isMap(m)) for (const p of m.items) stegNod(p.value);
	}
	const falt = v.get('falt', true);
	if (isMap(falt))
		for (const p of falt.items) if (isMap(p.value) && p.value.items.length <= 2) flow(p.value);
	flow(v.get('ta-bort', true));
	const fel = v.get('fel', true);
	if (isSeq(fel)) {
		fel.items.forEach(flow);
		if (fel.items.every((x) => !isMap(x))) flow(fel);
	}
}

/** facit.yaml's text for these steps and variants; lasFacit reads it back to the same facit. */
export function facitYaml(facit: Pick<Facit, 'steg'> & Partial<Pick<Facit, 'varianter'>>): string {
	const data: Data = { steg: facit.steg.map(stegData) };
	const varianter = Object.entries(facit.varianter ?? {});
	if (varianter.length)
		data.varianter = Object.fromEntries(varianter.map(([n, v]) => [n, variantData(v)]));
	const doc = new Document(data);
	stegNod(doc.get('steg', true));
	const v = doc.get('varianter', true);
	if (isMap(v)) for (const p of v.items) variantNod(p.value);
	return doc.toString({ lineWidth: 100, singleQuote: true, flowCollectionPadding: true });
}

/** One variant as the `varianter:` entry facit.yaml holds it, for the editor to add. */
export function variantYaml(namn: string, v: Variant): string {
	const doc = new Document({ varianter: { [namn]: variantData(v) } });
	const m = doc.get('varianter', true);
	if (isMap(m)) for (const p of m.items) variantNod(p.value);
	return doc.toString({ lineWidth: 100, singleQuote: true, flowCollectionPadding: true });
}
