import { describe, expect, it } from 'vitest';
import { grade } from '../motor';
import { ettFynd, kor } from '../testdata';
import { FEL_ANTECKNING, KUND_B, UTR, dokumentation, rattForsok } from '../testdata-beslut';
import { dokumentationsregler } from './dokumentation';

const journal = { del: 'journal' as const, utredningId: UTR };

describe('dokumentationsregler', () => {
	it('passes notes written, signed and the wrong one felmarkerad; all kategori dokumentation', () => {
		const s = dokumentation();
		const r = grade(s, kor(s, rattForsok(s)));
		expect(r.fynd.filter((f) => f.status !== 'ratt')).toEqual([]);
		expect(new Set(r.fynd.map((f) => f.kategori))).toEqual(new Set(['dokumentation']));
		expect(ettFynd(r, 'D5').avsnitt).toBe('Felmarkera i dokumentation');
	});

	it('fails D2 for an unsigned journal note', () => {
		const s = dokumentation();
		const osignerad = rattForsok(s).filter((k, i) => i !== 1);
		const r = grade(s, kor(s, osignerad));
		expect(ettFynd(r, 'D2', 'Anteckningarna i Utredningsjournalen')).toMatchObject({
			status: 'fel',
			hittat: expect.stringContaining('1 st')
		});
		expect(ettFynd(r, 'D2', 'Alla anteckningar').status).toBe('fel');
	});

	it('fails D5 when a new note is written instead of felmarkera the wrong one', () => {
		const s = dokumentation();
		const steg = [
			...rattForsok(s).filter((k) => typeof k === 'function' || k.typ !== 'felmarkeraAnteckning'),
			{
				typ: 'sparaAnteckning' as const,
				pnr: KUND_B,
				plats: journal,
				text: 'Rättelse: hembesöket var 2025-02-21.'
			},
			{ typ: 'signeraAnteckning' as const, id: 'ant-4' }
		];
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'D5')).toMatchObject({
			status: 'fel',
			hittat: 'Felmarkerad: nej',
			kategori: 'dokumentation'
		});
	});

	it('fails D3 when nothing is written under the rubrik', () => {
		const s = dokumentation();
		const r = grade(s, kor(s, []));
		expect(ettFynd(r, 'D3', 'En anteckning')).toMatchObject({
			status: 'fel',
			hittat: 'Anteckningar: inga'
		});
	});

	it('refuses felmarkera of a note the start state does not hold signed', () => {
		const s = dokumentation();
		const utan = { ...s, start: { ...s.start, anteckningar: [] } };
		expect(() => dokumentationsregler(utan)).toThrow(
			`felmarkera[0]: anteckningen "${FEL_ANTECKNING}"`
		);
	});
});
