/**
 * imsmanifest.xml for SCORM 2004 4th Edition (CAM 4th ed.): one organization, one item per
 * exercise, each its own SCO resource on index.html with the exercise in the item's
 * `parameters` (the LMS appends them to the resource's href), and every other file of the build
 * in one shared asset resource.
 *
 * No `satisfiedByMeasure`: the SCO decides success itself (a kritisk rule fails the attempt
 * whatever the score), and an LMS told to compare the score with a measure would overrule it.
 * The ADL schema files are referenced by their usual names and not shipped (docs/lms.md).
 */
import { KURS_TITEL, xml, type Ovning } from './kurs';

const RUBRIK = `<manifest identifier="lss-ovning" version="1"
	xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
	xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
	xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
	xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">`;

/** The SCO's resource identifier (an xs:ID: a letter first, so the prefix). */
export const scoId = (id: string) => `sco-${id}`;
const ORG = 'lss-ovning-org';
const APP = 'lss-ovning-app';

export function scormManifest(ovningar: readonly Ovning[], filer: readonly string[]): string {
	if (ovningar.length === 0) throw new Error('Inga övningar att packa: scenarios/ är tomt.');
	if (!filer.includes('index.html')) throw new Error('Bygget saknar index.html.');
	const items = ovningar.map(
		(o) =>
			`\t\t\t<item identifier="item-${xml(o.id)}" identifierref="${scoId(o.id)}" ` +
			`parameters="?ovning=${xml(encodeURIComponent(o.id))}">\n` +
			`\t\t\t\t<title>${xml(o.title)}</title>\n\t\t\t</item>`
	);
	const scos = ovningar.map(
		(o) =>
			`\t\t<resource identifier="${scoId(o.id)}" type="webcontent" adlcp:scormType="sco" href="index.html">\n` +
			`\t\t\t<file href="index.html"/>\n\t\t\t<dependency identifierref="${APP}"/>\n\t\t</resource>`
	);
	const app = filer
		.filter((f) => f !== 'index.html' && f !== 'imsmanifest.xml')
		.map((f) => `\t\t\t<file href="${xml(f)}"/>`);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		RUBRIK,
		'\t<metadata>',
		'\t\t<schema>ADL SCORM</schema>',
		'\t\t<schemaversion>2004 4th Edition</schemaversion>',
		'\t</metadata>',
		`\t<organizations default="${ORG}">`,
		`\t\t<organization identifier="${ORG}">`,
		`\t\t\t<title>${xml(KURS_TITEL)}</title>`,
		...items,
		// Any exercise in any order, from the LMS's menu; none depends on another
		'\t\t\t<imsss:sequencing>',
		'\t\t\t\t<imsss:controlMode choice="true" flow="false"/>',
		'\t\t\t</imsss:sequencing>',
		'\t\t</organization>',
		'\t</organizations>',
		'\t<resources>',
		...scos,
		`\t\t<resource identifier="${APP}" type="webcontent" adlcp:scormType="asset">`,
		...app,
		'\t\t</resource>',
		'\t</resources>',
		'</manifest>',
		''
	].join('\n');
}
