import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kontrolleraMapp } from './kontroll';

const FIX = 'src/lib/content/fixtures/kontroll';

/** What each broken scenario's check must say: the file, the field, and the gist. */
const FORVANTADE: Record<string, string> = {
	'okand-operator': `${FIX}/okand-operator/index.md, regler[0]: Regel S5 använder operatorn "finnsInte", som inte finns`,
	'okand-fakta': `${FIX}/okand-fakta/index.md, regler[0]: Regel S5 använder faktumet "registrerng", som inte finns`,
	'utredning-saknas': `${FIX}/utredning-saknas/index.md: forvantat.utredningId: utredningen "utr-saknas" finns inte under start.utredningar`,
	'fel-pnr': `${FIX}/fel-pnr/index.md: 198001011234 är inte ett av Skatteverkets testpersonnummer`,
	'regelverk-saknas': `${FIX}/regelverk-saknas/index.md: regelverk: forvantat.aktualiseringar rättas av regelverket aktualisering, som saknas`,
	'parameter-saknas': `${FIX}/parameter-saknas/index.md: Regel O1 (En beställning) kunde inte bedömas: Parametern beslut saknas`
};

describe('kontrolleraMapp', () => {
	it('passes a good scenario and lists the attempts only a browser can check', () => {
		const k = kontrolleraMapp('src/lib/content/fixtures/plugin/scenarios/minimal');
		expect(k.problem).toEqual([]);
		expect(k.ejInspelade).toEqual(['pass-facit']);
	});

	for (const [mapp, rad] of Object.entries(FORVANTADE))
		it(`refuses ${mapp}, naming the file and the field`, () => {
			const k = kontrolleraMapp(join(FIX, mapp));
			expect(k.problem).toHaveLength(1);
			expect(k.problem[0]).toContain(rad);
		});

	describe('on a recorded scenario', () => {
		const KALLA = 'scenarios/ledsagarservice-ny-kund';
		let tmp = '';
		const kopia = () => {
			tmp = mkdtempSync(join(tmpdir(), 'lss-kontroll-'));
			const mapp = join(tmp, 'ledsagarservice-ny-kund');
			cpSync(KALLA, mapp, { recursive: true });
			return mapp;
		};
		const andra = (mapp: string, fran: string, till: string) => {
			const vag = join(mapp, 'facit.yaml');
			const text = readFileSync(vag, 'utf8');
			expect(text).toContain(fran);
			writeFileSync(vag, text.replace(fran, till));
		};
		afterEach(() => rmSync(tmp, { recursive: true, force: true }));

		it('grades every recorded attempt as its facit says', () => {
			const k = kontrolleraMapp(kopia());
			expect(k.problem).toEqual([]);
			expect(k.ejInspelade).toEqual([]);
		});

		it('names a planted mistake the variant says but the grader does not find', () => {
			const mapp = kopia();
			andra(mapp, 'fel: [S5, U1]', 'fel: [S5, U1, A3]');
			const [rad, ...ovriga] = kontrolleraMapp(mapp).problem;
			expect(ovriga).toEqual([]);
			expect(rad).toMatch(
				/facit\.yaml: varianter\.fail-namn-forst-fornamn-ingen-utredning\.fel: A3 ska bli fel i fail-namn-forst-fornamn-ingen-utredning, men blev inte det\.$/
			);
		});

		it('names a fel the variant does not expect, as a line to copy into fel:', () => {
			const mapp = kopia();
			andra(mapp, 'fel: [S5, U1]', 'fel: [S5]');
			expect(kontrolleraMapp(mapp).problem.join('\n')).toContain(
				'fick oväntat fel { regel: U1, vad: "En utredning inleddes" }'
			);
		});

		it('treats an attempt recorded from other steps as not recorded', () => {
			const mapp = kopia();
			andra(mapp, 'Postnummer: 263 31', 'Postnummer: 263 32');
			const k = kontrolleraMapp(mapp);
			expect(k.problem).toEqual([]);
			expect(k.ejInspelade).toContain('pass-facit');
		});

		it('names a broken inspelning.json, and walks the attempts instead of trusting it', () => {
			const mapp = kopia();
			writeFileSync(join(mapp, 'attempts/inspelning.json'), '{ trasig');
			const k = kontrolleraMapp(mapp);
			expect(k.problem).toEqual([
				expect.stringMatching(/attempts\/inspelning\.json: är inte ett JSON-objekt/)
			]);
			expect(k.ejInspelade).toContain('pass-facit');
		});

		it('names an attempt file no facit or variant owns', () => {
			const mapp = kopia();
			cpSync(join(mapp, 'attempts/pass-facit.json'), join(mapp, 'attempts/pass-gammal.json'));
			expect(kontrolleraMapp(mapp).problem).toEqual([
				expect.stringMatching(
					/attempts\/pass-gammal\.json: hör inte till facit eller någon variant/
				)
			]);
		});
	});
});
