/**
 * Visa's hands: finds a facit step's control in the page by its role and accessible name (the
 * manual's word), as Playwright does in the tests, and does the step the way a trainee's mouse
 * and keyboard would, through the same DOM events. dom-accessibility-api computes roles and
 * names by the same WAI-ARIA rules the browser and Playwright use.
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { ROLLER, type Mal } from '$lib/schemas/roller';
import type { Steg } from '$lib/schemas/facit';

import { laddningPagar } from './laddning';
import { VANTA_MS } from './vanta';

export function synlig(el: Element): boolean {
	return el instanceof HTMLElement && el.checkVisibility({ visibilityProperty: true });
}

function namnPassar(el: Element, namn: string): boolean {
	const n = computeAccessibleName(el).trim();
	return namn.endsWith('*') ? n.startsWith(namn.slice(0, -1)) : n === namn;
}

/** Every visible element under `rot` with this role and name, in document order. */
export function allaMed(rot: ParentNode, roll: string, namn: string): Element[] {
	return [...rot.querySelectorAll('*')].filter(
		(el) => getRole(el) === roll && synlig(el) && namnPassar(el, namn)
	);
}

/**
 * A step's control, or a sentence saying which one was not found. The recorder (src/lib/inspelning)
 * writes a step only when this finds the very control the trainer used, so what is recorded is
 * what Visa plays.
 */
export function hittaNu(m: Mal, i: readonly Mal[] = []): Element | string {
	let rot: ParentNode = document;
	for (const o of [...i, m]) {
		const traffar = allaMed(rot, ROLLER[o.roll], o.namn);
		const el = traffar[(o.nr ?? 1) - 1];
		if (!el) return `${o.roll} "${o.namn}"${o.nr ? ` nummer ${o.nr}` : ''} syns inte`;
		if (!o.nr && traffar.length > 1)
			return `${o.roll} "${o.namn}" finns ${traffar.length} gånger; facit behöver nr eller i`;
		rot = el;
	}
	return rot as Element;
}

/**
 * Waits until `hitta` finds something, then returns it; throws its last sentence after VANTA_MS
 * with nothing loading: while a lazily loaded view is on its way the wait does not run out, so
 * a slow chunk is waited for, not taken for a missing control.
 */
async function vantaPa<T>(hitta: () => T | string): Promise<T> {
	let slut = Date.now() + VANTA_MS;
	for (;;) {
		const r = hitta();
		if (typeof r !== 'string') return r;
		if (laddningPagar()) slut = Date.now() + VANTA_MS;
		else if (Date.now() > slut) throw new Error(r);
		await new Promise((klar) => setTimeout(klar, 50));
	}
}

/** The control a step acts on (the first field of a fyll step), for highlighting. */
export function stegetsKontroll(s: Steg): Element | null {
	const r =
		'fyll' in s
			? faltet(Object.keys(s.fyll)[0] ?? '', s.i)
			: hittaNu(
					'klicka' in s ? s.klicka : 'dubbelklicka' in s ? s.dubbelklicka : s.hogerklicka,
					s.i
				);
	return typeof r === 'string' ? null : r;
}

export const FALTROLLER = [
	'textbox',
	'combobox',
	'listbox',
	'checkbox',
	'spinbutton',
	'button',
	'searchbox'
];

/** A field by its label: a text box, a list, a kryssruta, or a button that opens a tree. */
export function faltet(etikett: string, i: readonly Mal[] = []): Element | string {
	let rot: ParentNode = document;
	for (const o of i) {
		const r = hittaNu(o, []);
		if (typeof r === 'string') return r;
		rot = r;
	}
	const traffar = [...rot.querySelectorAll('input, select, textarea, button')].filter(
		(el) =>
			FALTROLLER.includes(getRole(el) ?? '') &&
			synlig(el) &&
			computeAccessibleName(el).trim() === etikett
	);
	if (traffar.length === 0) return `fältet ${etikett} syns inte`;
	if (traffar.length > 1)
		return `fältet ${etikett} finns ${traffar.length} gånger; facit behöver i`;
	return traffar[0];
}

function mus(el: Element, typ: string, knapp = 0): void {
	const r = el.getBoundingClientRect();
	el.dispatchEvent(
		new MouseEvent(typ, {
			bubbles: true,
			cancelable: true,
			button: knapp,
			clientX: r.left + r.width / 2,
			clientY: r.top + r.height / 2
		})
	);
}

/** Sets a value as typing or choosing would: the native setter, then input and change. */
function sattVarde(
	el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
	v: string
): void {
	const proto = Object.getPrototypeOf(el) as object;
	Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, v);
	el.dispatchEvent(new Event('input', { bubbles: true }));
	el.dispatchEvent(new Event('change', { bubbles: true }));
}

async function fyllFalt(
	etikett: string,
	varde: string | boolean,
	i?: readonly Mal[]
): Promise<void> {
	const el = await vantaPa(() => faltet(etikett, i));
	if (typeof varde === 'boolean') {
		if (!(el instanceof HTMLInputElement)) throw new Error(`${etikett} är ingen kryssruta`);
		if (el.checked !== varde) el.click();
	} else if (el instanceof HTMLSelectElement) {
		const val = [...el.options].find((o) => o.value === varde || o.label === varde);
		if (!val) throw new Error(`${etikett} har inget val "${varde}"`);
		sattVarde(el, val.value);
	} else if (el instanceof HTMLButtonElement) {
		// Organisation and its like: the button opens a tree, the unit is chosen in it (A4)
		el.click();
		const nod = await vantaPa(() => {
			const trad = [...document.querySelectorAll('[role="tree"]')].filter(synlig);
			const n = trad.flatMap((t) => allaMed(t, 'treeitem', varde))[0];
			return n ?? `${varde} syns inte i trädet`;
		});
		mus(nod, 'click');
		(nod as HTMLElement).click();
	} else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
		el.focus();
		sattVarde(el, varde);
	}
}

/** Does one step; throws a sentence saying what could not be found. */
export async function gorSteg(s: Steg): Promise<void> {
	if ('fyll' in s) {
		for (const [etikett, varde] of Object.entries(s.fyll)) await fyllFalt(etikett, varde, s.i);
		return;
	}
	const mal = 'klicka' in s ? s.klicka : 'dubbelklicka' in s ? s.dubbelklicka : s.hogerklicka;
	const el = (await vantaPa(() => hittaNu(mal, s.i))) as HTMLElement;
	el.scrollIntoView({ block: 'nearest' });
	if ('klicka' in s) {
		el.click();
	} else if ('dubbelklicka' in s) {
		el.click();
		mus(el, 'dblclick');
	} else {
		el.focus();
		mus(el, 'contextmenu', 2);
		const val = await vantaPa(() => {
			const meny = [...document.querySelectorAll('[role="menu"]')].filter(synlig);
			return (
				meny.flatMap((m) => allaMed(m, 'menuitem', s.valj))[0] ?? `menyvalet ${s.valj} syns inte`
			);
		});
		(val as HTMLElement).click();
	}
}

const MARKERING = 'data-visa-markerad';

/** Takes every highlight off the page. */
export function avmarkera(): void {
	for (const el of document.querySelectorAll(`[${MARKERING}]`)) el.removeAttribute(MARKERING);
}

/**
 * Highlights a step's control once it is on screen (it may still be opening): Visa's caption,
 * a hint's "where". Gives up quietly after `forsok` frames: the hint still says it in words.
 */
export function markeraSteg(s: Steg, forsok = 40): void {
	const el = stegetsKontroll(s);
	if (el) {
		avmarkera();
		el.setAttribute(MARKERING, '');
		el.scrollIntoView({ block: 'nearest' });
	} else if (forsok > 0) requestAnimationFrame(() => markeraSteg(s, forsok - 1));
}

/** A field's value as the trainee sees it: text, the chosen option, ticked, or a button's text. */
function faltvarde(el: Element): string | boolean {
	if (el instanceof HTMLInputElement && el.type === 'checkbox') return el.checked;
	if (el instanceof HTMLSelectElement)
		return el.selectedOptions[0]?.label ?? el.selectedOptions[0]?.value ?? '';
	if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
	return (el.textContent ?? '').trim();
}

/**
 * Guidad: how a fyll step stands on screen. `klart` when every field holds the facit's value;
 * `annat` names a field that holds something else (left, not being typed in).
 */
export function fyllStatus(
	s: Extract<Steg, { fyll: unknown }>,
	sedda: readonly string[] = []
): { klart: boolean; annat?: { falt: string; varde: string; vantat: string } } {
	let klart = true;
	for (const [etikett, vantat] of Object.entries(s.fyll)) {
		if (sedda.includes(etikett)) continue;
		const el = faltet(etikett, s.i);
		if (typeof el === 'string') return { klart: false };
		if (harVardet(el, vantat)) continue;
		klart = false;
		const v = faltvarde(el);
		if (
			typeof v === 'string' &&
			v !== '' &&
			typeof vantat === 'string' &&
			el !== document.activeElement
		)
			return { klart, annat: { falt: etikett, varde: v, vantat } };
	}
	return { klart };
}

function harVardet(el: Element, vantat: string | boolean): boolean {
	const v = faltvarde(el);
	return typeof vantat === 'boolean'
		? v === vantat
		: typeof v === 'string' && (v === vantat || v.includes(vantat));
}

/** The label of the fyll step's field `el` is, when it holds the step's value now. */
export function faltMedVarde(s: Extract<Steg, { fyll: unknown }>, el: Element): string | undefined {
	for (const [etikett, vantat] of Object.entries(s.fyll)) {
		const f = faltet(etikett, s.i);
		if (f === el && harVardet(el, vantat)) return etikett;
	}
	return undefined;
}

/** Whether a step's control is on screen now. */
export function syns(s: Steg): boolean {
	return stegetsKontroll(s) !== null;
}

/** Whether a click step shows as done on its control: the node, tab or option chosen, the box ticked. */
export function valtPaSkarmen(s: Steg): boolean {
	if ('fyll' in s || 'hogerklicka' in s) return false;
	const el = stegetsKontroll(s);
	if (!el) return false;
	return (
		el.getAttribute('aria-selected') === 'true' ||
		el.getAttribute('aria-checked') === 'true' ||
		el.getAttribute('aria-current') === 'page'
	);
}
