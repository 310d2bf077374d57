/**
 * The roles a facit step may name, and the control a step aims at: kept apart from the facit's
 * schema (facit.ts, zod) because Visa finds controls by them in the browser (visa/dom.ts), and
 * the runner loads no schema library.
 */

/** The roles a step may name, in the trainer's words, and the ARIA role each stands for. */
export const ROLLER = {
	knapp: 'button',
	flik: 'tab',
	nod: 'treeitem',
	menyval: 'menuitem',
	rad: 'row',
	alternativ: 'option',
	kryssruta: 'checkbox',
	lank: 'link',
	dialog: 'dialog',
	region: 'region',
	flikpanel: 'tabpanel',
	flikrad: 'tablist',
	verktygsfalt: 'toolbar',
	trad: 'tree',
	tabell: 'table',
	lista: 'listbox',
	grupp: 'group'
} as const;

export type Roll = keyof typeof ROLLER;

/** A control: its role and name; `*` at the end of the name matches every name starting so. */
export interface Mal {
	roll: Roll;
	namn: string;
	/** The n:th (from 1) of several controls with the same name, in screen order. */
	nr?: number;
}
