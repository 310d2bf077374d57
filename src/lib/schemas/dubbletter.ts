import type { Handelse } from '../domain/handelser';
import type { Startlage } from '../domain/projektion';

/**
 * Two things with the same id (two aktualiseringar `akt-1`) break every list keyed by id: the
 * attempt can then not be shown. It happened when two tabs saved the same attempt; it can happen
 * in a hand-edited file. Only the events that create something are read here: saving a text
 * or a kontakt again under its id changes it, and that is no duplicate.
 */
export interface Dubblett {
	/** The id given twice, e.g. `akt-1`. */
	id: string;
	/** What it names, in the trainee's words: `aktualiseringen`. */
	vad: string;
	/** 1-based place in the event list of the event that gave it the second time. */
	nummer: number;
	typ: Handelse['typ'];
	/** 1-based place of the event that gave it first; absent: the scenario's start state had it. */
	forstaNummer?: number;
}

type Slag =
	| 'aktualisering'
	| 'utredning'
	| 'beslut'
	| 'bestallning'
	| 'verkstallighet'
	| 'anteckning'
	| 'bedomning'
	| 'bevakning';

const VAD: Record<Slag, string> = {
	aktualisering: 'aktualiseringen',
	utredning: 'utredningen',
	beslut: 'beslutet',
	bestallning: 'beställningen',
	verkstallighet: 'verkställigheten',
	anteckning: 'anteckningen',
	bedomning: 'bedömningen',
	bevakning: 'bevakningen'
};

/** The ids an event creates, by kind; none for events that change or look. */
function skapade(h: Handelse): [Slag, string][] {
	switch (h.typ) {
		case 'AktualiseringSparad':
			return [['aktualisering', h.aktualisering.id]];
		case 'UtredningInledd':
			return [['utredning', h.utredning.id]];
		case 'BeslutSparade':
			return h.beslut.map((b): [Slag, string] => ['beslut', b.id]);
		case 'BestallningSparad':
			return [['bestallning', h.bestallning.id]];
		case 'VerkstallighetSkapad':
			return [['verkstallighet', h.verkstallighet.id]];
		case 'TexterInklistrade':
			return h.anteckningar.map((a): [Slag, string] => ['anteckning', a.id]);
		case 'BedomningSparad':
			return [['bedomning', h.bedomning.id]];
		case 'BevakningLagd':
			return [['bevakning', h.bevakning.id]];
		default:
			return [];
	}
}

/** The start state's own ids, which no event may create again. */
function startensIds(start: Startlage): [Slag, string][] {
	const ur = (slag: Slag, lista: { id: string }[] | undefined): [Slag, string][] =>
		(lista ?? []).map((x) => [slag, x.id]);
	return [
		...ur('aktualisering', start.aktualiseringar),
		...ur('utredning', start.utredningar),
		...ur('beslut', start.beslut),
		...ur('bestallning', start.bestallningar),
		...ur('verkstallighet', start.verkstalligheter),
		...ur('anteckning', start.anteckningar),
		...ur('bedomning', start.bedomningar),
		...ur('bevakning', start.bevakningar)
	];
}

/**
 * The first id given twice in `handelser` (or given by an event when the start state has it),
 * else null. Pure and linear; an anteckning saved by AnteckningSparad and then pasted under the
 * same id also counts, since both then stand in the list.
 */
export function hittaDubblett(
	handelser: readonly Handelse[],
	start: Startlage = {}
): Dubblett | null {
	const sedda = new Map<string, number | undefined>();
	const nyckel = (slag: Slag, id: string) => `${slag}\u0000${id}`;
	for (const [slag, id] of startensIds(start)) sedda.set(nyckel(slag, id), undefined);
	for (let i = 0; i < handelser.length; i++) {
		const h = handelser[i];
		const nya = skapade(h);
		// AnteckningSparad creates its text the first time and changes it after: only a paste of a
		// text already there, or two in one event, is a duplicate
		if (h.typ === 'AnteckningSparad') {
			const k = nyckel('anteckning', h.anteckning.id);
			if (!sedda.has(k)) sedda.set(k, i + 1);
			continue;
		}
		for (const [slag, id] of nya) {
			const k = nyckel(slag, id);
			if (sedda.has(k)) {
				const forsta = sedda.get(k);
				return {
					id,
					vad: VAD[slag],
					nummer: i + 1,
					typ: h.typ,
					...(forsta !== undefined ? { forstaNummer: forsta } : {})
				};
			}
			sedda.set(k, i + 1);
		}
	}
	return null;
}

/** The trainee's sentence for a duplicate: what, which id, which events, what to do. */
export function beskrivDubblett(d: Dubblett, kalla?: string): string {
	const forst = d.forstaNummer !== undefined ? `händelse ${d.forstaNummer}` : 'övningens startläge';
	return `${kalla ? `${kalla}: ` : ''}försöket har två med samma id: ${d.vad} ${d.id} finns redan (${forst}) och ges igen av händelse ${d.nummer} (${d.typ}). Det händer när samma försök sparats från två flikar samtidigt, eller när filen ändrats för hand. Försöket kan inte visas; starta ett nytt försök.`;
}
