import { describe, expect, it } from 'vitest';
import { byggFramsteg, reglerUr, resultatAv, sammaResultat, type RegelUtfall } from './framsteg';
import type { Fynd, Rapport } from './grading/typer';

const fynd = (regelId: string, avsnitt: string, vad: string, status: Fynd['status']): Fynd => ({
	regelId,
	avsnitt,
	kategori: 'system',
	vad,
	status,
	hittat: '',
	forvantat: '',
	vikt: 1,
	kritisk: false
});

describe('reglerUr', () => {
	it('keeps each rule checked once, right only if every check of it was, and drops ej bedömd', () => {
		expect(
			reglerUr([
				fynd('S2', 'Söka fram kund', 'Rätt kund öppnades', 'ratt'),
				fynd('A3', 'Aktualisera en ansökan', 'Datum', 'ratt'),
				fynd('A3', 'Aktualisera en ansökan', 'Datum', 'fel'),
				fynd('U7', 'Inleda utredning', 'Ordning', 'ej-bedomd')
			])
		).toEqual([
			{ id: 'S2', avsnitt: 'Söka fram kund', vad: 'Rätt kund öppnades', ratt: true },
			{ id: 'A3', avsnitt: 'Aktualisera en ansökan', vad: 'Datum', ratt: false }
		]);
	});
});

describe('byggFramsteg', () => {
	const r = (id: string, avsnitt: string, vad: string, ratt: boolean): RegelUtfall => ({
		id,
		avsnitt,
		vad,
		ratt
	});

	it("lists the sections in the manual's order, each rule as the latest Prov left it", () => {
		const f = byggFramsteg([
			{
				scenarioId: 'b',
				inlamnad: '2025-03-02T00:00:00.000Z',
				regler: [r('A3', 'Aktualisera en ansökan', 'Datum', true)]
			},
			{
				scenarioId: 'a',
				inlamnad: '2025-03-01T00:00:00.000Z',
				regler: [
					r('U2', 'Inleda utredning', 'Inledningsdatum', false),
					r('A3', 'Aktualisera en ansökan', 'Datum', false),
					r('A1', 'Aktualisera en ansökan', 'Rätt ställe', true),
					r('S2', 'Söka fram kund', 'Rätt kund', true),
					r('X1', 'Något manualen inte har', 'Okänt', true)
				]
			}
		]);
		expect(f.map((a) => [a.avsnitt, a.ratt, a.regler.map((x) => `${x.id}:${x.ratt}`)])).toEqual([
			['Söka fram kund', 1, ['S2:true']],
			['Aktualisera en ansökan', 2, ['A1:true', 'A3:true']],
			['Inleda utredning', 0, ['U2:false']],
			['Något manualen inte har', 1, ['X1:true']]
		]);
		expect(f[1].regler[1].scenarioId).toBe('b');
	});

	it('is empty before any Prov', () => {
		expect(byggFramsteg([])).toEqual([]);
	});
});

describe('resultatAv', () => {
	const rapport: Pick<Rapport, 'godkand' | 'andel' | 'fynd'> = {
		godkand: true,
		andel: 1,
		fynd: [fynd('S2', 'Söka fram kund', 'Rätt kund öppnades', 'ratt')]
	};

	it('keeps the rules of a Prov only', () => {
		expect(resultatAv(rapport, 'ova')).toEqual({ godkand: true, andel: 1 });
		expect(resultatAv(rapport, 'prov').regler).toEqual([
			{ id: 'S2', avsnitt: 'Söka fram kund', vad: 'Rätt kund öppnades', ratt: true }
		]);
	});

	it('is written again only when it changed', () => {
		const prov = resultatAv(rapport, 'prov');
		expect(sammaResultat(undefined, prov)).toBe(false);
		expect(sammaResultat({ godkand: true, andel: 1 }, prov)).toBe(false);
		expect(sammaResultat(resultatAv(rapport, 'prov'), prov)).toBe(true);
	});
});
