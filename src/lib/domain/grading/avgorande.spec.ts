import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lasScenarioFil } from '../../content/fs';
import { kontrolleraMapp, scenarioMappar } from '../../content/kontroll';
import { lasScenario, ScenarioFel } from '../../content/scenario';
import type { BeslutUtkast, BestallningUtkast } from '../beslut-kommandon';
import type { Scenario } from '../../schemas/scenario';
import {
	arAvgorande,
	AvgorandeFel,
	KONTROLLER,
	KONTROLLSLAG,
	tillampaAvgorande,
	type Kontroll
} from './avgorande';
import { grade, kontrolleraScenario } from './motor';
import { byggRegler } from './regelverk';
import {
	andra,
	ettFynd,
	forsok,
	iPagaende,
	kor,
	nyAnsokan,
	obsKir,
	omprovning,
	type Steg
} from './testdata';
import {
	beslutsscenario,
	boendeOchDagligVerksamhet,
	delavslag,
	dokumentation,
	personligAssistans,
	rattForsok,
	stodfamilj,
	utokning
} from './testdata-beslut';
import type { Rapport } from './typer';

const SCENARIER = resolve(__dirname, '../../../../scenarios');
const MANUAL = resolve(__dirname, '../../manual/procapita-lss-manual.txt');

const TESTSCENARIER = [
	nyAnsokan,
	obsKir,
	omprovning,
	iPagaende,
	stodfamilj,
	personligAssistans,
	utokning,
	delavslag,
	boendeOchDagligVerksamhet,
	dokumentation
];

/** The correct attempt with every beslut's fields changed by `f`. */
const medBeslut = (s: Scenario, f: (u: BeslutUtkast, i: number) => Partial<BeslutUtkast>) =>
	andra(rattForsok(s), 'sparaBeslut', (k) => ({
		...k,
		utkast: k.utkast.map((u, i) => ({ ...u, ...f(u, i) }))
	}));

/** The correct attempt with every beställning's fields changed. */
const medBestallning = (s: Scenario, andrat: Partial<BestallningUtkast>) =>
	andra(rattForsok(s), 'sparaBestallning', (k) => ({ ...k, utkast: { ...k.utkast, ...andrat } }));

const felen = (r: Rapport) =>
	r.fynd.filter((f) => f.status === 'fel').map((f) => `${f.regelId}${f.kritisk ? '!' : ''}`);

describe('the table of what is avgörande', () => {
	it('gives every kind what it checks, the reason and the manual’s words', () => {
		for (const k of KONTROLLSLAG) {
			const c = KONTROLLER[k];
			expect(c.vad.length, k).toBeGreaterThan(10);
			expect(c.skal.length, k).toBeGreaterThan(10);
			expect(c.citat.length, k).toBeGreaterThan(0);
		}
	});

	it('calls formella only how and when the case was handled, and who handled it', () => {
		expect(KONTROLLSLAG.filter((k) => !arAvgorande(k))).toEqual([
			'sokning',
			'datum',
			'handlaggare',
			'uppgift',
			'bevakningsuppgift',
			'ordning'
		]);
	});

	// The manual in the repository, the text the in-app manual shows.
	it('quotes the manual verbatim', () => {
		const normalisera = (t: string) =>
			t
				.split('\n')
				.filter((rad) => !/^\s*\d+\s*$/.test(rad))
				.join(' ')
				.replace(/\s+/g, ' ');
		const manual = normalisera(readFileSync(MANUAL, 'utf8'));
		for (const k of KONTROLLSLAG)
			for (const c of KONTROLLER[k].citat) expect(manual, `${k}: ${c}`).toContain(c);
	});
});

describe('the rule sets tag every rule with its kind', () => {
	const scenarier: Scenario[] = [
		...TESTSCENARIER.map((f) => f()),
		...scenarioMappar(SCENARIER).map((m) => lasScenarioFil(join(m, 'index.md')))
	];

	it('in every test and shipped scenario, and take kritisk from the table', () => {
		for (const s of scenarier) {
			const regler = byggRegler(s);
			for (const r of regler.slice(0, regler.length - s.regler.length)) {
				expect(KONTROLLSLAG, `${s.kalla}: ${r.vad}`).toContain(r.kontroll);
				// a point the brief makes (`avgorande`) overrides the table, and only there
				const egen = s.avgorande.find(
					(a) => a.regel === r.id && (a.vad === undefined || a.vad === r.vad)
				);
				expect(r.kritisk, `${s.kalla}: ${r.vad}`).toBe(
					egen ? egen.kritisk : arAvgorande(r.kontroll as Kontroll)
				);
			}
		}
	});

	it('leaves only the formella checks of a whole case non-kritisk', () => {
		const formella = (s: Scenario) => byggRegler(s).filter((r) => !r.kritisk);
		expect(formella(nyAnsokan()).map((r) => `${r.id} ${r.vad}`)).toEqual([
			'S5 Kunden söktes i personregistret med rätt århundrade',
			'S5 Personen söktes i KIR',
			'A3 Datum på aktualiseringen LSS Ledsagarservice',
			'A3 Från vem på aktualiseringen LSS Ledsagarservice',
			'A3 Ansvarig handläggare på aktualiseringen LSS Ledsagarservice',
			'A3 Datum på aktualiseringen LSS Kontaktperson',
			'A3 Från vem på aktualiseringen LSS Kontaktperson',
			'A3 Ansvarig handläggare på aktualiseringen LSS Kontaktperson',
			'U2 Inledningsdatum',
			'U4 Ansvarig handläggare på utredningen',
			'U7 Personregistret söktes innan Sök KIR',
			'U7 Sök KIR gjordes innan kunden sparades i personregistret',
			'U7 Kunden registrerades innan aktualiseringen',
			'U7 Aktualiseringen sparades innan Inled utredning'
		]);
		expect(formella(personligAssistans()).map((r) => `${r.id} ${r.vad}`)).toEqual([
			'B2 Beslutsdatum för LSS Personlig assistent Bifall',
			'B2 Beslutsfattare för LSS Personlig assistent Bifall',
			'O1 Beställningen gjordes efter bifallsbeslutet',
			'V2 Gäller fr.o.m. på LSS Insatser',
			'V2 LSS Insatser öppnades efter bifallsbeslutet',
			'V3 Gäller fr.o.m. på verkställigheten Personlig ass LSS'
		]);
		expect(formella(dokumentation())).toEqual([]);
	});
});

describe('one mistake at the default pass mark', () => {
	const andraUtredning = (s: Scenario): Steg[] => [
		...forsok(s),
		{
			typ: 'inledUtredning',
			pnr: s.forvantat.kund.pnr,
			inledningsdatum: '2024-03-04',
			utredningstyp: 'LSS Utredning',
			ansvarigHandlaggare: 'Berg, Sara',
			organisation: 'LSS Myndighet',
			aktualiseringIds: []
		}
	];
	const avgorande: [string, () => Scenario, (s: Scenario) => Steg[], string[]][] = [
		[
			'the beställning to the wrong utförare',
			personligAssistans,
			(s) => medBestallning(s, { utforare: 'Enhetschef, Personlig Assistans' }),
			['O2!']
		],
		[
			'the wrong nivå in the beställning',
			stodfamilj,
			(s) => medBestallning(s, { insatser: ['Stödfamilj 3'] }),
			['O6!']
		],
		[
			'the hours per Vecka, not per Månad',
			personligAssistans,
			(s) => medBeslut(s, () => ({ period: 'Vecka' })),
			['B7!']
		],
		[
			'Utredning avslutas on both beslut',
			delavslag,
			(s) => medBeslut(s, () => ({ utredningAvslutas: true })),
			['B4!']
		],
		['a second utredning instead of the pågående one', iPagaende, andraUtredning, ['U1!']],
		[
			'the name first name first',
			nyAnsokan,
			(s) =>
				andra(forsok(s), 'registreraKund', (k) => ({
					...k,
					person: { ...k.person, efternamn: 'Alva', fornamn: 'Lind' }
				})),
			['S5!']
		],
		[
			'a journal note left unsigned',
			dokumentation,
			(s) => rattForsok(s).filter((_k, i) => i !== 1),
			['D2!', 'D2!']
		],
		[
			'the wrong note left standing, not felmarkerad',
			dokumentation,
			(s) =>
				rattForsok(s).filter((k) => typeof k === 'function' || k.typ !== 'felmarkeraAnteckning'),
			['D5!']
		]
	];

	it.each(avgorande)('fails the attempt: %s', (_namn, scenario, steg, fel) => {
		const s = scenario();
		const r = grade(s, kor(s, steg(s)));
		expect(felen(r)).toEqual(fel);
		// the share alone may pass (most of these are 90 % or more): the kritisk rule fails it
		expect(r).toMatchObject({ godkand: false, godkandVid: 0.8 });
		expect(r.kritiskaFel.length).toBeGreaterThan(0);
	});

	const formella: [string, () => Scenario, (s: Scenario) => Steg[], string[]][] = [
		[
			'another Beslutsfattare',
			personligAssistans,
			(s) => medBeslut(s, () => ({ beslutsfattare: 'Berg, Sara' })),
			['B2']
		],
		[
			'a Beslutsdatum a day off',
			personligAssistans,
			(s) => medBeslut(s, () => ({ beslutsdatum: '2025-03-11' })),
			['B2']
		],
		[
			'another Från vem on the aktualisering',
			iPagaende,
			(s) =>
				andra(forsok(s), 'sparaAktualiseringar', (k) => ({
					...k,
					utkast: k.utkast.map((u) => ({ ...u, franVem: 'Vårdnadshavare' }))
				})),
			['A3']
		]
	];

	it.each(formella)('costs points only: %s', (_namn, scenario, steg, fel) => {
		const s = scenario();
		const r = grade(s, kor(s, steg(s)));
		expect(felen(r)).toEqual(fel);
		expect(r).toMatchObject({ godkand: true, kritiskaFel: [] });
		expect(r.poang).toBe(r.maxPoang - 1);
	});
});

describe('a scenario’s avgorande', () => {
	const BESLUT = personligAssistans().forvantat;
	const medAvgorande = (avgorande: unknown[], raw: Record<string, unknown> = {}) =>
		beslutsscenario(BESLUT, { avgorande, ...raw });
	const varfor = 'Briefen gör en poäng av det.';

	it('makes a formell rule avgörande when the brief makes a point of it', () => {
		const s = medAvgorande([
			{ regel: 'B2', vad: 'Beslutsdatum för LSS Personlig assistent Bifall', kritisk: true, varfor }
		]);
		const r = grade(
			s,
			kor(
				s,
				medBeslut(s, () => ({ beslutsdatum: '2025-03-11' }))
			)
		);
		expect(r).toMatchObject({ godkand: false, kritiskaFel: ['B2'] });
		// only that rule: Beslutsfattare stays formell
		expect(byggRegler(s).find((x) => x.vad.startsWith('Beslutsfattare'))?.kritisk).toBe(false);
	});

	it('lets an avgörande rule cost points only', () => {
		const s = medAvgorande([
			{
				regel: 'O2',
				vad: 'Utförare i beställningen för LSS Personlig assistent Bifall',
				kritisk: false,
				varfor
			}
		]);
		const steg = medBestallning(s, { utforare: 'Enhetschef, Personlig Assistans' });
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'O2', 'Utförare')).toMatchObject({ status: 'fel', kritisk: false });
		expect(r.godkand).toBe(true);
	});

	it('without vad, sets every rule with the id', () => {
		const s = medAvgorande([{ regel: 'B2', kritisk: true, varfor }]);
		const b2 = byggRegler(s).filter((r) => r.id === 'B2');
		expect(b2.length).toBe(4);
		expect(b2.every((r) => r.kritisk)).toBe(true);
	});

	/** The lines kontrolleraScenario refuses the scenario with. */
	const rader = (s: Scenario): string[] => {
		try {
			kontrolleraScenario(s);
		} catch (e) {
			if (e instanceof AvgorandeFel) return e.rader;
			throw e;
		}
		return [];
	};

	it('refuses an entry that names no rule the scenario builds, naming file and field', () => {
		const s = medAvgorande([
			{ regel: 'U2', kritisk: true, varfor },
			{ regel: 'B2', vad: 'Beslutsdatum', kritisk: true, varfor }
		]);
		const fel = rader(s);
		expect(fel).toHaveLength(2);
		expect(fel[0]).toMatch(
			/^scenarios\/test\/index\.md: avgorande\[0\]\.regel: scenariot bygger ingen regel U2\. Regelverken \(regelverk: \[beslut, bestallning, verkstallighet, dokumentation, bedomning\]\) bygger: B1, B2, B3, B7, B4, O1, O2, O3, B6, V2, V3, V4\.$/
		);
		expect(fel[1]).toBe(
			'scenarios/test/index.md: avgorande[1].vad: ingen regel B2 heter "Beslutsdatum". Reglerna B2 som scenariot bygger heter: ' +
				'"Beslutsdatum för LSS Personlig assistent Bifall", "Gäller fr.o.m. för LSS Personlig assistent Bifall", ' +
				'"Beslutsfattare för LSS Personlig assistent Bifall", ' +
				'"Organisation för LSS Personlig assistent Bifall".'
		);
	});

	it('refuses an entry for a raw rule, and one that contradicts another', () => {
		const egen = {
			id: 'X1',
			avsnitt: 'Beslut och beställning',
			vad: 'Egen',
			fakta: 'handelser',
			operator: 'exists'
		};
		const s = medAvgorande(
			[
				{ regel: 'X1', kritisk: true, varfor },
				{ regel: 'B4', kritisk: false, varfor },
				{
					regel: 'B4',
					vad: 'Utredning avslutas var ikryssad på det sista beslutet',
					kritisk: true,
					varfor
				}
			],
			{ regler: [egen] }
		);
		expect(rader(s)).toEqual([
			'scenarios/test/index.md: avgorande[0].regel: X1 är en egen regel under regler; sätt kritisk på den där i stället.',
			'scenarios/test/index.md: avgorande[2]: säger kritisk: true om "Utredning avslutas var ikryssad på det sista beslutet", men avgorande[1] säger kritisk: false; ta bort den ena.'
		]);
	});

	it('changes nothing without entries', () => {
		const s = personligAssistans();
		const regler = byggRegler(s);
		expect(tillampaAvgorande(s, regler)).toEqual(regler);
	});

	it('is refused by the schema when malformed, in Swedish, naming each field', () => {
		const text = (avgorande: string) =>
			[
				'---',
				'id: x',
				'version: 1',
				'title: X',
				'level: grund',
				'manualSections: [Söka fram kund]',
				'idag: 2025-03-10',
				"roll: { namn: 'Berg, Sara', lssHandlaggare: LSS-handläggare 1 }",
				"forvantat: { kund: { pnr: '195001182046' } }",
				'regelverk: [sokning]',
				avgorande,
				'---',
				'Brief.'
			].join('\n');
		let fel: string[] = [];
		try {
			lasScenario(
				text(
					"avgorande: [{ regel: b2, kritisk: ja, grund: x }, { regel: B2, kritisk: true, varfor: '' }]"
				),
				'x/index.md'
			);
		} catch (e) {
			if (e instanceof ScenarioFel) fel = e.rader;
		}
		expect(fel).toEqual([
			'x/index.md: avgorande[0].regel: ska vara ett regel-id ur rules.md, t.ex. B2',
			'x/index.md: avgorande[0].kritisk: ska vara true (felet underkänner försöket ensamt) eller false (felet kostar bara poäng)',
			'x/index.md: avgorande[0].varfor: saknas: skriv vilken poäng i briefen som gör regeln avgörande eller inte',
			'x/index.md: avgorande[0]: okänt fält "grund" (stavfel, eller ett fält som inte finns i formatet)',
			'x/index.md: avgorande[1].varfor: får inte vara tomt: skriv vilken poäng i briefen som gör regeln avgörande eller inte'
		]);
		expect(
			lasScenario(
				text('avgorande: [{ regel: S2, kritisk: false, varfor: Övning i att söka }]'),
				'x/index.md'
			).avgorande
		).toEqual([{ regel: 'S2', kritisk: false, varfor: 'Övning i att söka' }]);
	});

	it('is reported by the scenario check, one line per entry', () => {
		const mapp = join(mkdtempSync(join(tmpdir(), 'avgorande-')), 'ledsagarservice-bifall');
		try {
			cpSync(join(SCENARIER, 'ledsagarservice-bifall'), mapp, { recursive: true });
			const index = join(mapp, 'index.md');
			const text = readFileSync(index, 'utf8').replace(
				'\nregelverk:',
				'\navgorande:\n  - { regel: S6, kritisk: true, varfor: x }\n  - { regel: O2, vad: Utförare, kritisk: true, varfor: x }\nregelverk:'
			);
			writeFileSync(index, text);
			const k = kontrolleraMapp(mapp);
			expect(k.problem).toHaveLength(2);
			expect(k.problem[0]).toContain(
				'index.md: avgorande[0].regel: scenariot bygger ingen regel S6.'
			);
			expect(k.problem[1]).toContain(
				'index.md: avgorande[1].vad: ingen regel O2 heter "Utförare".'
			);
		} finally {
			rmSync(resolve(mapp, '..'), { recursive: true, force: true });
		}
	});
});
