import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beskrivSteg } from '../domain/facit/beskrivning';
import { variantSteg } from '../domain/facit/variant';
import { FacitFel, lasFacit } from './facit';

const FIX = 'src/lib/content/fixtures/facit';

/** What each bad fixture's message must say besides the file: the field or step, and the gist. */
const FORVANTADE_FEL: Record<string, string> = {
	'okand-roll.yaml': 'steg[0].klicka: okänd roll "knap"; skriv en av knapp, flik',
	'tva-handlingar.yaml': 'steg[0]: okänt fält "dubbelklicka"',
	'hogerklicka-utan-valj.yaml': 'steg[0].valj: saknas men måste finnas',
	'okant-steg-id.yaml': 'varianter.fail-x.ta-bort: steget "spara" finns inte i steg',
	'fail-utan-fel.yaml': 'varianter.fail-x.fel: saknas; skriv vilka regler som ska bli fel',
	'variantnamn.yaml': 'ska heta pass-… (en annan rätt väg) eller fail-… (ett fel)',
	'dubbelt-id.yaml': 'steg[1].id: "sok" finns redan',
	'falt-pa-klick.yaml': 'varianter.fail-x.falt.sok: steget "sok" fyller inga fält',
	'alias-bomb.yaml': 'alias',
	'yaml-syntaxfel.yaml': 'YAML-fel på rad',
	'tom.yaml': 'steg: ska ha minst ett steg',
	'variant-pass-facit.yaml': 'varianter.pass-facit: namnet är facitets eget försök'
};

function felFor(fil: string): FacitFel {
	const kalla = `${FIX}/bad/${fil}`;
	try {
		lasFacit(readFileSync(kalla, 'utf8'), kalla);
	} catch (e) {
		if (e instanceof FacitFel) return e;
		throw e;
	}
	throw new Error(`${fil} lästes utan fel`);
}

describe('lasFacit', () => {
	const facit = lasFacit(readFileSync(join(FIX, 'good/alla-former.yaml'), 'utf8'), 'alla-former');

	it('reads every step form, with its area, its id and its why', () => {
		expect(facit.steg).toHaveLength(7);
		expect(facit.steg[3]).toEqual({
			id: 'meny',
			hogerklicka: { roll: 'nod', namn: 'LSS utredning o verkställighet' },
			valj: 'Aktualisering',
			varfor: 'Högerklicka på LSS utredning o verkställighet och välj Aktualisering.'
		});
		expect(facit.steg[4].i).toEqual([
			{ roll: 'flikpanel', namn: 'Beslut' },
			{ roll: 'region', namn: 'Aktualisering' }
		]);
		expect(facit.steg[5]).toMatchObject({
			dubbelklicka: { roll: 'nod', namn: 'LSS Utredning 250324-*', nr: 2 }
		});
	});

	it('reads a variant expectation as a rule id or a rule id and its vad', () => {
		expect(facit.varianter['fail-falt'].fel).toEqual(['A3', { regel: 'A4', vad: 'Organisation' }]);
		expect(facit.varianter['pass-slutar-tidigt'].fel).toEqual([]);
	});

	it('refuses every bad fixture, naming the file and the field or step', () => {
		const filer = readdirSync(join(FIX, 'bad')).sort();
		expect(filer).toEqual(Object.keys(FORVANTADE_FEL).sort());
		for (const fil of filer) {
			const fel = felFor(fil);
			expect(fel.rader.length, fil).toBeGreaterThan(0);
			for (const rad of fel.rader) expect(rad, fil).toMatch(new RegExp(`^${FIX}/bad/${fil}: `));
			expect(fel.message, fil).toContain(FORVANTADE_FEL[fil]);
		}
	});
});

describe('variantSteg', () => {
	const facit = lasFacit(readFileSync(join(FIX, 'good/alla-former.yaml'), 'utf8'), 'alla-former');
	const steg = (namn: string) => variantSteg(facit, namn, facit.varianter[namn]);

	it('changes the named fields of a fyll step; null leaves the form its own value', () => {
		const s = steg('fail-falt');
		expect(s).toHaveLength(facit.steg.length);
		expect(s[4]).toMatchObject({ fyll: { Datum: '2025-03-05', 'Utredning avslutas': false } });
		expect('fyll' in s[4] && 'Organisation' in s[4].fyll).toBe(false);
		// The facit itself is untouched
		expect(facit.steg[4]).toMatchObject({ fyll: { Organisation: 'LSS Myndighet' } });
	});

	it('removes, replaces, adds before and after, and stops early', () => {
		expect(steg('fail-utan-spara').map((s) => s.id)).not.toContain('spara');
		const b = steg('fail-byt-och-lagg-till').map(beskrivSteg);
		expect(b).toContain('Dubbelklicka på Annan.');
		expect(b.indexOf('Klicka på knappen Ny.')).toBe(3);
		expect(b.at(-1)).toBe('Klicka på knappen OK.');
		expect(steg('pass-slutar-tidigt')).toHaveLength(2);
	});
});

describe('beskrivSteg', () => {
	const facit = lasFacit(readFileSync(join(FIX, 'good/alla-former.yaml'), 'utf8'), 'alla-former');

	it('reads each step as the manual would tell it', () => {
		expect(facit.steg.map(beskrivSteg)).toEqual([
			'Klicka på fliken Social och vård dokumentation.',
			'Fyll i Sök kund: 801116-9235, Århundrade: 19.',
			'Klicka på knappen Sök.',
			'Högerklicka på LSS utredning o verkställighet och välj Aktualisering.',
			'Fyll i Datum: 2025-03-03, Organisation: LSS Myndighet, kryssa ur Utredning avslutas i Aktualisering i fliken Beslut.',
			'Dubbelklicka på LSS Utredning 250324-… (nummer 2).',
			'Klicka på knappen Spara i Verktygsfält.'
		]);
	});
});
