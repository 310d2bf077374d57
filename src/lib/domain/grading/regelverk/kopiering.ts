import type { Scenario } from '../../../schemas/scenario';
import { NY_UTREDNING } from '../fakta-beslut';
import { kopieringsEtikett, normaliseraStycke } from '../fakta-kopiering';
import type { Regel } from '../typer';
import { regel } from './regel';

export const AVSNITT_KOPIERA = 'Kopiera en utredning till en ny utredning';

/** The manual's sentences of the section, verbatim. */
export const CITAT_KOPIERA = {
	kopiera:
		'1) För att kopiera alla texter går du till utredningen du vill kopiera. Markera ' +
		'Utredningsdokument och högerklicka på markeringen.',
	klistraIn:
		'Därefter går du till den nya utredningen och till dess Utredningsdokument. Markera ' +
		'Utredningsdokument och högerklicka. Välj Klistra in alla kopierade texter i trädet.',
	handelsedatum: '3) Rutan Vill du kopiera händelsedatum och tid? kommer fram. Välj Nej.',
	signera:
		'OBS: när en utredning kopieras är det all text som kopieras. Texten är inte signerad och ' +
		'du behöver därför signera den.',
	inteAktuellt:
		'Innan texten signeras är det viktigt att kontrollera texten och ta bort den text som inte ' +
		'är aktuell.'
};

type Kopiering = NonNullable<NonNullable<Scenario['forvantat']['dokumentation']>['kopiera']>;

function fel(scenario: Scenario, falt: string, text: string): Error {
	return new Error(`${scenario.kalla}: forvantat.dokumentation.kopiera.${falt}: ${text}`);
}

/**
 * Refuses, naming the file and field, a copy no attempt can make: a `fran` the start state does
 * not hold or with no text in its Utredningsdokument, a target that already has text (the paste
 * is refused there, as in Procapita), a passage the copied text under its rubrik does not hold.
 */
function kontrollera(scenario: Scenario, k: Kopiering, till: string): void {
	const { utredningar, anteckningar } = scenario.start;
	if (!utredningar.some((u) => u.id === k.fran))
		throw fel(
			scenario,
			'fran',
			`utredningen "${k.fran}" finns inte under start.utredningar. Ange id:t på utredningen vars texter ska kopieras.`
		);
	if (k.fran === till)
		throw fel(
			scenario,
			'fran',
			`"${k.fran}" är också utredningen texterna ska klistras in i (forvantat.utredningId); kopiera från en tidigare utredning.`
		);
	const kopieras = anteckningar.filter(
		(a) => a.plats.del === 'dokument' && a.plats.utredningId === k.fran && !a.felmarkerad
	);
	if (!kopieras.length)
		throw fel(
			scenario,
			'fran',
			`utredningen "${k.fran}" har ingen text i Utredningsdokument under start.anteckningar; det finns inget att kopiera.`
		);
	if (
		till !== NY_UTREDNING &&
		anteckningar.some((a) => a.plats.del !== 'verkstallighet' && a.plats.utredningId === till)
	)
		throw new Error(
			`${scenario.kalla}: forvantat.utredningId: utredningen "${till}" har redan text under start.anteckningar, ` +
				'och då går det inte att kopiera in från en tidigare utredning. Ta bort anteckningarna eller välj en tom utredning.'
		);
	k.inteAktuellt.forEach((x, i) => {
		const stycke = normaliseraStycke(x.text);
		const finns = kopieras.some(
			(a) =>
				a.plats.del === 'dokument' &&
				a.plats.rubrik === x.rubrik &&
				normaliseraStycke(a.text).includes(stycke)
		);
		if (!finns)
			throw fel(
				scenario,
				`inteAktuellt[${i}]`,
				`ingen text under rubriken ${x.rubrik} i utredningen "${k.fran}" innehåller "${x.text}". Skriv ett stycke ur den text som kopieras.`
			);
	});
}

const kort = (t: string): string => (t.length > 40 ? `${t.slice(0, 40)}…` : t);

/**
 * D7, from `forvantat.dokumentation.kopiera`: the texts of `fran` pasted into the utredning,
 * copied with Nej to händelsedatum och tid, signed, and each passage no longer current taken
 * out first. Kategori `dokumentation`.
 */
export function kopieringsregler(scenario: Scenario, till: string): Regel[] {
	const k = scenario.forvantat.dokumentation?.kopiera;
	if (!k) return [];
	kontrollera(scenario, k, till);
	const kalla = scenario.start.utredningar.find((u) => u.id === k.fran);
	const franNamn = kalla ? kopieringsEtikett(kalla) : k.fran;
	const bas = {
		id: 'D7',
		avsnitt: AVSNITT_KOPIERA,
		kategori: 'dokumentation' as const,
		parametrar: { pnr: scenario.forvantat.kund.pnr, utredning: till }
	};
	return [
		regel({
			...bas,
			vad: 'Texterna klistrades in i den nya utredningen',
			fakta: 'inklistring',
			operator: 'exists',
			forvantatText:
				'den nya utredningens Utredningsdokument → högerklicka → Klistra in alla kopierade texter i trädet',
			manualcitat: CITAT_KOPIERA.klistraIn,
			kontroll: 'plats'
		}),
		regel({
			...bas,
			vad: `Texterna kopierades från ${franNamn}`,
			fakta: 'inklistring',
			sokvag: 'fran',
			operator: 'equal',
			varde: franNamn,
			forvantatText: `${franNamn}: Utredningsdokument → högerklicka → Kopiera alla texter i trädet`,
			manualcitat: CITAT_KOPIERA.kopiera,
			kontroll: 'plats'
		}),
		regel({
			...bas,
			vad: 'Nej på Vill du kopiera händelsedatum och tid?',
			fakta: 'inklistring',
			sokvag: 'medHandelsedatum',
			operator: 'equal',
			varde: false,
			forvantatText: 'nej: de inklistrade texterna får dagens händelsedatum',
			manualcitat: CITAT_KOPIERA.handelsedatum,
			kontroll: 'datum'
		}),
		regel({
			...bas,
			vad: 'De inklistrade texterna signerades',
			fakta: 'inklistring',
			sokvag: 'osignerade',
			operator: 'countEqual',
			varde: 0,
			forvantatText: 'inga osignerade: öppna varje inklistrad text → Signera',
			manualcitat: CITAT_KOPIERA.signera,
			kontroll: 'journal'
		}),
		...k.inteAktuellt.map((x) =>
			regel({
				...bas,
				vad: `"${kort(x.text)}" under ${x.rubrik} togs bort innan texten signerades`,
				fakta: 'kvarInteAktuellt',
				parametrar: { ...bas.parametrar, rubrik: x.rubrik, text: x.text },
				operator: 'countEqual',
				varde: 0,
				forvantatText: `ändra den inklistrade texten under ${x.rubrik} och ta bort det som inte längre är aktuellt, sedan Spara och Signera`,
				manualcitat: CITAT_KOPIERA.inteAktuellt,
				kontroll: 'journal'
			})
		)
	];
}
