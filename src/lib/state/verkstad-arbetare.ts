/**
 * The editor's side of its worker (verkstad.worker.ts): a question, then a promise of its
 * answer. In unit tests (no Worker in Node) the same answers are computed here; the app's bundle
 * never holds the check.
 */
import type { Filer } from '$lib/content/kontroll-filer';
import type { Granskning, VerkstadFraga, VerkstadSvar } from '$lib/verkstad/granska';
import type { Forslagslistor } from '$lib/verkstad/komplettering';

type Fraga = VerkstadFraga extends infer F
	? F extends { nr: number }
		? Omit<F, 'nr'>
		: never
	: never;

let arbetare: Worker | undefined;
let nr = 0;
const vantande = new Map<number, (s: VerkstadSvar) => void>();

async function fraga(f: Fraga): Promise<VerkstadSvar> {
	const fragan = { ...f, nr: ++nr } as VerkstadFraga;
	// `MODE` is replaced at build time, so the page's bundle holds no import of the check
	if (import.meta.env.MODE === 'test') return (await import('$lib/verkstad/granska')).svara(fragan);
	if (!arbetare) {
		arbetare = new Worker(new URL('./verkstad.worker.ts', import.meta.url), { type: 'module' });
		arbetare.onmessage = (e: MessageEvent<VerkstadSvar>) => {
			vantande.get(e.data.nr)?.(e.data);
			vantande.delete(e.data.nr);
		};
	}
	const w = arbetare;
	return new Promise((svar) => {
		vantande.set(fragan.nr, svar);
		w.postMessage(fragan);
	});
}

/** The whole scenario check of an own scenario, each problem with its place. */
export async function granskaEget(
	id: string,
	filer: Filer,
	utgivna: Readonly<Record<string, string>> = {}
): Promise<Granskning> {
	const s = await fraga({ slag: 'granska', id, filer: { ...filer }, utgivna: { ...utgivna } });
	if ('fel' in s) throw new Error(s.fel);
	if (!('granskning' in s)) throw new Error('Fel svar från kontrollen.');
	return s.granskning;
}

/** The completion lists and the free personnummer. */
export async function forslagslistor(
	levererade: readonly string[],
	egna: readonly string[]
): Promise<Forslagslistor> {
	const s = await fraga({ slag: 'listor', levererade: [...levererade], egna: [...egna] });
	if ('fel' in s) throw new Error(s.fel);
	if (!('listor' in s)) throw new Error('Fel svar från kontrollen.');
	return s.listor;
}
