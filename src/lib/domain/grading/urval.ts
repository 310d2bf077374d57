import type { Handelse, HandelseTyp } from '../handelser';
import type { Kontext } from './typer';

export type HandelseAv<T extends HandelseTyp> = Extract<Handelse, { typ: T }>;

// Sorted by type once per attempt graded, not once per rule: grade() makes a new event list for
// each attempt, and no fact changes it, so the list itself is the key.
const perTyp = new WeakMap<readonly Handelse[], Map<HandelseTyp, Handelse[]>>();

/** The attempt's events of one type, in order. Shared between facts: read, never change. */
export function handelserAv<T extends HandelseTyp>(ctx: Kontext, typ: T): readonly HandelseAv<T>[] {
	let m = perTyp.get(ctx.handelser);
	if (!m) {
		m = new Map();
		for (const h of ctx.handelser) {
			const lista = m.get(h.typ);
			if (lista) lista.push(h);
			else m.set(h.typ, [h]);
		}
		perTyp.set(ctx.handelser, m);
	}
	return (m.get(typ) ?? []) as HandelseAv<T>[];
}

const minnen = new WeakMap<readonly Handelse[], Map<string, unknown>>();

/**
 * What `berakna` gives for this attempt and `nyckel`, worked out once per attempt graded: many
 * rules read the same list (the beslut saved in an utredning), which would otherwise be sought
 * out of every event once per rule. Shared between facts: read, never change.
 */
export function minne<T>(ctx: Kontext, nyckel: string, berakna: () => T): T {
	let m = minnen.get(ctx.handelser);
	if (!m) minnen.set(ctx.handelser, (m = new Map()));
	if (!m.has(nyckel)) m.set(nyckel, berakna());
	return m.get(nyckel) as T;
}
