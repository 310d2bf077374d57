import { describe, expect, it } from 'vitest';
import { utanAngrade, type Handelse } from './handelser';

const oppnad = (pnr: string): Handelse => ({ typ: 'KundOppnad', pnr });

describe('utanAngrade', () => {
	it('keeps every case event when nothing was taken back, and drops hints', () => {
		const h: Handelse[] = [
			oppnad('1'),
			{ typ: 'LedtradVisad', regelId: 'A4', vad: 'Organisation', steg: 2 },
			oppnad('2')
		];
		expect(utanAngrade(h)).toEqual([oppnad('1'), oppnad('2')]);
	});

	it('takes back the case events before a StegAngrat, not counting hints', () => {
		const h: Handelse[] = [
			oppnad('1'),
			oppnad('2'),
			{ typ: 'LedtradVisad', regelId: 'A4', vad: 'Organisation', steg: 1 },
			oppnad('3'),
			{ typ: 'StegAngrat', antal: 2 },
			oppnad('4')
		];
		expect(utanAngrade(h)).toEqual([oppnad('1'), oppnad('4')]);
	});

	it('takes back only what is there, and an earlier undo stays undone', () => {
		const h: Handelse[] = [
			oppnad('1'),
			{ typ: 'StegAngrat', antal: 1 },
			oppnad('2'),
			{ typ: 'StegAngrat', antal: 5 }
		];
		expect(utanAngrade(h)).toEqual([]);
	});
});
