import { describe, expect, it } from 'vitest';
import {
	csvFalt,
	elevTabell,
	felCsv,
	forsokCsv,
	slaIhop,
	vanligasteFel,
	type FelFynd,
	type RattatForsok
} from './grupp';

const A3: FelFynd = { regelId: 'A3', vad: 'Aktualiseringens datum', avsnitt: 'Aktualisering' };
const O6: FelFynd = { regelId: 'O6', vad: 'En beställning', avsnitt: 'Beställning' };

function forsok(over: Partial<RattatForsok>): RattatForsok {
	return {
		elev: 'Ada',
		ovning: 'x',
		titel: 'Övning X',
		version: 1,
		lage: 'ova',
		godkand: true,
		poang: 10,
		maxPoang: 10,
		andel: 1,
		felRegler: [],
		fel: [],
		startad: '2025-06-01T08:00:00.000Z',
		inlamnad: '2025-06-01T08:30:00.000Z',
		kalla: 'a.json',
		...over
	};
}

describe('the table trainee × exercise', () => {
	it('shows the latest Prov, else the latest attempt, and leaves Visa out', () => {
		const provTidigt = forsok({ lage: 'prov', godkand: false, inlamnad: '2025-06-02T10:00:00Z' });
		const provSent = forsok({ lage: 'prov', inlamnad: '2025-06-03T10:00:00Z' });
		const ovaSenast = forsok({ lage: 'ova', inlamnad: '2025-06-05T10:00:00Z' });
		const bo = forsok({ elev: 'Bo', lage: 'guidad', inlamnad: undefined });
		const boSenare = forsok({ elev: 'bo', lage: 'ova', startad: '2025-06-09T10:00:00Z' });
		const visa = forsok({ elev: 'Cid', lage: 'visa' });
		const t = elevTabell([provTidigt, ovaSenast, provSent, bo, boSenare, visa]);
		expect(t.map((r) => [r.elev, r.visad])).toEqual([
			['Ada', provSent],
			// a name differs only in case: one trainee; no Prov, so the latest attempt
			['bo', boSenare]
		]);
		expect(t[0].alla).toEqual([ovaSenast, provSent, provTidigt]);
	});
});

describe('the rules most often wrong', () => {
	it('counts trainees and attempts, a rule once an attempt, most trainees first', () => {
		const rader = [
			forsok({ elev: 'Ada', fel: [A3, O6, O6] }),
			forsok({ elev: 'Ada', fel: [O6], startad: '2025-06-02T08:00:00Z' }),
			forsok({ elev: 'Bo', fel: [A3] }),
			forsok({ elev: 'Cid', lage: 'visa', fel: [O6, O6] })
		];
		expect(vanligasteFel(rader)).toEqual([
			{ ...A3, elever: 2, forsok: 2 },
			{ ...O6, elever: 1, forsok: 2 }
		]);
		expect(felCsv(vanligasteFel(rader))).toBe(
			'regel,vad,avsnitt,elever,forsok\nA3,Aktualiseringens datum,Aktualisering,2,2\nO6,En beställning,Beställning,1,2\n'
		);
	});
});

describe('the group and its CSV', () => {
	it('reads an attempt again without doubling it', () => {
		const a = forsok({});
		const b = forsok({ elev: 'Bo' });
		const aIgen = forsok({ elev: 'ADA', kalla: 'igen.json' });
		expect(slaIhop([a, b], [aIgen])).toEqual([aIgen, b]);
	});

	it('quotes what needs quoting, as RFC 4180 says', () => {
		expect(csvFalt('Berg, "Sara"')).toBe('"Berg, ""Sara"""');
		expect(csvFalt('rad\nbrytning')).toBe('"rad\nbrytning"');
		expect(csvFalt(3)).toBe('3');
		expect(forsokCsv([forsok({ felRegler: ['A3', 'O6'], godkand: false, andel: 0.5 })])).toBe(
			'elev,ovning,version,lage,resultat,poang,maxPoang,andel,felRegler\nAda,x,1,ova,inte godkänd,10,10,0.500,A3 O6\n'
		);
	});
});
