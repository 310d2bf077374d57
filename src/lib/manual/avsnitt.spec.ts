import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lasAllaScenarier } from '../content/fs';
import { MANUALENS_AVSNITT } from '../domain/grading/avsnitt';
import { byggRegler } from '../domain/grading/regelverk';
import { INSATSRADER, OVRIGA_BESLUT } from '../domain/insatstabell';
import { KAPITEL } from '../domain/kurs';
import { slug } from './slug';
import { delaIAvsnitt, hittaCitat, narmastAvsnitt, sammanhang, sok } from './avsnitt';
import { citatFor } from '../domain/insatstabell-citat';

const TEXT = readFileSync(
	fileURLToPath(new URL('./procapita-lss-manual.txt', import.meta.url)),
	'utf8'
);
const sektioner = delaIAvsnitt(TEXT);
const bySlug = (s: string) => sektioner.find((x) => x.slug === s)!;

describe('delaIAvsnitt', () => {
	it('gives every heading of MANUALENS_AVSNITT exactly one section, in order, slugs unique', () => {
		expect(sektioner.map((s) => s.rubrik)).toEqual([...MANUALENS_AVSNITT]);
		expect(new Set(sektioner.map((s) => s.slug)).size).toBe(sektioner.length);
	});

	it('marks the chapters of the course as level 1', () => {
		expect(sektioner.filter((s) => s.niva === 1).map((s) => s.rubrik)).toEqual([...KAPITEL]);
	});

	it('takes the headings, not the figure labels that repeat them', () => {
		expect(bySlug('utredningar').stycken[0]).toMatch(/^Utredningar för aktuell kund/);
		expect(bySlug('verkstalligheter').stycken[0]).toMatch(/^Verkställigheter för aktuell kund/);
		expect(bySlug('personuppgifter').text).toContain(
			'Till höger finns knappar med texten Lägg till.'
		);
		// named again inside LASS-beslut: that one stays text of LASS-beslut
		expect(bySlug('oppna-en-verkstallighet-lss-insatser').text).toContain(
			'välj rätt LSS-handläggare, någon av LSS-handläggare 1-11.'
		);
		expect(bySlug(slug(MANUALENS_AVSNITT[50])).text).toContain(
			'Öppna en verkställighet LSS Insatser'
		);
	});

	it('drops call-out numbers and page headers, keeps numbered steps as their own paragraphs', () => {
		for (const s of sektioner)
			for (const p of s.stycken) {
				expect(p, s.rubrik).not.toMatch(/^\d+( \d+)*$/);
				expect(p, s.rubrik).not.toContain('2023-03-20');
			}
		expect(bySlug('registrera-en-ny-kund').stycken.slice(0, 2)).toEqual([
			'1) Skriv personnumret i sökrutan.',
			'2) Om rutan som kommer upp är tom ska du klicka på Sök KIR.'
		]);
		// a step wrapped over a blank line is one paragraph
		expect(bySlug('utredningsjournal').stycken).toContain(
			'2) Klicka sen på Dokumentation. Du kommer då in i utredningens dokumentation och Rubrikträdet syns, som innehåller Utredningsjournal och Utredningsdokument.'
		);
	});

	it('joins a word the PDF broke after a hyphen without a space', () => {
		expect(bySlug('oppna-en-verkstallighet-lss-insatser').text).not.toContain('LSS- handläggare');
	});

	it('names the heading the text lacks', () => {
		expect(() => delaIAvsnitt('Mina sidor \ntext', ['Mina sidor', 'Saknas'])).toThrow(/Saknas/);
	});
});

describe('slug', () => {
	it('is the heading in lowercase, å/ä/ö as a/a/o, other characters as -', () => {
		expect(slug('Beslut och beställning')).toBe('beslut-och-bestallning');
		expect(
			slug('Öppna en verkställighet vid bifall personlig assistans med utförare Lss, Eget val')
		).toBe('oppna-en-verkstallighet-vid-bifall-personlig-assistans-med-utforare-lss-eget-val');
		expect(slug('Beslut korttidstillsyn och korttidsvistelse/stödfamilj')).toBe(
			'beslut-korttidstillsyn-och-korttidsvistelse-stodfamilj'
		);
	});
});

describe('hittaCitat', () => {
	it('finds a sentence across line breaks, in its section, at its place', () => {
		const f = hittaCitat(
			sektioner,
			'Vid nyckelkoden ska du välja 999999 – Ej skriven i\n  Helsingborg.'
		);
		expect(f?.sektion.rubrik).toBe('Registrera en ny kund');
		const [s] = f!.strackor;
		expect(f!.sektion.text.slice(s.start, s.slut)).toBe(
			'Vid nyckelkoden ska du välja 999999 – Ej skriven i Helsingborg.'
		);
	});

	it('reads a word broken at a hyphen as whole, and curly quotes as straight', () => {
		expect(
			hittaCitat(sektioner, 'välj rätt LSS- handläggare, någon av LSS- handläggare')?.sektion.slug
		).toBe('oppna-en-verkstallighet-lss-insatser');
		expect(hittaCitat(sektioner, 'under avsnittet "Söka fram kund"')?.sektion.slug).toBe(
			'aktualisera-och-inleda-utredning'
		);
	});

	it('matches the parts of a quote joined with … in order within one section', () => {
		const f = hittaCitat(sektioner, 'OBS: glöm inte att ändra … (t.ex. 19 eller 20).');
		expect(f?.sektion.slug).toBe('soka-fram-kund');
		expect(f?.strackor).toHaveLength(2);
		expect(hittaCitat(sektioner, '(t.ex. 19 eller 20) … OBS: glöm inte')).toBeUndefined();
	});

	it('prefers the section named, then any other', () => {
		const citat = 'Vid Organisation: välj LSS Myndighet.';
		expect(hittaCitat(sektioner, citat, 'oppna-en-verkstallighet-lss-insatser')?.sektion.slug).toBe(
			'oppna-en-verkstallighet-lss-insatser'
		);
		expect(hittaCitat(sektioner, 'Klicka på Sök KIR', 'mina-sidor')?.sektion.slug).toBe(
			'registrera-en-ny-kund'
		);
		expect(hittaCitat(sektioner, 'Detta står inte i manualen.')).toBeUndefined();
	});
});

describe('every quote the app shows is in the manual', () => {
	const citat = new Map<string, string>();
	for (const s of lasAllaScenarier(fileURLToPath(new URL('../../../scenarios', import.meta.url))))
		for (const r of byggRegler(s))
			if (r.manualcitat) citat.set(r.manualcitat, `${s.id}: regel ${r.id}`);
	for (const r of INSATSRADER)
		for (const [falt, c] of Object.entries(citatFor(r)))
			if (c) citat.set(c, `insatstabell ${r.beslutAvsnitt}: ${falt}`);
	for (const b of OVRIGA_BESLUT) citat.set(b.citat, `insatstabell ${b.namn}`);

	it('collects the quotes of the shipped scenarios', () => {
		expect(citat.size).toBeGreaterThan(20);
	});

	it.each([...citat])('"%s" (%s)', (c) => {
		expect(hittaCitat(sektioner, c)).toBeDefined();
	});
});

describe('sok', () => {
	it('lists each section holding the words, with the first hit and how many', () => {
		const t = sok(sektioner, 'personkretstillhörighet');
		expect(t.map((x) => x.sektion.rubrik)).toContain('Beslut bostad vuxna');
		const forsta = t[0];
		expect(forsta.sektion.text.slice(forsta.stracka.start, forsta.stracka.slut)).toBe(
			'personkretstillhörighet'
		);
		expect(sok(sektioner, '  ')).toEqual([]);
	});

	it('ignores case and gives the hit in its context', () => {
		const [t] = sok(sektioner, 'KIKAREN');
		const s = sammanhang(t.sektion.text, t.stracka, 20);
		expect(s.traff.toLowerCase()).toBe('kikaren');
		expect(s.fore.length).toBeGreaterThan(0);
	});
});

describe('narmastAvsnitt', () => {
	it('finds the section a sentence about the manual is about', () => {
		expect(
			narmastAvsnitt(sektioner, 'Finns personen inte i personregistret, sök i KIR.')?.rubrik
		).toBe('Registrera en ny kund');
		expect(narmastAvsnitt(sektioner, 'Xyzzy plugh.')).toBeUndefined();
	});
});
