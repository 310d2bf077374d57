import { describe, expect, it } from 'vitest';
import { arOppen, hittaNod, synligaNoder, type TradNod } from './trad';

const trad: TradNod[] = [
	{
		id: 'rot',
		etikett: 'C1 VON',
		oppen: true,
		barn: [
			{ id: 'a', etikett: 'Centrum', oppen: true, barn: [{ id: 'a1', etikett: 'Centrum 1' }] },
			{ id: 'b', etikett: 'Nord', barn: [{ id: 'b1', etikett: 'Nord 1' }] },
			{ id: 'c', etikett: 'LSS Myndighet' }
		]
	}
];

describe('synligaNoder', () => {
	it('follows each node’s initial oppen', () => {
		const ut = synligaNoder(trad, new Map());
		expect(ut.map((s) => s.nod.id)).toEqual(['rot', 'a', 'a1', 'b', 'c']);
		expect(ut.map((s) => s.niva)).toEqual([1, 2, 3, 2, 2]);
		expect(ut.find((s) => s.nod.id === 'a1')?.foralderId).toBe('a');
	});

	it('lets a toggle override the initial state both ways', () => {
		const ut = synligaNoder(
			trad,
			new Map([
				['a', false],
				['b', true]
			])
		);
		expect(ut.map((s) => s.nod.id)).toEqual(['rot', 'a', 'b', 'b1', 'c']);
	});

	it('hides everything under a collapsed root', () => {
		expect(synligaNoder(trad, new Map([['rot', false]])).map((s) => s.nod.id)).toEqual(['rot']);
	});
});

describe('arOppen and hittaNod', () => {
	it('treats a node without oppen as collapsed', () => {
		expect(arOppen({ id: 'x', etikett: 'x' }, new Map())).toBe(false);
	});

	it('finds nodes inside collapsed branches and misses unknown ids', () => {
		expect(hittaNod(trad, 'b1')?.etikett).toBe('Nord 1');
		expect(hittaNod(trad, 'finns-ej')).toBeUndefined();
		expect(hittaNod(trad, undefined)).toBeUndefined();
	});
});
