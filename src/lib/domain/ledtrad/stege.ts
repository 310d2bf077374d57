import { beskrivPlats, beskrivSteg } from '../facit/beskrivning';
import type { Fynd } from '../grading/typer';
import type { Steg } from '../../schemas/facit';
import { FRAN_START } from './kravordning';

/** The four rungs of the hint ladder, one at a time: principle, rule, where, answer. */
export const STEGEN = [1, 2, 3, 4] as const;
export type Pinne = (typeof STEGEN)[number];

export const PINNRUBRIK: Record<Pinne, string> = {
	1: 'Principen',
	2: 'Regeln',
	3: 'Var',
	4: 'Svaret'
};

export interface Ledtrad {
	pinne: Pinne;
	rubrik: string;
	text: string;
	/** Rung 1: the manual's section and sentence, for the link into the manual. */
	avsnitt?: string;
	citat?: string;
	/** Rungs 3 and 4: the facit step whose control to highlight. */
	markera?: Steg;
	/** Rung 4: the steps that meet the requirement, as the manual would tell them. */
	steg?: string[];
}

/**
 * The facit steps that meet a requirement: from the step after the previous one that stored
 * something up to the step `k` after which the rule is met (a Spara, say, with the fields filled
 * before it). Empty for a requirement met from the start.
 */
export function stegenFor(k: number, granser: readonly number[]): number[] {
	if (k === FRAN_START || !Number.isFinite(k)) return [];
	const fore = (j: number) => (j > 0 ? granser[j - 1] : 0);
	let start = k;
	while (start > 0 && fore(start - 1) === fore(k)) start--;
	return Array.from({ length: k - start + 1 }, (_, i) => start + i);
}

const norm = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** The words a step puts on screen: its values and the controls it names. */
function stegetsOrd(s: Steg): string[] {
	if ('fyll' in s) return Object.values(s.fyll).flatMap((v) => (typeof v === 'string' ? [v] : []));
	const m = 'klicka' in s ? s.klicka : 'dubbelklicka' in s ? s.dubbelklicka : s.hogerklicka;
	return ['valj' in s ? s.valj : '', m.namn.replace(/\*$/, '')].filter(Boolean);
}

/**
 * Of the steps that meet a requirement, the one that carries what the rule expects (the field
 * with the expected value, the node named as expected); else the first, where the work starts.
 */
export function karnsteget(fynd: Fynd, steg: readonly Steg[], index: number[]): number | undefined {
	const vantat = norm(fynd.forvantat);
	// The longest word that matches wins: "Stödfamilj 2" over the button "Insatser"
	let basta: { j: number; langd: number } | undefined;
	for (const j of index)
		for (const o of stegetsOrd(steg[j])) {
			const ord = norm(o);
			if (ord.length > 1 && (vantat.includes(ord) || ord.includes(vantat)))
				if (!basta || ord.length > basta.langd) basta = { j, langd: ord.length };
		}
	return basta?.j ?? index[0];
}

/**
 * The rung `pinne` of the ladder for a requirement: what a handläggare beside the trainee would
 * say, from the vaguest (where the manual says it) to the answer. `k` is the facit step after
 * which the rule is met (kravensSteg); `steg` and `granser` are the facit's.
 */
export function ledtrad(
	pinne: Pinne,
	fynd: Fynd,
	k: number,
	steg: readonly Steg[],
	granser: readonly number[]
): Ledtrad {
	const rubrik = PINNRUBRIK[pinne];
	const index = stegenFor(k, granser);
	const karna = karnsteget(fynd, steg, index);
	switch (pinne) {
		case 1:
			return {
				pinne,
				rubrik,
				text: fynd.manualcitat
					? `Manualen, ${fynd.avsnitt}: ”${fynd.manualcitat}”`
					: `Läs avsnittet ${fynd.avsnitt} i manualen.`,
				avsnitt: fynd.avsnitt,
				...(fynd.manualcitat ? { citat: fynd.manualcitat } : {})
			};
		case 2:
			return {
				pinne,
				rubrik,
				text: `Det som ska stämma: ${fynd.vad}. Manualen säger: ${fynd.forvantat}. Nu: ${fynd.hittat}.`
			};
		case 3:
			return karna === undefined
				? {
						pinne,
						rubrik,
						text: `Det stämde från början, och något du har gjort under ${fynd.avsnitt} ändrade det. Se efter vad du har gjort där.`
					}
				: {
						pinne,
						rubrik,
						text: `Det görs ${beskrivPlats(steg[karna])}. Kontrollen är markerad på skärmen när den syns.`,
						markera: steg[karna]
					};
		case 4:
			return {
				pinne,
				rubrik,
				text:
					index.length === 0
						? `Manualen säger: ${fynd.forvantat}.`
						: index.length === 1
							? beskrivSteg(steg[index[0]])
							: `Gör så här, i ordning:`,
				steg: index.length > 1 ? index.map((j) => beskrivSteg(steg[j])) : undefined,
				...(karna !== undefined ? { markera: steg[karna] } : {})
			};
	}
}
