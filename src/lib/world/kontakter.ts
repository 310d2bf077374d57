import type { Kontakt, Person } from '../domain/model';
import { fodelsear } from './pnr-lista';
import type { Slump } from './prng';
import { REFERENSAR } from './hushall';
import { EFTERNAMN } from './namn';

/** The kontakt types the world uses (N2); the words of FRAN_VEM where they overlap. */
export const KONTAKTTYPER = ['Anhörig', 'God man/förvaltare', 'Företrädare'] as const;

/**
 * PTS sets 070-174 06 05 – 070-174 06 99 aside for fiction: no real subscriber answers, so a
 * trainee who dials one from a screenshot reaches nobody.
 */
export function telefonnummer(slump: Slump): string {
	return `070-174 06 ${String(slump.heltal(5, 99)).padStart(2, '0')}`;
}

const KVINNOR = ['Anna', 'Maria', 'Eva', 'Karin', 'Sara', 'Lena', 'Helena', 'Fatima', 'Camilla'];
const MAN = ['Lars', 'Per', 'Johan', 'Mikael', 'Anders', 'Ahmed', 'Stefan', 'Ulf', 'Dragan'];

/** Professional gode män and förvaltare: a handful serve many customers, as in reality. */
const GODE_MAN = [
	'Lindholm, Birgitta',
	'Çelik, Deniz',
	'Ahlström, Kent',
	'Mellberg, Annika',
	'Bosnjak, Mirela'
];

const ANHORIG_VUXEN: [string, boolean][] = [
	['Dotter', false],
	['Son', true],
	['Syster', false],
	['Bror', true],
	['Mor', false],
	['Far', true]
];
const ANHORIG_BARN: [string, boolean][] = [
	['Mormor', false],
	['Morfar', true],
	['Farmor', false],
	['Farfar', true]
];

/**
 * Contacts for one person: an anhörig for some, a god man/förvaltare for some adults, now and
 * then a företrädare. Children's vårdnadshavare live in the household, not here.
 */
export function kontakterFor(p: Person, slump: Slump, arBarn: boolean): Kontakt[] {
	const ut: Kontakt[] = [];
	const ny = (typ: string, namn: string, anteckning?: string): void => {
		const k: Kontakt = {
			id: `${p.pnr}-k${ut.length + 1}`,
			typ,
			namn,
			telefon: telefonnummer(slump)
		};
		if (anteckning) k.anteckning = anteckning;
		ut.push(k);
	};
	const alder = REFERENSAR - fodelsear(p.pnr);
	if (slump.chans(arBarn ? 0.1 : 0.3)) {
		const val = arBarn
			? ANHORIG_BARN
			: ANHORIG_VUXEN.filter(([r]) => alder < 60 || (r !== 'Mor' && r !== 'Far'));
		const [relation, man] = slump.valj(val);
		const eNamn = slump.chans(0.5) ? p.efternamn : slump.valjVanligast(EFTERNAMN);
		ny('Anhörig', `${eNamn}, ${slump.valj(man ? MAN : KVINNOR)}`, relation);
	}
	if (!arBarn && slump.chans(0.12)) ny('God man/förvaltare', slump.valj(GODE_MAN));
	if (!arBarn && slump.chans(0.05)) {
		ny(
			'Företrädare',
			`${slump.valjVanligast(EFTERNAMN)}, ${slump.valj([...KVINNOR, ...MAN])}`,
			'Ombud'
		);
	}
	return ut;
}
