import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { cmi5Xml } from './cmi5';
import { lasOvningar, ovningIri, type Ovning } from './kurs';

// The cmi5 spec's own schema (fixtures/README.md says where from)
const XSD = readFileSync(
	fileURLToPath(new URL('./fixtures/cmi5-CourseStructure.xsd', import.meta.url)),
	'utf8'
);

async function giltig(xml: string) {
	return validateXML({
		xml: { fileName: 'cmi5.xml', contents: xml },
		schema: { fileName: 'CourseStructure.xsd', contents: XSD }
	});
}

const ovningar = lasOvningar(fileURLToPath(new URL('../../../scenarios', import.meta.url)));

describe('cmi5.xml', () => {
	it('is valid against the cmi5 course structure schema, one AU per shipped scenario', async () => {
		const xml = cmi5Xml(ovningar);
		const r = await giltig(xml);
		expect(r.errors.map((e) => e.message)).toEqual([]);
		expect(r.valid).toBe(true);
		expect(xml.match(/<au /g)).toHaveLength(ovningar.length);
	});

	it('fails the schema when an AU lacks its url (the validator is not lenient)', async () => {
		const xml = cmi5Xml(ovningar.slice(0, 1)).replace(/\s*<url>.*<\/url>/, '');
		expect((await giltig(xml)).valid).toBe(false);
	});

	it('gives each AU a stable id, Swedish texts with the pass mark, and its launch url', () => {
		const o: Ovning = {
			id: 'prov-a',
			title: 'Titel med <tecken> & "citat"',
			level: 'grund',
			manualSections: ['Söka fram kund'],
			godkandVid: 0.8
		};
		const xml = cmi5Xml([o, { ...o, id: 'prov-b', godkandVid: 0.85, level: 'fördjupning' }]);
		expect(xml).toContain(`<au id="${ovningIri('prov-a')}" moveOn="CompletedAndPassed"`);
		expect(xml).toContain('id="https://lss-ovning.helsingborg.se/xapi/kurs/ovning/prov-b"');
		// no masteryScore: the app's verdict also fails an avgörande mistake (cmi5.ts says why)
		expect(xml).not.toContain('masteryScore');
		expect(xml).toContain('moveOn="CompletedAndPassed" launchMethod="OwnWindow"');
		expect(xml).toContain('<url>index.html?ovning=prov-a</url>');
		expect(xml).toContain(
			'<langstring lang="sv-SE">Titel med &lt;tecken&gt; &amp; &quot;citat&quot;</langstring>'
		);
		expect(xml).toContain(
			'Fördjupning i Procapita. Manualens avsnitt: Söka fram kund. Godkänt vid 85 % rätt och inget avgörande fel.'
		);
		// the id comes from the scenario id alone: a new version or title keeps the AU
		expect(cmi5Xml([{ ...o, title: 'Annan' }])).toContain(`id="${ovningIri('prov-a')}"`);
	});

	it('refuses an empty course', () => {
		expect(() => cmi5Xml([])).toThrow(/Inga övningar/);
	});
});
