import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { delaIAvsnitt, hittaCitat } from '../../../manual/avsnitt';
import { slug } from '../../../manual/slug';
// the bevakning commands register themselves with the dispatcher once loaded
import '../../bevakning-kommandon';
import type { Kommando } from '../../kommandon';
import { grade } from '../motor';
import { KUND_B, KUND_B_PERSON, SLOT, UTR } from '../testdata-beslut';
import { kor, scenario } from '../testdata';
import { slutlagesregler } from './slutlage';

// A colleague's case as the start state of a "Hitta felen" exercise: a ledsagarservice whose
// beslut ended on 2025-02-28 with its verkställighet still open, LSS Insatser on the wrong
// handläggare's slot, and a kontaktperson verkställighet closed by mistake.
const BESLUT = {
	id: 'beslut-start-1',
	pnr: KUND_B,
	utredningId: UTR,
	insatskategori: 'Rekrytering LSS-insatser',
	beslut: 'LSS Ledsagarservice Bifall',
	beslutsdatum: '2024-03-01',
	fran: '2024-03-01',
	beslutsfattare: 'Berg, Sara',
	organisation: 'LSS Myndighet',
	utredningAvslutas: true
};
const VERK = {
	pnr: KUND_B,
	organisation: 'LSS Myndighet',
	fran: '2024-03-01'
};
const start = {
	kunder: [KUND_B_PERSON],
	utredningar: [
		{
			id: UTR,
			pnr: KUND_B,
			typ: 'LSS Utredning',
			inledningsdatum: '2024-02-01',
			slutdatum: '2024-03-01',
			ansvarigHandlaggare: 'Berg, Sara',
			organisation: 'LSS Myndighet'
		}
	],
	beslut: [BESLUT],
	bestallningar: [
		{
			id: 'best-start-1',
			pnr: KUND_B,
			utredningId: UTR,
			beslutId: BESLUT.id,
			franBeslutId: BESLUT.id,
			insatskategori: 'Rekrytering LSS-insatser',
			utforare: 'Lss, Rekryteringshandläggare',
			utforarensOrganisation: 'LSS Rekrytering',
			insatser: ['Ledsagarservice'],
			fran: '2024-03-01',
			bestalltDatum: '2024-03-01',
			bestallningstext: '',
			bekraftad: false
		}
	],
	verkstalligheter: [
		{
			...VERK,
			id: 'verk-start-1',
			insatskategori: 'Rekrytering LSS-insatser',
			utforare: 'Lss, Rekryteringshandläggare',
			organisation: 'LSS Rekrytering',
			pagaende: true
		},
		{
			...VERK,
			id: 'verk-start-2',
			insatskategori: 'LSS Insatser',
			utforare: 'LSS-handläggare 9',
			pagaende: true
		},
		{
			...VERK,
			id: 'verk-start-3',
			insatskategori: 'Kontaktperson LSS',
			utforare: 'Lss, Rekryteringshandläggare',
			till: '2025-01-31',
			pagaende: false
		}
	]
};

function hittaFelen(slutlage: Record<string, unknown>) {
	return scenario({
		idag: '2025-03-10',
		roll: { namn: 'Holm, Johan', lssHandlaggare: SLOT },
		manualSections: ['Avsluta en verkställighet'],
		start,
		forvantat: { kund: { pnr: KUND_B }, slutlage },
		regelverk: ['slutlage']
	});
}

const RATTELSER = {
	avsluta: [{ id: 'verk-start-1', avslutsdatum: '2025-02-28' }],
	oppnaIgen: ['verk-start-3'],
	bytUtforare: [{ id: 'verk-start-2', utforare: SLOT }]
};

const avsluta = (id: string, avslutsdatum: string, justeraGtom = true): Kommando => ({
	typ: 'avslutaVerkstallighet',
	id,
	oppnaAvslutad: false,
	avslutsdatum,
	justeraGtom,
	avslutsorsak: ''
});
const oppnaIgen: Kommando = {
	typ: 'avslutaVerkstallighet',
	id: 'verk-start-3',
	oppnaAvslutad: true,
	avslutsdatum: '',
	justeraGtom: false,
	avslutsorsak: ''
};
const byt: Kommando = {
	typ: 'bytUtforare',
	id: 'verk-start-2',
	utforare: SLOT,
	organisation: 'LSS Myndighet'
};

const fel = (s: ReturnType<typeof hittaFelen>, steg: Kommando[]) =>
	grade(s, kor(s, steg))
		.fynd.filter((f) => f.status === 'fel')
		.map((f) => `${f.regelId} ${f.vad}`);

describe('slutlage: the case as it must stand at the end (V5, V6, V8, E1)', () => {
	const s = hittaFelen(RATTELSER);

	it('passes the corrected case, whatever the order of the corrections', () => {
		expect(fel(s, [byt, oppnaIgen, avsluta('verk-start-1', '2025-02-28')])).toEqual([]);
		expect(fel(s, [avsluta('verk-start-1', '2025-02-28'), byt, oppnaIgen])).toEqual([]);
		expect(grade(s, kor(s, [byt, oppnaIgen, avsluta('verk-start-1', '2025-02-28')])).godkand).toBe(
			true
		);
	});

	it('fails each mistake left in place, under its own rule id, and the attempt with it', () => {
		const r = grade(s, kor(s, []));
		expect(r.godkand).toBe(false);
		expect(r.fynd.filter((f) => f.status === 'fel').map((f) => f.regelId)).toEqual(
			expect.arrayContaining(['V5', 'V6', 'V8'])
		);
	});

	it('V5: a wrong Avslutsdatum, and the box Justera beslutets gtom left unticked', () => {
		expect(fel(s, [byt, oppnaIgen, avsluta('verk-start-1', '2025-03-10')])).toEqual([
			'V5 Avslutsdatum på Rekrytering LSS-insatser – Lss, Rekryteringshandläggare'
		]);
		const utan = grade(s, kor(s, [byt, oppnaIgen, avsluta('verk-start-1', '2025-02-28', false)]));
		const f = utan.fynd.find((x) => x.status === 'fel');
		expect(f?.vad).toBe(
			'Justera beslutets gtom ikryssad när Rekrytering LSS-insatser – Lss, Rekryteringshandläggare avslutades'
		);
		expect(f?.manualcitat).toContain(
			'kontrollerar att rutan är markerad vid Justera beslutets gtom'
		);
		expect(utan.godkand).toBe(false);
	});

	it('V8: the utförare changed to another slot than the trainee’s', () => {
		expect(
			fel(s, [
				{ ...byt, utforare: 'LSS-handläggare 4' },
				oppnaIgen,
				avsluta('verk-start-1', '2025-02-28')
			])
		).toEqual(['V8 Utförare på LSS Insatser (var LSS-handläggare 9)']);
	});

	it('a correction where there was nothing to correct: LSS Insatser closed, another utförare changed', () => {
		const ratt = [byt, oppnaIgen, avsluta('verk-start-1', '2025-02-28')];
		expect(fel(s, [...ratt, avsluta('verk-start-2', '2025-03-17')])).toEqual([
			'V5 Inga verkställigheter avslutades vars beslut/insats fortfarande är pågående'
		]);
		expect(
			fel(s, [...ratt, { ...byt, id: 'verk-start-3', utforare: 'LSS-handläggare 5' }])
		).toEqual(['V8 Ingen annan verkställighet fick ny utförare eller organisation']);
	});

	it('E1: every beslut, utredning, beställning and verkställighet ends, each box ticked', () => {
		const e1 = hittaFelen({
			avsluta: [
				{ id: 'verk-start-1', avslutsdatum: '2025-02-28' },
				{ id: 'verk-start-2', avslutsdatum: '2025-02-28' }
			],
			arendetAvslutat: '2025-02-28'
		});
		const ratt = [avsluta('verk-start-1', '2025-02-28'), avsluta('verk-start-2', '2025-02-28')];
		expect(fel(e1, ratt)).toEqual([]);
		// LSS Insatser closed without the box: the OBS says tick it "även om du redan har ändrat"
		expect(fel(e1, [ratt[0], avsluta('verk-start-2', '2025-02-28', false)])).toEqual([
			'V5 Justera beslutets gtom ikryssad när LSS Insatser – LSS-handläggare 9 avslutades',
			'E1 Ändra beslutens gtomd ikryssad vid varje verkställighet som avslutades'
		]);
		// the ledsagarservice closed without the box leaves its beslut and beställning running
		const kvar = grade(e1, kor(e1, [avsluta('verk-start-1', '2025-02-28', false), ratt[1]]));
		const e = kvar.fynd.find((f) => f.regelId === 'E1' && f.status === 'fel');
		expect(e?.hittat).toContain('beslutet LSS Ledsagarservice Bifall');
		expect(e?.hittat).toContain('beställningen till Lss, Rekryteringshandläggare');
	});

	it('E1: the bevakningar not handled are removed, not marked Klar; one already Klar may stay', () => {
		const bev = (id: string, status: string) => ({
			id,
			pnr: KUND_B,
			plats: 'beslut',
			beslutId: 'beslut-start-1',
			datum: '2025-04-01',
			status,
			typAv: 'LSS Beslut upphör',
			bevakasAv: SLOT,
			text: 'Beslutet upphör.'
		});
		const e1 = scenario({
			idag: '2025-03-10',
			roll: { namn: 'Holm, Johan', lssHandlaggare: SLOT },
			manualSections: ['Avsluta ärenden'],
			start: { ...start, bevakningar: [bev('bev-1', 'Ej påbörjad'), bev('bev-2', 'Klar')] },
			forvantat: { kund: { pnr: KUND_B }, slutlage: { arendetAvslutat: '2025-02-28' } },
			regelverk: ['slutlage']
		});
		const regel = 'E1 Bevakningar som inte hanterats togs bort';
		const ratt = [avsluta('verk-start-1', '2025-02-28'), avsluta('verk-start-2', '2025-02-28')];
		const taBort: Kommando = { typ: 'taBortBevakning', id: 'bev-1' };
		expect(fel(e1, [...ratt, taBort])).not.toContain(regel);
		expect(fel(e1, ratt)).toContain(regel);
		const klar: Kommando = {
			typ: 'andraBevakning',
			id: 'bev-1',
			datum: '2025-04-01',
			status: 'Klar',
			typAv: 'LSS Beslut upphör',
			bevakasAv: SLOT,
			text: 'Beslutet upphör.'
		};
		expect(fel(e1, [...ratt, klar])).toContain(regel);
		const f = grade(e1, kor(e1, ratt)).fynd.find((x) => `${x.regelId} ${x.vad}` === regel);
		expect(f?.hittat).toContain('LSS Beslut upphör 2025-04-01 (Ej påbörjad)');
		expect(f?.hittat).not.toContain('Klar');
	});

	it('names the file and the field of an id the start state lacks or holds in the wrong state', () => {
		expect(() =>
			slutlagesregler(hittaFelen({ avsluta: [{ id: 'verk-x', avslutsdatum: '2025-02-28' }] }))
		).toThrow(
			'forvantat.slutlage.avsluta[0].id: verkställigheten "verk-x" finns inte under start.verkstalligheter.'
		);
		expect(() => slutlagesregler(hittaFelen({ oppnaIgen: ['verk-start-1'] }))).toThrow(
			'forvantat.slutlage.oppnaIgen[0]: verkställigheten "verk-start-1" är pågående i startläget'
		);
	});

	it('quotes the manual verbatim, each in the section its finding points to', () => {
		const sektioner = delaIAvsnitt(
			readFileSync(
				fileURLToPath(new URL('../../../manual/procapita-lss-manual.txt', import.meta.url)),
				'utf8'
			)
		);
		const alla = slutlagesregler(hittaFelen({ ...RATTELSER, arendetAvslutat: '2025-02-28' }));
		expect(new Set(alla.map((r) => r.id))).toEqual(new Set(['V5', 'V6', 'V8', 'E1']));
		for (const r of alla) {
			const f = hittaCitat(sektioner, r.manualcitat ?? '', slug(r.avsnitt));
			expect(f?.sektion.rubrik, `${r.id} ${r.vad}: "${r.manualcitat}"`).toBe(r.avsnitt);
		}
	});
});
