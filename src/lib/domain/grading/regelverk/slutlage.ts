import type { Scenario } from '../../../schemas/scenario';
import type { Verkstallighet } from '../../model';
import type { Regel } from '../typer';
import { regel, type RegelByggare } from './regel';

const AVSNITT = {
	avsluta: 'Avsluta en verkställighet',
	oppnaIgen: 'Öppna en avslutad verkställighet',
	bytUtforare: 'Ändra handläggare vid verkställigheten LSS Insatser',
	arende: 'Avsluta ärenden'
};

const CITAT = {
	avsluta:
		'En verkställighet som inte längre är pågående utifrån att dess beslut/insats inte längre är ' +
		'pågående ska avslutas/stängas.',
	avslutsdatum:
		'I rutan som kommer upp fyller du i vid Avslutsdatum, kontrollerar att rutan är markerad vid ' +
		'Justera beslutets gtom.',
	oppnaIgen: 'En verkställighet som är avslutad/stängd kan öppnas igen.',
	bytUtforare:
		'Ändra till rätt handläggare genom att välja någon av LSS-handläggare 1-11. Ändra till LSS ' +
		'Myndighet vid Organisation.',
	arende:
		'När du ska avsluta ärenden helt ska du se till att det är avslutsdatum på alla ställen i ' +
		'kundens olika beslut, utredningar, beställningar och verkställigheter.',
	gtomd:
		'OBS: även om du redan har ändrat till rätt avslutsdatum behöver rutan Ändra beslutens gtomd ' +
		'vara ikryssad när du avslutar en verkställighet.',
	bevakningar: 'Ta även bort bevakningar som inte hanterats.'
};

/** A start-state verkställighet a rule is about; a wrong id or state names the file and field. */
function iStart(
	scenario: Scenario,
	id: string,
	falt: string,
	pagaende: boolean
): Verkstallighet & { etikett: string } {
	const v = scenario.start.verkstalligheter.find((x) => x.id === id);
	const fel = (vad: string): Error =>
		new Error(`${scenario.kalla}: forvantat.slutlage.${falt}: ${vad}`);
	if (!v) throw fel(`verkställigheten "${id}" finns inte under start.verkstalligheter.`);
	if (v.pagaende !== pagaende)
		throw fel(
			pagaende
				? `verkställigheten "${id}" är redan avslutad i startläget (pagaende: false); bara en pågående kan avslutas.`
				: `verkställigheten "${id}" är pågående i startläget; bara en avslutad kan öppnas igen.`
		);
	return { ...v, etikett: `${v.insatskategori} – ${v.utforare}` };
}

/** V5: the verkställighet closed, on the day, with Justera beslutets gtom ticked. */
function avsluta(scenario: Scenario, a: { id: string; avslutsdatum: string }, i: number): Regel[] {
	const v = iStart(scenario, a.id, `avsluta[${i}].id`, true);
	const bas = {
		id: 'V5',
		avsnitt: AVSNITT.avsluta,
		fakta: 'verkstallighetMedId',
		parametrar: { id: a.id }
	};
	return [
		regel({
			...bas,
			vad: `Verkställigheten ${v.etikett} avslutades`,
			sokvag: 'pagaende',
			operator: 'equal',
			varde: false,
			forvantatText: 'avslutad: dubbelklicka på den → Avsluta verkställighet → OK',
			manualcitat: CITAT.avsluta,
			kontroll: 'avslut'
		}),
		regel({
			...bas,
			vad: `Avslutsdatum på ${v.etikett}`,
			sokvag: 'till',
			operator: 'sameDay',
			varde: a.avslutsdatum,
			manualcitat: CITAT.avslutsdatum,
			kontroll: 'datum'
		}),
		regel({
			...bas,
			vad: `Justera beslutets gtom ikryssad när ${v.etikett} avslutades`,
			sokvag: 'justeraGtom',
			operator: 'equal',
			varde: true,
			forvantatText: 'ikryssad, så att beslutets giltighetstid slutar samma dag',
			manualcitat: CITAT.avslutsdatum,
			kontroll: 'avslut'
		})
	];
}

/**
 * V5, V6, V8 and E1 from `forvantat.slutlage`: the case as it must stand at the end, read off the
 * projected state whatever the way there, so an exercise can start from a colleague's mistakes
 * ("Hitta felen") and grade the corrections.
 */
export const slutlagesregler: RegelByggare = (scenario) => {
	const s = scenario.forvantat.slutlage;
	if (!s) return [];
	const pnr = scenario.forvantat.kund.pnr;
	const regler: Regel[] = s.avsluta.flatMap((a, i) => avsluta(scenario, a, i));
	s.oppnaIgen.forEach((id, i) => {
		const v = iStart(scenario, id, `oppnaIgen[${i}]`, false);
		regler.push(
			regel({
				id: 'V6',
				avsnitt: AVSNITT.oppnaIgen,
				vad: `Verkställigheten ${v.etikett} öppnades igen`,
				fakta: 'verkstallighetMedId',
				parametrar: { id },
				sokvag: 'pagaende',
				operator: 'equal',
				varde: true,
				forvantatText:
					'pågående: Avsluta verkställighet → kryssa i Öppna avslutad verkställighet → OK',
				manualcitat: CITAT.oppnaIgen,
				kontroll: 'finns'
			})
		);
	});
	s.bytUtforare.forEach((b, i) => {
		const v = scenario.start.verkstalligheter.find((x) => x.id === b.id);
		if (!v)
			throw new Error(
				`${scenario.kalla}: forvantat.slutlage.bytUtforare[${i}].id: verkställigheten "${b.id}" finns inte under start.verkstalligheter.`
			);
		const bas = {
			id: 'V8',
			avsnitt: AVSNITT.bytUtforare,
			fakta: 'verkstallighetMedId',
			parametrar: { id: b.id },
			manualcitat: CITAT.bytUtforare
		};
		regler.push(
			regel({
				...bas,
				vad: `Utförare på ${v.insatskategori} (var ${v.utforare})`,
				sokvag: 'utforare',
				operator: 'equal',
				varde: b.utforare,
				kontroll: 'utforare'
			}),
			regel({
				...bas,
				vad: `Organisation på ${v.insatskategori} efter bytet`,
				sokvag: 'organisation',
				operator: 'equal',
				varde: b.organisation,
				kontroll: 'organisation'
			})
		);
	});
	// A correction where there was nothing to correct is a mistake too: what stays pågående stays
	// so (unless the whole ärende closes), and only the named verkställigheter change hands
	if (!s.arendetAvslutat)
		regler.push(
			regel({
				id: 'V5',
				avsnitt: AVSNITT.avsluta,
				vad: 'Inga verkställigheter avslutades vars beslut/insats fortfarande är pågående',
				fakta: 'andradeVerkstalligheter',
				parametrar: { pnr, falt: 'pagaende', utom: s.avsluta.map((a) => a.id) },
				operator: 'countEqual',
				varde: 0,
				forvantatText: s.avsluta.length
					? 'bara de verkställigheter vars beslut/insats har upphört avslutas'
					: 'ingen: varje pågående verkställighet står kvar',
				manualcitat: CITAT.avsluta,
				kontroll: 'avslut'
			})
		);
	regler.push(
		regel({
			id: 'V8',
			avsnitt: AVSNITT.bytUtforare,
			vad: 'Ingen annan verkställighet fick ny utförare eller organisation',
			fakta: 'andradeVerkstalligheter',
			parametrar: { pnr, falt: 'utforare', utom: s.bytUtforare.map((b) => b.id) },
			operator: 'countEqual',
			varde: 0,
			forvantatText: s.bytUtforare.length
				? 'bara de verkställigheter som ska byta utförare'
				: 'ingen: utförarna stämmer',
			manualcitat: CITAT.bytUtforare,
			kontroll: 'utforare'
		})
	);
	if (s.arendetAvslutat)
		regler.push(
			regel({
				id: 'E1',
				avsnitt: AVSNITT.arende,
				vad: 'Avslutsdatum på alla ställen: beslut, utredningar, beställningar och verkställigheter',
				fakta: 'utanAvslutsdatum',
				parametrar: { pnr, datum: s.arendetAvslutat },
				operator: 'countEqual',
				varde: 0,
				forvantatText: `inget utan avslutsdatum senast ${s.arendetAvslutat}`,
				manualcitat: CITAT.arende,
				kontroll: 'avslut'
			}),
			regel({
				id: 'E1',
				avsnitt: AVSNITT.arende,
				vad: 'Ändra beslutens gtomd ikryssad vid varje verkställighet som avslutades',
				fakta: 'avslutadeUtanGtom',
				parametrar: { pnr },
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'ingen avslutad utan rutan ikryssad',
				manualcitat: CITAT.gtomd,
				kontroll: 'avslut'
			}),
			regel({
				id: 'E1',
				avsnitt: AVSNITT.arende,
				vad: 'Bevakningar som inte hanterats togs bort',
				fakta: 'ohanteradeBevakningar',
				parametrar: { pnr },
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'ingen kvar utom de som redan var Klar',
				manualcitat: CITAT.bevakningar,
				kontroll: 'avslut'
			})
		);
	return regler;
};
