import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { delaIAvsnitt, hittaCitat } from '../../../manual/avsnitt';
import { slug } from '../../../manual/slug';
import type { CaseState } from '../../model';
import { grade } from '../motor';
import { HANDLAGGARE, ettFynd, kor, scenario, type Steg } from '../testdata';
import { KUND_B, KUND_B_PERSON } from '../testdata-beslut';
import { dokumentationsregler } from './dokumentation';

// Gustav's utredning of 2024 is to be copied into the new one inledd in May 2025; a ledsagarservice
// utredning of 2022 stands beside it. Under Nuvarande situation the 2024 text says he lives with
// his sister, which no longer holds.
const GAMLA = 'utr-2024';
const ANNAN = 'utr-2022';
const NYA = 'utr-ny';
const INTE_AKTUELLT = 'Gustav bor hos sin syster i Påarp.';

const utredning = (id: string, inledningsdatum: string, slutdatum?: string) => ({
	id,
	pnr: KUND_B,
	typ: 'LSS Utredning',
	inledningsdatum,
	...(slutdatum ? { slutdatum } : {}),
	ansvarigHandlaggare: HANDLAGGARE,
	organisation: 'LSS Myndighet'
});

const text = (id: string, utredningId: string, rubrik: string, t: string) => ({
	id,
	pnr: KUND_B,
	plats: { del: 'dokument', utredningId, rubrik },
	text: t,
	handelsedatum: '2024-02-01',
	signerad: true,
	felmarkerad: false
});

function kopiering(kopiera: Record<string, unknown> = {}, start: Record<string, unknown> = {}) {
	return scenario({
		idag: '2025-05-12',
		manualSections: ['Kopiera en utredning till en ny utredning'],
		start: {
			kunder: [KUND_B_PERSON],
			utredningar: [
				utredning(ANNAN, '2022-03-01', '2022-05-30'),
				utredning(GAMLA, '2024-01-15', '2024-04-30'),
				utredning(NYA, '2025-05-05')
			],
			anteckningar: [
				text('ant-start-1', ANNAN, 'Ansökan', 'Gustav ansöker om ledsagarservice.'),
				text('ant-start-2', GAMLA, 'Ansökan', 'Gustav ansöker om korttidsvistelse.'),
				text(
					'ant-start-3',
					GAMLA,
					'Nuvarande situation',
					`${INTE_AKTUELLT} Han arbetar på daglig verksamhet.`
				)
			],
			...start
		},
		forvantat: {
			kund: { pnr: KUND_B },
			utredningId: NYA,
			dokumentation: {
				kopiera: {
					fran: GAMLA,
					inteAktuellt: [{ rubrik: 'Nuvarande situation', text: INTE_AKTUELLT }],
					...kopiera
				}
			}
		},
		regelverk: ['dokumentation']
	});
}

const inklistrade = (st: CaseState) =>
	st.anteckningar.filter((a) => a.kopieradFran && a.plats.del === 'dokument');
const under = (st: CaseState, rubrik: string) =>
	inklistrade(st).find((a) => a.plats.del === 'dokument' && a.plats.rubrik === rubrik)!;

/** Copy from `fran`, paste into the new one, change the text no longer current, sign it all. */
function forsok(o: { fran?: string; ja?: boolean; andra?: boolean; signera?: boolean } = {}) {
	const steg: Steg[] = [
		{ typ: 'kopieraTexter', utredningId: o.fran ?? GAMLA, medHandelsedatum: o.ja ?? false },
		{ typ: 'klistraInTexter', tillUtredningId: NYA }
	];
	if (o.andra ?? true)
		steg.push((st) => {
			const a = under(st, 'Nuvarande situation');
			return {
				typ: 'sparaAnteckning',
				pnr: KUND_B,
				id: a.id,
				plats: a.plats,
				text: 'Gustav bor i egen lägenhet. Han arbetar på daglig verksamhet.'
			};
		});
	if (o.signera ?? true)
		for (const i of [0, 1])
			steg.push((st) => ({ typ: 'signeraAnteckning', id: inklistrade(st)[i].id }));
	return steg;
}

const s = kopiering();
const betyg = (steg: Steg[]) => grade(s, kor(s, steg));

describe('kopieringsregler (D7)', () => {
	it('passes the copy from the right utredning, Nej, the passage taken out and all signed', () => {
		const r = betyg(forsok());
		const d7 = r.fynd.filter((f) => f.regelId === 'D7');
		expect(d7.map((f) => `${f.status}: ${f.vad}`)).toEqual([
			'ratt: Texterna klistrades in i den nya utredningen',
			'ratt: Texterna kopierades från LSS Utredning 240115-240430',
			'ratt: Nej på Vill du kopiera händelsedatum och tid?',
			'ratt: De inklistrade texterna signerades',
			'ratt: "Gustav bor hos sin syster i Påarp." under Nuvarande situation togs bort innan texten signerades'
		]);
		expect(new Set(d7.map((f) => f.kategori))).toEqual(new Set(['dokumentation']));
		expect(r.godkand).toBe(true);
	});

	it('fails the paste rule once, and assesses none of the others, when nothing is pasted', () => {
		const r = betyg([]);
		expect(ettFynd(r, 'D7', 'klistrades in')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: expect.stringContaining('inga texter klistrades in')
		});
		expect(ettFynd(r, 'D7', 'kopierades från').status).toBe('ej-bedomd');
		expect(ettFynd(r, 'D7', 'togs bort').status).toBe('ej-bedomd');
	});

	it('fails D7 for texts copied from another utredning', () => {
		const r = betyg(
			forsok({ fran: ANNAN, andra: false, signera: false }).concat([
				(st) => ({ typ: 'signeraAnteckning', id: inklistrade(st)[0].id })
			])
		);
		expect(ettFynd(r, 'D7', 'kopierades från')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: expect.stringContaining('LSS Utredning 220301-220530')
		});
		expect(r.godkand).toBe(false);
	});

	it('fails D7 formell for Ja to händelsedatum och tid', () => {
		const r = betyg(forsok({ ja: true }));
		expect(ettFynd(r, 'D7', 'händelsedatum')).toMatchObject({ status: 'fel', kritisk: false });
		expect(r.fynd.filter((f) => f.status === 'fel')).toHaveLength(1);
	});

	it('fails D7 for pasted texts left unsigned', () => {
		const r = betyg(forsok({ signera: false }));
		expect(ettFynd(r, 'D7', 'De inklistrade texterna signerades')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: expect.stringContaining('Gustav ansöker om korttidsvistelse.')
		});
	});

	it('fails D7 when the passage no longer current is signed as copied, felmarkerad or not', () => {
		const kvar = betyg(forsok({ andra: false }));
		expect(ettFynd(kvar, 'D7', 'togs bort')).toMatchObject({ status: 'fel', kritisk: true });
		const felmarkerad = betyg([
			...forsok({ andra: false }),
			(st) => ({ typ: 'felmarkeraAnteckning', id: under(st, 'Nuvarande situation').id })
		]);
		expect(ettFynd(felmarkerad, 'D7', 'togs bort').status).toBe('fel');
	});

	it('quotes the manual verbatim in its section Kopiera en utredning till en ny utredning', () => {
		const manual = readFileSync(
			fileURLToPath(new URL('../../../manual/procapita-lss-manual.txt', import.meta.url)),
			'utf8'
		);
		const sektioner = delaIAvsnitt(manual);
		const regler = dokumentationsregler(s).filter((r) => r.id === 'D7');
		expect(regler).toHaveLength(5);
		for (const r of regler) {
			const f = hittaCitat(sektioner, r.manualcitat ?? '', slug(r.avsnitt));
			expect(f?.sektion.rubrik, `${r.vad}: "${r.manualcitat}"`).toBe(r.avsnitt);
		}
	});

	it('refuses, naming the field, a copy no attempt can make', () => {
		expect(() => dokumentationsregler(kopiering({ fran: 'utr-9' }))).toThrow(
			'scenarios/test/index.md: forvantat.dokumentation.kopiera.fran: utredningen "utr-9" finns inte'
		);
		expect(() => dokumentationsregler(kopiering({ fran: NYA }))).toThrow('kopiera.fran: "utr-ny"');
		expect(() =>
			dokumentationsregler(
				kopiering({ inteAktuellt: [{ rubrik: 'Ansökan', text: INTE_AKTUELLT }] })
			)
		).toThrow('kopiera.inteAktuellt[0]: ingen text under rubriken Ansökan');
		// the new utredning already has a text: Procapita refuses the paste there
		const skrivet = kopiering(
			{ inteAktuellt: [] },
			{
				anteckningar: [
					text('ant-start-2', GAMLA, 'Ansökan', 'x'),
					text('ant-start-9', NYA, 'Bakgrund', 'y')
				]
			}
		);
		expect(() => dokumentationsregler(skrivet)).toThrow(
			'forvantat.utredningId: utredningen "utr-ny" har redan text'
		);
	});
});
