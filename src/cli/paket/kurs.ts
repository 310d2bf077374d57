/**
 * What both packages list: one exercise per shipped scenario, with the ids an LMS keeps. The
 * ids are IRIs under one fixed base and the scenario's id, never its version or title, so an
 * edited scenario keeps its AU (cmi5) or SCO (SCORM) and the results already recorded on it.
 */
import { lasAllaScenarier } from '../../lib/content/fs';

/** The course's IRI; every AU's id is under it. Fixed: changing it makes every AU new to an LMS. */
export const KURS_IRI = 'https://lss-ovning.helsingborg.se/xapi/kurs';
export const KURS_TITEL = 'LSS-övning: Procapita för LSS-handläggare';
export const KURS_BESKRIVNING =
	'Övningar i Procapita för nya LSS-handläggare på LSS Myndighet i Helsingborg. Varje övning är ' +
	'ett ärende som ska handläggas som manualen säger; resultatet rättas mot manualen.';

export interface Ovning {
	id: string;
	title: string;
	level: 'grund' | 'fördjupning';
	manualSections: string[];
	/** The app's pass mark, the share of weighted checks (0–1); besides it every kritisk rule. */
	godkandVid: number;
}

/** The AU's (and the SCO's) IRI for a scenario. */
export function ovningIri(id: string): string {
	return `${KURS_IRI}/ovning/${id}`;
}

/** The launch URL relative to the package root; the app opens that exercise (docs/lms.md). */
export function ovningUrl(id: string): string {
	return `index.html?ovning=${encodeURIComponent(id)}`;
}

/** One line saying what the exercise practises, in Swedish, for the LMS's course page. */
export function beskrivning(o: Ovning): string {
	const niva = o.level === 'grund' ? 'Grundövning' : 'Fördjupning';
	const grans = Math.round(o.godkandVid * 100);
	return (
		`${niva} i Procapita. Manualens avsnitt: ${o.manualSections.join(', ')}. ` +
		`Godkänt vid ${grans} % rätt och inget avgörande fel.`
	);
}

/** Every shipped scenario (scenarios/<id>/index.md), sorted by id. */
export function lasOvningar(dir = 'scenarios'): Ovning[] {
	return lasAllaScenarier(dir).map((s) => ({
		id: s.id,
		title: s.title,
		level: s.level,
		manualSections: s.manualSections,
		godkandVid: s.godkandVid
	}));
}

/** Text for an XML element or attribute. */
export function xml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}
