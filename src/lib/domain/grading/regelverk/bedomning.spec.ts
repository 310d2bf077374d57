import { describe, expect, it } from 'vitest';
import { grade } from '../motor';
import { andra, ettFynd, kor } from '../testdata';
import { boendeOchDagligVerksamhet, rattForsok } from '../testdata-beslut';

describe('bedomningsregler', () => {
	it('passes a bedömning with D. Bedömning Daglig verksamhet and LSS Insatser ticked', () => {
		const s = boendeOchDagligVerksamhet();
		const r = grade(s, kor(s, rattForsok(s)));
		expect(r.fynd.filter((f) => f.regelId === 'O9' && f.status !== 'ratt')).toEqual([]);
	});

	it('fails O9 when LSS Insatser is not ticked and a function has no nivå', () => {
		const s = boendeOchDagligVerksamhet();
		const steg = andra(rattForsok(s), 'sparaBedomning', (k) => ({
			...k,
			lssInsatserVerkstallighetId: null,
			nivaer: { ...k.nivaer, Kommunikation: '' }
		}));
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'O9', 'LSS Insatser kryssades')).toMatchObject({
			status: 'fel',
			hittat: 'Rutan framför LSS Insatser: nej'
		});
		expect(ettFynd(r, 'O9', 'varje funktion').hittat).toContain('Kommunikation');
	});

	it('fails the O9 order rule when the bedömning comes before LSS Insatser is opened', () => {
		const s = boendeOchDagligVerksamhet();
		const steg = rattForsok(s);
		const lss = steg.findIndex((k) => typeof k !== 'function' && k.typ === 'skapaVerkstallighet');
		const bedomning = steg.at(-1)!;
		const omordnad = [...steg.slice(0, lss), bedomning, ...steg.slice(lss, -1)];
		const r = grade(s, kor(s, omordnad));
		expect(ettFynd(r, 'O9', 'innan bedömningen')).toMatchObject({
			status: 'fel',
			hittat: 'Bedömning sparad → Verkställighet LSS Insatser öppnad'
		});
	});
});
