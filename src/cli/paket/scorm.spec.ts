import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Ovning } from './kurs';
import { scormManifest } from './scorm';

const o: Ovning = {
	id: 'prov-a',
	title: 'Första & enda',
	level: 'grund',
	manualSections: ['Söka fram kund'],
	godkandVid: 0.8
};
const FILER = ['index.html', 'lss-start.js', '_app/immutable/entry/start.js', 'favicon.svg'];

describe('imsmanifest.xml', () => {
	const xml = scormManifest([o, { ...o, id: '2-b', title: 'Andra' }], FILER);

	it('is well-formed XML', async () => {
		const r = await validateXML({
			xml: { fileName: 'imsmanifest.xml', contents: xml },
			normalization: 'format'
		});
		expect(r.errors.map((e) => e.message)).toEqual([]);
	});

	it('says SCORM 2004 4th Edition and has one SCO item per exercise with its parameters', () => {
		expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
		expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
		expect(xml.match(/adlcp:scormType="sco"/g)).toHaveLength(2);
		// an xs:ID starts with a letter even when the scenario id does not
		expect(xml).toContain(
			'<item identifier="item-2-b" identifierref="sco-2-b" parameters="?ovning=2-b">'
		);
		expect(xml).toContain('<title>Första &amp; enda</title>');
		expect(xml).toContain(
			'<resource identifier="sco-prov-a" type="webcontent" adlcp:scormType="sco" href="index.html">'
		);
	});

	it('lists every other file of the build once, in the shared asset', () => {
		for (const f of FILER.slice(1)) expect(xml).toContain(`<file href="${f}"/>`);
		expect(xml.match(/<file href="index.html"\/>/g)).toHaveLength(2);
		expect(xml).not.toContain('satisfiedByMeasure');
	});

	it('refuses a build without index.html and an empty course', () => {
		expect(() => scormManifest([o], ['a.js'])).toThrow(/index.html/);
		expect(() => scormManifest([], FILER)).toThrow(/Inga övningar/);
	});
});
