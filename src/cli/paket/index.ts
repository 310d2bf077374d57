/**
 * `npm run package:cmi5` and `npm run package:scorm` (`tsx src/cli/paket/index.ts cmi5|scorm|alla`):
 * builds the app once for an LMS and writes dist/lss-ovning-cmi5.zip, dist/lss-ovning-scorm.zip
 * or both. Exit 0 written, 1 the build or a manifest failed, 2 bad input.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bygg, zippa } from './bygg';
import { cmi5Xml } from './cmi5';
import { lasOvningar } from './kurs';
import { scormManifest } from './scorm';

export const DIST = 'dist';
const SLAG = ['cmi5', 'scorm', 'alla'] as const;
type Slag = (typeof SLAG)[number];

const slag = process.argv[2] as Slag;
if (!SLAG.includes(slag)) {
	console.error('Användning: tsx src/cli/paket/index.ts cmi5|scorm|alla');
	process.exit(2);
}
try {
	const ovningar = lasOvningar();
	const filer = bygg();
	mkdirSync(DIST, { recursive: true });
	const skriv = (namn: string, zip: Uint8Array) => {
		const vag = join(DIST, namn);
		writeFileSync(vag, zip);
		console.log(
			`${vag}: ${ovningar.length} övningar, ${filer.size + 1} filer, ${Math.round(zip.length / 1024)} kB.`
		);
	};
	if (slag !== 'scorm')
		skriv('lss-ovning-cmi5.zip', zippa(filer, { 'cmi5.xml': cmi5Xml(ovningar) }));
	if (slag !== 'cmi5')
		skriv(
			'lss-ovning-scorm.zip',
			zippa(filer, { 'imsmanifest.xml': scormManifest(ovningar, [...filer.keys()]) })
		);
} catch (e) {
	console.error(e instanceof Error ? e.message : String(e));
	process.exit(1);
}
