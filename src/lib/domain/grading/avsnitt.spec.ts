import { describe, expect, it } from 'vitest';
import { AVSNITT, MANUALENS_AVSNITT, grupperaPerAvsnitt } from './avsnitt';
import type { Fynd, Rapport } from './typer';

const fynd = (avsnitt: string, kategori: Fynd['kategori'], regelId = 'X1'): Fynd => ({
	regelId,
	avsnitt,
	kategori,
	vad: '',
	status: 'ratt',
	hittat: '',
	forvantat: '',
	vikt: 1,
	kritisk: false
});

const rapport = (f: Fynd[]): Rapport => ({
	scenarioId: 't',
	scenarioVersion: 1,
	godkand: true,
	poang: 0,
	maxPoang: 0,
	andel: 1,
	godkandVid: 0.8,
	kritiskaFel: [],
	ledtradar: [],
	avdrag: 0,
	fynd: f
});

describe('grupperaPerAvsnitt', () => {
	it('orders sections as the manual does, unknown ones last in the order met', () => {
		const r = rapport([
			fynd('Okänt B', 'system'),
			fynd(AVSNITT.inledaUtredning, 'system'),
			fynd('Okänt A', 'system'),
			fynd(AVSNITT.sokaFramKund, 'system')
		]);
		expect(grupperaPerAvsnitt(r).map((g) => g.avsnitt)).toEqual([
			'Söka fram kund',
			'Inleda utredning',
			'Okänt B',
			'Okänt A'
		]);
	});

	it('keeps system handling apart from documentation, rules in report order', () => {
		const r = rapport([
			fynd('Dokumentation', 'dokumentation', 'D1'),
			fynd('Dokumentation', 'system', 'D2'),
			fynd('Dokumentation', 'dokumentation', 'D3')
		]);
		const [g] = grupperaPerAvsnitt(r);
		expect(g.system.map((f) => f.regelId)).toEqual(['D2']);
		expect(g.dokumentation.map((f) => f.regelId)).toEqual(['D1', 'D3']);
	});

	it('knows every section title the rule sets use', () => {
		for (const t of Object.values(AVSNITT)) expect(MANUALENS_AVSNITT).toContain(t);
	});
});

describe('section 5–8 rule sets', () => {
	it('name only sections the manual has, so reports sort in its order', async () => {
		const { byggRegler } = await import('./regelverk');
		const td = await import('./testdata-beslut');
		for (const s of [
			td.stodfamilj(),
			td.personligAssistans(),
			td.utokning(),
			td.delavslag(),
			td.boendeOchDagligVerksamhet(),
			td.dokumentation()
		])
			for (const r of byggRegler(s)) expect(MANUALENS_AVSNITT, r.vad).toContain(r.avsnitt);
	});
});
