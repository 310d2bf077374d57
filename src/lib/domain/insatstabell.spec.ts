import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { delaIAvsnitt, hittaCitat, jamforbar, type Sektion } from '../manual/avsnitt';
import {
	allaEnheter,
	BESLUT,
	INSATSER,
	INSATSGRUPPER,
	INSATSKATEGORIER,
	LSS_HANDLAGGARE_SLOTS,
	LSS_MYNDIGHET,
	UTFORARE,
	UTFORARENS_ORGANISATION
} from './katalog';
import {
	INGEN_BESLUT,
	INSATSFAMILJER,
	INSATSRADER,
	INSATSTABELL,
	LSS_INSATSER,
	OVRIGA_BESLUT,
	type Insatsfamilj,
	type Insatsrad
} from './insatstabell';
import { citatFor, type Citat } from './insatstabell-citat';
import { insatsnamn, utforareFor } from './insatstabell-uppslag';

const rader = INSATSFAMILJER.map((i): [Insatsfamilj, Insatsrad] => [i, INSATSTABELL[i]]);

describe('the catalogs hold what section 7 names', () => {
	it('lists every insatskategori of the table, LSS Insatser first, and only two distractors', () => {
		const tabellens = new Set([
			LSS_INSATSER,
			...INSATSRADER.flatMap((r) => [
				r.insatskategori,
				r.bestallning.insatskategori ?? LSS_INSATSER
			])
		]);
		for (const k of tabellens) expect(INSATSKATEGORIER).toContain(k);
		expect(INSATSKATEGORIER[0]).toBe(LSS_INSATSER);
		expect(INSATSKATEGORIER.filter((k) => !tabellens.has(k))).toEqual([
			'Hemtjänst SoL',
			'Särskilt boende SoL'
		]);
	});

	it('lists exactly the bifall and avslag of the table and the LASS-beslut, in that order', () => {
		expect(BESLUT).toEqual([
			...INSATSRADER.flatMap((r) => [r.bifall, ...(r.avslag ? [r.avslag] : [])]),
			...OVRIGA_BESLUT.map((b) => b.namn)
		]);
		expect(new Set(BESLUT).size).toBe(BESLUT.length);
	});

	it('lists exactly the insatser of the table, each once', () => {
		expect([...INSATSER].sort()).toEqual([...new Set(INSATSRADER.flatMap(insatsnamn))].sort());
		expect(new Set(INSATSER).size).toBe(INSATSER.length);
	});

	it('groups every insats once, under the bifall insatskategori of its row', () => {
		expect(INSATSGRUPPER.flatMap((g) => g.insatser).sort()).toEqual([...INSATSER].sort());
		for (const [, r] of rader)
			for (const namn of insatsnamn(r))
				expect(INSATSGRUPPER.find((g) => g.insatser.includes(namn))?.insatskategori).toBe(
					r.insatskategori
				);
	});

	it('has every utförare of the table in the register, with a unit of the organisation tree', () => {
		const enheter = allaEnheter();
		for (const [insats, r] of rader)
			for (const u of utforareFor(r)) {
				expect(UTFORARE, insats).toContain(u);
				expect(enheter, `${insats}: ${u}`).toContain(UTFORARENS_ORGANISATION[u]);
			}
		for (const enhet of Object.values(UTFORARENS_ORGANISATION)) expect(enheter).toContain(enhet);
	});

	it('has no utförare beside the table but a distractor, section 9, LASS and the slots', () => {
		const tabellens = new Set(INSATSRADER.flatMap(utforareFor));
		expect(UTFORARE.filter((u) => !tabellens.has(u))).toEqual([
			'Lss, Barn/Ungdom 2', // a distractor beside Lss, Barn/Ungdom 1
			'Privat, Utförare', // section 9 (C1), externa placeringar
			LSS_MYNDIGHET, // LASS (L6)
			...LSS_HANDLAGGARE_SLOTS // LSS Insatser (V2)
		]);
	});

	it('names organisations the tree holds', () => {
		const enheter = allaEnheter();
		for (const [, r] of rader)
			if (r.bestallning.utforarensOrganisation)
				expect(enheter).toContain(r.bestallning.utforarensOrganisation);
	});
});

describe('every special case of a row has its quote', () => {
	const par: [keyof Citat, (r: Insatsrad) => boolean][] = [
		['avslag', (r) => !!r.avslag],
		['niva', (r) => r.niva],
		['timmar', (r) => r.timmar !== undefined],
		['perManad', (r) => r.perManad],
		['verkstaller', (r) => !!r.verkstaller],
		['bestallningInsatskategori', (r) => !!r.bestallning.insatskategori],
		['utforarensOrganisation', (r) => !!r.bestallning.utforarensOrganisation]
	];
	for (const [falt, har] of par)
		it(falt, () => {
			for (const [insats, r] of rader) expect(!!citatFor(r)[falt], insats).toBe(har(r));
		});

	it('has O6 replace a beställning with one utförare, both with a nivå', () => {
		const sf = INSATSTABELL.stodfamilj;
		expect(sf.verkstaller).toBe('korttidsvistelse');
		const kv = INSATSTABELL.korttidsvistelse;
		expect(typeof kv.bestallning.utforare).toBe('string');
		expect(kv.niva && sf.niva).toBe(true);
	});
});

// The manual itself, as the in-app manual reads it: cut into its sections, a quote found as
// `hittaCitat` finds it (across line breaks, with "…" between the parts it leaves out).
const sektioner = delaIAvsnitt(
	readFileSync(
		fileURLToPath(new URL('../manual/procapita-lss-manual.txt', import.meta.url)),
		'utf8'
	)
);
const LASS = 'LASS-beslut (beslut om assistansersättning från Försäkringskassan)';

function sektion(rubrik: string): Sektion {
	const s = sektioner.find((x) => x.rubrik === rubrik);
	if (!s) throw new Error(`Avsnittet "${rubrik}" finns inte i manualen.`);
	return s;
}

/** A section's text as quotes are compared: whitespace collapsed, lowercase. */
const jamfor = (s: Sektion): string => jamforbar(s.text).text;

/** Whether `citat` stands in `s` itself, not only in some other section. */
const star = (s: Sektion, citat: string): boolean => hittaCitat([s], citat) !== undefined;

const BESLUTSCITAT: (keyof Citat)[] = [
	'insatskategori',
	'bifall',
	'avslag',
	'datum',
	'personkrets',
	'niva',
	'timmar',
	'timmarMinuter',
	'perManad'
];

/** rules.md reading 9 (and 8 for stödfamilj): the insats names the manual does not state. */
const INFERRED_INSATS: Insatsfamilj[] = ['korttidstillsyn', 'stodfamilj', 'bostad-barn-och-ungdom'];

describe('the rows read as the manual writes them', () => {
	it('names sections the manual has', () => {
		for (const r of INSATSRADER)
			for (const rubrik of [r.beslutAvsnitt, r.bestallningAvsnitt])
				expect(sektioner.map((s) => s.rubrik)).toContain(rubrik);
	});

	for (const [insats, r] of rader)
		describe(insats, () => {
			const beslut = sektion(r.beslutAvsnitt);
			const bestallning = sektion(r.bestallningAvsnitt);

			it('quotes the manual verbatim, each quote in its own section', () => {
				for (const [falt, citat] of Object.entries(citatFor(r)) as [keyof Citat, string][]) {
					const del = BESLUTSCITAT.includes(falt) ? beslut : bestallning;
					expect(star(del, citat), `${falt}: "${citat}" i ${del.rubrik}`).toBe(true);
				}
			});

			it('has each value in its quote', () => {
				const c = citatFor(r);
				expect(c.insatskategori).toContain(r.insatskategori);
				expect(c.bifall).toContain(r.bifall);
				if (r.avslag) {
					expect(c.avslag).toContain(r.avslag);
					expect(c.insatskategori.toLowerCase()).toContain(
						`avslag: välj ${LSS_INSATSER.toLowerCase()}`
					);
				}
				expect(c.datum).toContain('Beslutsdatum');
				expect(c.datum).toContain('eventuellt slutdatum');
				if (r.niva) expect(c.niva).toContain('Nivå: 1, 2 eller 3');
				if (r.timmar === 'inga') expect(c.timmar).toContain('ska inte fyllas i');
				else if (r.timmar) expect(c.timmar).toContain(`per ${r.timmar.toLowerCase()}`);
				if (c.timmarMinuter) expect(c.timmarMinuter).toContain('timmar.minuter');
				if (r.timmar) expect(c.kvantitet).toMatch(/timmar/);
				else expect(c.kvantitet).toBeUndefined();
				if (r.perManad) expect(c.perManad).toContain('ett beslut per månad');
				expect(c.bestallningBeslut).toContain(
					r.bestallning.beslut === INGEN_BESLUT ? INGEN_BESLUT : r.bifall
				);
				if (r.bestallning.insatskategori)
					expect(c.bestallningInsatskategori).toContain(r.bestallning.insatskategori);
				for (const u of utforareFor(r)) expect(c.utforare).toContain(u);
				if (r.bestallning.utforarensOrganisation)
					expect(c.utforarensOrganisation).toContain(r.bestallning.utforarensOrganisation);
				if (r.verkstaller) {
					const ersatt = INSATSTABELL[r.verkstaller].bestallning.utforare;
					expect(c.verkstaller).toContain(`En beställning till ${String(ersatt)}`);
					for (const u of utforareFor(r)) expect(c.verkstaller).toContain(u);
				}
			});

			it('names no other insats of its section in the quotes of its beslut', () => {
				const andra = INSATSRADER.filter(
					(o) => o !== r && o.beslutAvsnitt === r.beslutAvsnitt
				).flatMap((o) => [o.bifall, ...(o.avslag ? [o.avslag] : [])]);
				const c = citatFor(r);
				for (const citat of [c.bifall, c.avslag ?? '', c.bestallningBeslut])
					for (const namn of andra) expect(citat, namn).not.toContain(namn);
			});

			it('names the insats of the beställning as the manual does, or marks it inferred', () => {
				const citat = citatFor(r).insats ?? '';
				// "korttidsvistelse 1, 2 eller 3" names Korttidsvistelse 1–3; other names stand as written
				const niva = r.bestallning.insats.typ === 'niva';
				const namngivna = insatsnamn(r).every((n) =>
					niva
						? citat.toLowerCase().includes(n.replace(/ [123]$/, '').toLowerCase())
						: citat.includes(n)
				);
				expect(namngivna).toBe(!INFERRED_INSATS.includes(insats));
				if (niva) expect(citat).toContain('1, 2 eller 3');
			});

			it('states the Insatskategori of an avslag and of the beställning only where it does', () => {
				if (r.avslag)
					expect(jamfor(beslut)).toContain(`avslag: välj ${LSS_INSATSER.toLowerCase()}`);
				else
					expect(jamfor(beslut)).not.toContain(
						`${r.bifall.replace(/ Bifall$/, '')} Avslag`.toLowerCase()
					);
				expect(jamfor(bestallning).includes('vid insatskategori: välj')).toBe(
					!!r.bestallning.insatskategori
				);
			});
		});

	it('quotes the LASS-beslut from its own section', () => {
		for (const b of OVRIGA_BESLUT) {
			expect(b.avsnitt).toBe(LASS);
			expect(star(sektion(b.avsnitt), b.citat), b.citat).toBe(true);
			expect(b.citat).toContain(b.namn);
		}
	});
});
