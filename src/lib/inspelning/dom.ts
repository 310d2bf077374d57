/**
 * The recorder's ears: listens in the capture phase to what the trainer does in the mock and
 * writes each action as a facit step, its control named by role and accessible name. A step is
 * written only when Visa's own search (visa/dom.ts: hittaNu, faltet) finds the very control the
 * trainer used with it, so the role and name logic is Visa's, and what is recorded plays back.
 * The area (`i`) is added only when the name alone is ambiguous, innermost area first.
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { ROLLER, type Mal, type Roll } from '$lib/schemas/roller';
import type { Steg } from '$lib/schemas/facit';
import { allaMed, faltet, FALTROLLER, hittaNu } from '$lib/visa/dom';

/** What the recorder hears: a step, a field's new value, or why an action could not be written. */
export type Inspelat =
	| { slag: 'steg'; steg: Steg; el: Element }
	/** A double-click: replaces the clicks on the same control just before it. */
	| { slag: 'dubbel'; steg: Steg; el: Element }
	| { slag: 'falt'; etikett: string; varde: string | boolean; i?: Mal[]; el: Element }
	| { slag: 'ej'; orsak: string };

/** The facit's role for an ARIA role: a control is written so. */
const ROLL_FOR: Record<string, Roll> = Object.fromEntries(
	Object.entries(ROLLER).map(([roll, aria]) => [aria, roll as Roll])
);

/** Roles a click is written for; a click elsewhere (a label, the page) is no step. */
const KLICKROLLER = ['button', 'tab', 'treeitem', 'menuitem', 'row', 'option', 'link'];
/** Areas a name can be made unique in, as `i` writes them. */
const OMRADEN = [
	'dialog',
	'region',
	'tabpanel',
	'tablist',
	'toolbar',
	'tree',
	'table',
	'listbox',
	'group'
];

function namn(el: Element): string {
	return computeAccessibleName(el).trim();
}

/** The nearest element from `el` up whose role is one of `roller`. */
function narmaste(el: Element | null, roller: readonly string[]): Element | null {
	for (let e = el; e; e = e.parentElement) if (roller.includes(getRole(e) ?? '')) return e;
	return null;
}

/** The named areas around `el`, outermost first. */
function omraden(el: Element): Element[] {
	const ut: Element[] = [];
	for (let e = el.parentElement; e; e = e.parentElement)
		if (OMRADEN.includes(getRole(e) ?? '') && namn(e)) ut.unshift(e);
	return ut;
}

/** `el` as a Mal within `rot`, with `nr` when its name is not unique there (and `medNr`). */
function malI(rot: ParentNode, el: Element, medNr: boolean): Mal | null {
	const roll = ROLL_FOR[getRole(el) ?? ''];
	const n = namn(el);
	if (!roll || !n) return null;
	const traffar = allaMed(rot, getRole(el) ?? '', n);
	if (traffar.length <= 1) return { roll, namn: n };
	const nr = traffar.indexOf(el) + 1;
	return medNr && nr > 0 ? { roll, namn: n, nr } : null;
}

/**
 * How many of the innermost areas a step names at least: the ruta (dialog) or toolbar a control
 * is in, as the manual says "i rutan …", "i Verktygsfält"; for a field the ruta or region it is
 * filled in (`i: { region: Aktualisering }`), as the shipped facits write them.
 */
function minst(kedja: readonly Element[], roller: readonly string[]): number {
	for (let k = kedja.length - 1; k >= 0; k--)
		if (roller.includes(getRole(kedja[k]) ?? '')) return kedja.length - k;
	return 0;
}

/** The innermost `l` areas of `kedja` as `i`, each named within the one outside it. */
function omradesMal(
	kedja: readonly Element[],
	l: number,
	medNr: boolean
): { i: Mal[]; rot: ParentNode } | null {
	const i: Mal[] = [];
	let rot: ParentNode = document;
	for (const o of kedja.slice(kedja.length - l)) {
		const m = malI(rot, o, medNr);
		if (!m) return null;
		i.push(m);
		rot = o;
	}
	return { i, rot };
}

/**
 * The shortest way to name `el` that Visa finds it by: its name alone (in its ruta), then within
 * the innermost area, then the two innermost, …; only then with `nr`.
 */
export function malFor(el: Element): { mal: Mal; i?: Mal[] } | null {
	const kedja = omraden(el);
	for (const medNr of [false, true])
		for (let l = minst(kedja, ['dialog', 'toolbar']); l <= kedja.length; l++) {
			const o = omradesMal(kedja, l, medNr);
			const mal = o && malI(o.rot, el, medNr);
			if (o && mal && hittaNu(mal, o.i) === el) return o.i.length ? { mal, i: o.i } : { mal };
		}
	return null;
}

/** The shortest `i` that Visa's faltet finds the field `el` labelled `etikett` in. */
export function faltetsI(el: Element, etikett: string): Mal[] | undefined | null {
	const kedja = omraden(el);
	const fran = minst(kedja, ['dialog', 'region']);
	if (fran === 0 && faltet(etikett) === el) return undefined;
	for (let l = Math.max(1, fran); l <= kedja.length; l++) {
		const o = omradesMal(kedja, l, true);
		if (o && faltet(etikett, o.i) === el) return o.i;
	}
	return null;
}

/** Whether the field `el` labelled `etikett` is found within `i` (a fyll step it may join). */
export function faltetFinnsI(el: Element, etikett: string, i: readonly Mal[] | undefined): boolean {
	return faltet(etikett, i) === el;
}

function arTextfalt(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
	return (
		el instanceof HTMLTextAreaElement ||
		(el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type))
	);
}

function arFalt(el: Element): boolean {
	return FALTROLLER.includes(getRole(el) ?? '') && el.matches('input, select, textarea');
}

/** The choice in a list as a trainee reads it (and fyll finds it by). */
function valt(el: HTMLSelectElement): string {
	const o = el.selectedOptions[0];
	return o ? o.label || o.value : '';
}

/**
 * Listens on `document` to what is done inside `rot` (the mock), hands each action to `ut`, and
 * returns a function that stops listening, first handing over a field still being typed in.
 */
export function lyssna(rot: Element, ut: (h: Inspelat) => void): () => void {
	/** The text field being typed in: written when it is left or the next action starts. */
	let skrivs: HTMLInputElement | HTMLTextAreaElement | null = null;
	/** A right-click waiting for its menu item. */
	let hoger: { mal: Mal; i?: Mal[] } | null = null;
	/** A button that opens a tree (Organisation), waiting for the unit chosen in it. */
	let tradknapp: HTMLButtonElement | null = null;
	/** A second click on the tree item just chosen (Visa clicks it twice) is no new step. */
	let nyssVald: Element | null = null;

	const inne = (el: Element | null): el is Element => !!el && rot.contains(el) && el.isConnected;

	function falt(el: Element): void {
		const etikett = namn(el);
		if (!etikett)
			return ut({
				slag: 'ej',
				orsak: 'Fältet har ingen etikett och kan inte skrivas som ett steg.'
			});
		const i = faltetsI(el, etikett);
		if (i === null)
			return ut({
				slag: 'ej',
				orsak: `Fältet ${etikett} finns flera gånger och kan inte pekas ut.`
			});
		const varde =
			el instanceof HTMLInputElement && el.type === 'checkbox'
				? el.checked
				: el instanceof HTMLSelectElement
					? valt(el)
					: (el as HTMLInputElement).value;
		ut({ slag: 'falt', etikett, varde, ...(i ? { i } : {}), el });
	}

	function skrivKlart(): void {
		const el = skrivs;
		skrivs = null;
		if (el && el.isConnected) falt(el);
	}

	function steg(el: Element, gor: (m: { mal: Mal; i?: Mal[] }) => Steg, dubbel = false): void {
		const m = malFor(el);
		if (!m) {
			const n = namn(el);
			return ut({
				slag: 'ej',
				orsak: n
					? `${n} kan inte pekas ut så att Visa hittar den; steget skrevs inte.`
					: 'Kontrollen har inget namn och kan inte skrivas som ett steg.'
			});
		}
		ut({ slag: dubbel ? 'dubbel' : 'steg', steg: gor(m), el });
	}

	const klick = (e: MouseEvent) => {
		const mal = e.target instanceof Element ? e.target : null;
		if (!inne(mal)) return;
		if (nyssVald && nyssVald === narmaste(mal, ['treeitem'])) return;
		if (skrivs && !skrivs.contains(mal)) skrivKlart();
		const kontroll = narmaste(mal, KLICKROLLER);
		if (!kontroll || arFalt(kontroll)) return;
		const roll = getRole(kontroll);
		if (tradknapp && roll === 'treeitem' && tradknapp.parentElement?.contains(kontroll)) {
			const etikett = namn(tradknapp);
			const i = faltetsI(tradknapp, etikett);
			tradknapp = null;
			nyssVald = kontroll;
			setTimeout(() => (nyssVald = null));
			if (i === null) return ut({ slag: 'ej', orsak: `Fältet ${etikett} kan inte pekas ut.` });
			return ut({
				slag: 'falt',
				etikett,
				varde: namn(kontroll),
				...(i ? { i } : {}),
				el: kontroll
			});
		}
		tradknapp = null;
		if (roll === 'menuitem' && hoger) {
			const h = hoger;
			hoger = null;
			return ut({
				slag: 'steg',
				steg: { hogerklicka: h.mal, valj: namn(kontroll), ...(h.i ? { i: h.i } : {}) },
				el: kontroll
			});
		}
		hoger = null;
		if (
			kontroll.getAttribute('aria-haspopup') === 'tree' &&
			kontroll instanceof HTMLButtonElement
		) {
			tradknapp = kontroll;
			return;
		}
		steg(kontroll, ({ mal, i }) => ({ klicka: mal, ...(i ? { i } : {}) }));
	};

	const dubbelklick = (e: MouseEvent) => {
		const mal = e.target instanceof Element ? e.target : null;
		if (!inne(mal)) return;
		const kontroll = narmaste(mal, KLICKROLLER);
		if (!kontroll || arFalt(kontroll)) return;
		steg(kontroll, ({ mal, i }) => ({ dubbelklicka: mal, ...(i ? { i } : {}) }), true);
	};

	const hogerklick = (e: MouseEvent) => {
		const mal = e.target instanceof Element ? e.target : null;
		if (!inne(mal)) return;
		skrivKlart();
		const kontroll = narmaste(mal, [...KLICKROLLER, ...OMRADEN]);
		hoger = kontroll ? malFor(kontroll) : null;
		if (!hoger)
			ut({ slag: 'ej', orsak: 'Det högerklickade kan inte pekas ut så att Visa hittar det.' });
	};

	const inmatning = (e: Event) => {
		const el = e.target;
		if (!(el instanceof Element) || !inne(el) || !arTextfalt(el) || !arFalt(el)) return;
		if (skrivs && skrivs !== el) skrivKlart();
		skrivs = el;
	};

	const andring = (e: Event) => {
		const el = e.target;
		if (!(el instanceof Element) || !inne(el) || !arFalt(el)) return;
		if (arTextfalt(el)) {
			if (skrivs === el) skrivKlart();
			return;
		}
		skrivKlart();
		falt(el);
	};

	const lamnar = (e: FocusEvent) => {
		if (skrivs && e.target === skrivs) skrivKlart();
	};

	const lyssnare: [string, EventListener][] = [
		['click', klick as EventListener],
		['dblclick', dubbelklick as EventListener],
		['contextmenu', hogerklick as EventListener],
		['input', inmatning],
		['change', andring],
		['focusout', lamnar as EventListener]
	];
	for (const [typ, f] of lyssnare) document.addEventListener(typ, f, true);
	return () => {
		skrivKlart();
		for (const [typ, f] of lyssnare) document.removeEventListener(typ, f, true);
	};
}
