/**
 * cmi5.xml, the course structure an LMS imports (cmi5 spec, section 13): the course and one AU
 * per exercise, every text in sv-SE. Why one AU per exercise, OwnWindow and CompletedAndPassed:
 * docs/lms.md.
 *
 * No masteryScore, on purpose: given one, cmi5 (9.3.4, 9.3.5) makes the verdict the score's
 * alone (failed only below it), but the app also fails an attempt with an avgörande mistake
 * whatever its score (src/lib/domain/grading/avgorande.ts). Without it the AU reports the app's
 * own verdict; the pass mark is written in each AU's description instead.
 */
import {
	beskrivning,
	KURS_BESKRIVNING,
	KURS_IRI,
	KURS_TITEL,
	ovningIri,
	ovningUrl,
	xml,
	type Ovning
} from './kurs';

const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const SPRAK = 'sv-SE';

function text(namn: string, s: string, indrag: string): string {
	return `${indrag}<${namn}><langstring lang="${SPRAK}">${xml(s)}</langstring></${namn}>`;
}

export function cmi5Xml(ovningar: readonly Ovning[]): string {
	if (ovningar.length === 0) throw new Error('Inga övningar att packa: scenarios/ är tomt.');
	const au = ovningar.map((o) =>
		[
			`\t<au id="${xml(ovningIri(o.id))}" moveOn="CompletedAndPassed" launchMethod="OwnWindow">`,
			text('title', o.title, '\t\t'),
			text('description', beskrivning(o), '\t\t'),
			`\t\t<url>${xml(ovningUrl(o.id))}</url>`,
			'\t</au>'
		].join('\n')
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<courseStructure xmlns="${NS}">`,
		`\t<course id="${xml(KURS_IRI)}">`,
		text('title', KURS_TITEL, '\t\t'),
		text('description', KURS_BESKRIVNING, '\t\t'),
		'\t</course>',
		...au,
		'</courseStructure>',
		''
	].join('\n');
}
