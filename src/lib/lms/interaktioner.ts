import { byggRegler } from '../domain/grading/regelverk';
import type { Fynd, Rapport, Regel } from '../domain/grading/typer';
import type { Scenario } from '../schemas/scenario';

/**
 * Each graded finding of a report as an interaction, for cmi5's `answered` statements and SCORM's
 * `cmi.interactions.n`, so a learning platform can show which rule a trainee got wrong. Read off
 * the Rapport only (status, what was found), never graded again: the rules are consulted only for
 * what kind of check a finding was.
 *
 * The id scheme (stable across attempts at the same scenario version, since the grader checks
 * its rules in a fixed order): `<regelId>-<n>`, n counting that rule id's findings in the report
 * from 1 (S5 is checked many times, so `S5-1`, `S5-2` …). cmi5 puts it under the AU as
 * `<activityId>/beslut/<regelId>-<n>`; SCORM as `urn:lss-ovning:<scenarioId>:<regelId>-<n>`.
 */

export type Interaktionstyp = 'choice' | 'sequencing' | 'other';

export interface Interaktion {
	/** `<regelId>-<n>`. */
	id: string;
	regelId: string;
	typ: Interaktionstyp;
	ratt: boolean;
	/** What the trainee did, where the report says it: one value (choice), the steps (sequencing). */
	svar?: string | string[];
	/** The rule's check in the report's words (`vad`). */
	namn: string;
	/** Rule id and the manual's sentence: `S5: Sedan ska du klicka på Spara.` */
	beskrivning: string;
}

/** The fields whose value is picked from a list: insatskategori, beslut, utförare and insats. */
const VALFALT = new Set(['insatskategori', 'beslut', 'utforare', 'insatser']);

/** What kind of check a rule is: order (U7 and every `precededBy`), a choice, or other. */
export function interaktionstyp(
	regel: Pick<Regel, 'operator' | 'sokvag' | 'fakta' | 'id'>
): Interaktionstyp {
	if (regel.operator === 'precededBy' || regel.id === 'U7') return 'sequencing';
	const falt = regel.sokvag?.split('.').at(-1);
	if (falt && VALFALT.has(falt)) return 'choice';
	return 'other';
}

/** The value after the label in `hittat` (`Insatskategori: Personlig ass LSS`), if filled in. */
function vardet(hittat: string): string | undefined {
	const i = hittat.indexOf(': ');
	if (i < 0) return undefined;
	const v = hittat.slice(i + 2).trim();
	return v && v !== 'inte ifyllt' ? v : undefined;
}

function svarFor(f: Fynd, typ: Interaktionstyp): string | string[] | undefined {
	if (typ === 'sequencing') {
		const steg = f.hittat
			.split(' → ')
			.map((s) => s.trim())
			.filter(Boolean);
		return steg.length > 1 ? steg : undefined;
	}
	if (typ === 'choice') return vardet(f.hittat);
	return f.hittat || undefined;
}

/**
 * The graded findings (`ej-bedomd` left out: nothing was asked) as interactions. `scenario` is
 * the one the report was graded against; its rules line up with the findings one to one.
 */
export function interaktionerAv(scenario: Scenario, rapport: Rapport): Interaktion[] {
	let regler: Regel[] = [];
	try {
		regler = byggRegler(scenario);
	} catch {
		// the report was made, so the rules built; if not, every finding is `other`
	}
	const passar = regler.length === rapport.fynd.length;
	const antal = new Map<string, number>();
	const ut: Interaktion[] = [];
	rapport.fynd.forEach((f, i) => {
		const n = (antal.get(f.regelId) ?? 0) + 1;
		antal.set(f.regelId, n);
		if (f.status === 'ej-bedomd') return;
		const regel = passar && regler[i].id === f.regelId ? regler[i] : undefined;
		const typ = regel ? interaktionstyp(regel) : f.regelId === 'U7' ? 'sequencing' : 'other';
		const svar = svarFor(f, typ);
		ut.push({
			id: `${f.regelId}-${n}`,
			regelId: f.regelId,
			typ,
			ratt: f.status === 'ratt',
			...(svar !== undefined ? { svar } : {}),
			namn: f.vad,
			beskrivning: f.manualcitat ? `${f.regelId}: ${f.manualcitat}` : `${f.regelId}: ${f.vad}`
		});
	});
	return ut;
}
