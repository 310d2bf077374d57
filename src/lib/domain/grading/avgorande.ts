import type { Avgorande, Scenario } from '../../schemas/scenario';
import type { Regel } from './typer';

/**
 * What decides a pass. Every rule a rule set builds says what kind of thing it checks (its
 * `kontroll`), and this table says, per kind, whether one mistake there fails the attempt on
 * its own (`avgorande`: the rule is `kritisk`) or only costs points (formell). The line runs
 * where the manual puts it: a mistake is avgörande when the case then does something else than
 * decided (another person, insats, amount, period, utförare, unit, utredning, one order too many
 * or missing) or the record can no longer be trusted (the register, a note that can still be
 * changed); it is formell when the case still does the right thing and a detail of how or when
 * it was handled is recorded wrong.
 *
 * The builders in `regelverk/` tag each rule with its kind and never set `kritisk` themselves
 * (`regel()` reads it from here). A scenario whose brief makes a point of one rule overrides it
 * in `avgorande` (`tillampaAvgorande`). `citat` quotes the manual verbatim; the test checks it.
 */
export interface Kontrollklass {
	/** true: a rule of this kind that is fel fails the attempt on its own (`kritisk`). */
	avgorande: boolean;
	/** What rules of this kind check, in Swedish. */
	vad: string;
	/** Why the manual makes a mistake of this kind avgörande or formell, in Swedish. */
	skal: string;
	/** The manual's sentences the reason rests on, verbatim. */
	citat: readonly string[];
}

export const KONTROLLER = {
	person: {
		avgorande: true,
		vad: 'Vem ärendet gäller: rätt kund öppnad, ingen född samma dag i fel århundrade (S2)',
		skal:
			'Fel århundrade öppnar en annan person: det som sedan görs registreras på fel person, ' +
			'och den personens uppgifter öppnas utan skäl.',
		citat: ['OBS: glöm inte att ändra till rätt århundrade (t.ex. 19 eller 20).']
	},
	kundregister: {
		avgorande: true,
		vad: 'Kunden i personregistret: via KIR eller Ny, namnet med efternamnet först, nyckelkoden (S5, S6)',
		skal:
			'Personregistret är det som varje sökning och handling läser. Vägen via KIR säger om ' +
			'personen är folkbokförd i Helsingborg, nyckelkoden ska vara 999999 trots det, och ett ' +
			'namn med förnamnet först hittas inte med efternamnet och står fel i varje handling.',
		citat: [
			'Kommer personen fram när du söker i KIR: ska du markera personen och klicka på OK. Det innebär att personen är skriven/folkbokförd i Helsingborg.',
			'Vid nyckelkoden ska du välja 999999 – Ej skriven i Helsingborg. Detta trots att personen är skriven/folkbokförd i Helsingborg.',
			'Tänk på att efternamn ska skrivas först, t.ex. Efternamn, Förnamn.',
			'Hela namnet med efternamnet först (t.ex. efternamn förnamn)'
		]
	},
	finns: {
		avgorande: true,
		vad:
			'Det ärendet behöver gjordes: registrering, aktualisering, utredning, beslut, beställning, ' +
			'verkställighet, bedömning',
		skal: 'Utan det blir den delen av ärendet aldrig handlagd: ingen utförare får beställningen, ingen insats verkställs.',
		citat: [
			'När en ansökan om insats/insatser enligt LSS inkommer ska en eller flera aktualiseringar göras samt att en utredning ska inledas.',
			'Vid beslut bifall ska en beställning göras, klicka på fliken Beställning.',
			'Alla kunder som har ett pågående beslut/insats ska ha en öppen verkställighet som heter LSS Insatser.'
		]
	},
	antal: {
		avgorande: true,
		vad:
			'Inte fler och inte färre än manualen säger: en aktualisering per sökt insats, en ' +
			'beställning per bifallsbeslut och ingen på ett avslag, ett beslut per månad vid ' +
			'tillfällig utökning, inga verkställigheter som utföraren öppnar, ingen andra LSS Insatser',
		skal:
			'En beställning för mycket skickar en order som ingen beslutat, en som saknas lämnar ett ' +
			'beslut overkställt; en verkställighet som utföraren ska öppna är utförarens.',
		citat: [
			'En ansökan kan innehålla flera sökta insatser och du skapar en aktualisering för varje sökt insats.',
			'OBS: tänk på att en beställning per bifall beslut/beslutsklubba ska göras.',
			'OBS: vid beslut om tillfällig utökning läggs ett beslut per månad utifrån beviljad period',
			'LSS-handläggare ska enbart öppna verkställighet vid bifall av insatsen Personlig assistans med utförare Lss, Eget val eller för insatser/beslut med utförare Privat, Utförare och alltid LSS Insatser vid ny kund/kund som inte har pågående insatser sen tidigare.'
		]
	},
	plats: {
		avgorande: true,
		vad:
			'Var det görs eller hör hemma: aktualiseringen på rubriken eller i den pågående ' +
			'utredningen, ingen ny utredning bredvid en pågående, varje aktualisering kopplad till ' +
			'utredningen, bedömningen knuten till LSS Insatser, anteckningen i den del manualen anger, ' +
			'en tidigare utrednings texter kopierade från och inklistrade i rätt utredning',
		skal:
			'På fel ställe handläggs ansökan i fel utredning eller inte alls (en okopplad ' +
			'aktualisering förblir ej behandlad), och en anteckning hamnar där ingen letar efter den.',
		citat: [
			'1) Högerklicka på den pågående utredningen. Välj sedan Aktualisering.',
			'OBS: om ansökan avser flera insatser och flera aktualiseringar har skapats ska du koppla samtliga aktualiseringar till utredningen.',
			'5) När alla bedömningar är ifyllda klicka i vid rutan framför LSS Insatser nere till höger vid Verkställigheter.',
			'Om du vill skriva en anteckning som berör kundens insats och/eller verkställighet skriver du i verkställigheten LSS Insatser.',
			'1) För att kopiera alla texter går du till utredningen du vill kopiera.'
		]
	},
	innehall: {
		avgorande: true,
		vad:
			'Vad som söks, beslutas och beställs: Typ av utredning, Insatskategori, Beslut, Insats, ' +
			'Nivå, Personkretstillhörighet, bedömningens Metod/Instrument och en nivå per funktion',
		skal:
			'Ett fel här registrerar eller beställer en annan insats, nivå eller grund än den som ' +
			'beslutats; utföraren planerar efter det som står.',
		citat: [
			'3) Vid Typ av utredning väljer du den utredning som ska inledas utifrån vad ansökan avser',
			'Vid bifall välj rätt Beslut',
			'Välj rätt Insats för rätt beställning',
			'OBS: vid bifall korttidsvistelse och bifall stödfamilj välj rätt beviljad Nivå: 1, 2 eller 3.',
			'OBS: vald nivå i beslut för korttidsvistelse speglas i Insats med korttidsvistelse 1, 2 eller 3.',
			'OBS: om kunden är ny ska du välja personkretstillhörighet.',
			'4) Under bedömning välj aktuell nivå för varje funkion'
		]
	},
	utforare: {
		avgorande: true,
		vad:
			'Vem som utför: beställningens Utförare och Utförarens organisation, verkställighetens ' +
			'Utförare (LSS-handläggarens plats på LSS Insatser)',
		skal: 'Beställningen skickas till den utförare som står; fel utförare får en insats den inte ska utföra.',
		citat: [
			'Då skickas beställningen till vald utförare.',
			'Ändra vid Utförarens organisation till LSS Myndighet.',
			'4) Vid Utförare: välj rätt LSS-handläggare'
		]
	},
	organisation: {
		avgorande: true,
		vad: 'Enheten som äger ärendet: Organisation LSS Myndighet på aktualisering, utredning, beslut och verkställighet',
		skal: 'Ett hemvårdsområde eller en annan enhet får ett ärende som är LSS Myndighets.',
		citat: [
			'Tips: Under C1 VON finns det 5 hemvårdsområden (Centrum, Nord, Syd, Väst, Öst) innan LSS Myndighet.',
			'Välj LSS Myndighet vid Organisation.'
		]
	},
	kvantitet: {
		avgorande: true,
		vad: 'Timmarna: antalet, perioden de gäller per, formen timmar.minuter, och inga där manualen säger inga',
		skal: 'Timmarna är det som beviljats och det som utföraren planerar och får betalt efter.',
		citat: [
			'Vid bifall: fyll i antal timmar (det skrivs i timmar.minuter).',
			'Glöm inte ändra till månad innan timmar fylls i.',
			'(timmar ska inte fyllas i vid beslut om kontaktperson)',
			'Kontrollera att antalet timmar stämmer utifrån beslutet.'
		]
	},
	period: {
		avgorande: true,
		vad: 'Perioden som beviljas och beställs: beslutets Gäller fr.o.m./t.o.m. och Beställningen gäller fr.o.m./t.o.m.',
		skal:
			'Insatsen beviljas och beställs för den tiden; ett fel datum beviljar eller beställer ' +
			'dagar som ingen beslutat, och beställningen ska stämma med beslutet.',
		citat: [
			'Beslutets giltighetstid ska vara utifrån när beslutet gäller',
			'Kontrollera att datumet för när beställningen gäller stämmer utifrån beslutet.'
		]
	},
	avslutas: {
		avgorande: true,
		vad: 'Utredning avslutas bara på det sista beslutet (B4)',
		skal:
			'Ikryssad för tidigt avslutas utredningen med beslut kvar att fatta; urkryssad på det ' +
			'sista står utredningen kvar som pågående.',
		citat: [
			'OBS: om flera beslut ska fattas avmarkera rutan Utredning avslutas. Den ska enbart vara markerad vid sista beslutet.'
		]
	},
	avslut: {
		avgorande: true,
		vad:
			'Att det som har upphört står som avslutat: verkställigheten avslutad, med Justera ' +
			'beslutets gtom ikryssad, och när ett ärende avslutas helt ett avslutsdatum på varje ' +
			'beslut, utredning, beställning och verkställighet (V5, E1)',
		skal:
			'En verkställighet som står öppen säger att en utförare fortfarande har en insats att ' +
			'utföra; utan Justera beslutets gtom står beslutet kvar som pågående, och ett ärende med ' +
			'ett datum kvar att sätta ligger kvar som aktuellt hos både handläggare och utförare.',
		citat: [
			'En verkställighet som inte längre är pågående utifrån att dess beslut/insats inte längre är pågående ska avslutas/stängas.',
			'När du ska avsluta ärenden helt ska du se till att det är avslutsdatum på alla ställen i kundens olika beslut, utredningar, beställningar och verkställigheter.',
			'OBS: även om du redan har ändrat till rätt avslutsdatum behöver rutan Ändra beslutens gtomd vara ikryssad när du avslutar en verkställighet.'
		]
	},
	journal: {
		avgorande: true,
		vad:
			'Att journalen går att lita på: varje anteckning signerad, en felaktig signerad anteckning ' +
			'felmarkerad (inte ersatt), kopierad text som inte längre är aktuell borttagen innan den signeras',
		skal:
			'Först när en text signeras blir den låst; en osignerad anteckning kan fortfarande ' +
			'ändras, och en felaktig som inte felmarkeras står kvar i journalen som om den vore rätt. ' +
			'En kopierad text som signeras med det som inte längre gäller står i den nya utredningen ' +
			'som om det gällde nu.',
		citat: [
			'När en text signeras blir den låst och kan inte ändras.',
			'1) Om en anteckning som har sparats och signerats har blivit fel kan den felmarkeras.',
			'Texten är inte signerad och du behöver därför signera den.',
			'Innan texten signeras är det viktigt att kontrollera texten och ta bort den text som inte är aktuell.'
		]
	},
	sokning: {
		avgorande: false,
		vad: 'Hur kunden söktes fram: i personregistret med rätt århundrade, i KIR (S1, S5)',
		skal:
			'Manualen ger flera sätt att söka; det avgörande är vilken person som öppnas och hur ' +
			'hon registreras (person, kundregister).',
		citat: [
			'En kund kan sökas på följande sätt:',
			'2) Om rutan som kommer upp är tom ska du klicka på Sök KIR.'
		]
	},
	datum: {
		avgorande: false,
		vad:
			'Datum som anger när ärendet hanterades: aktualiseringens Datum, Inledningsdatum, ' +
			'Beslutsdatum, bedömningens Datum, verkställighetens Gäller fr.o.m., inklistrade ' +
			'texters händelsedatum (Nej på Vill du kopiera händelsedatum och tid?)',
		skal:
			'Manualen ber bara att de fylls i, några utifrån ett annat datum; ärendet når ändå rätt ' +
			'utförare med rätt insats och period. Ett scenario vars brief gör en poäng av ett datum ' +
			'(frister) gör regeln avgörande i avgorande. Ja på Vill du kopiera händelsedatum och ' +
			'tid? ger de inklistrade texterna den tidigare utredningens datum, men texten är densamma ' +
			'och står i rätt utredning.',
		citat: [
			'Vid datum fyller du i datumet som ansökan inkom.',
			'Fyll i Beslutsdatum.',
			'Vid Datum kan beslutsdatumet fyllas i.',
			'Fyll i vid Gäller fr.o.m./datum från när verkställigheten gäller (utgå ifrån beslutsdatum).',
			'3) Rutan Vill du kopiera händelsedatum och tid? kommer fram. Välj Nej.'
		]
	},
	handlaggare: {
		avgorande: false,
		vad: 'Vem som handlägger och vem som beslutade: Ansvarig handläggare, Beslutsfattare',
		skal:
			'Valet görs utifrån en rutin som inte står i manualen (rules.md A3 och läsning 18), och ' +
			'vid Beslutsfattare anger manualen inget värde; ett fel säger fel om vem, inte om vad ' +
			'som beslutats eller vart ärendet går.',
		citat: [
			'vid Ansvarig handläggare väljer du handläggare utifrån gällande rutin.',
			'Välj Beslutsfattare.',
			'4) Kontrollera att rätt handläggare är förvalt utifrån aktualiseringen/aktualiseringarna.'
		]
	},
	uppgift: {
		avgorande: false,
		vad: 'Uppgifter som beskriver ansökan och personen: Från vem, Civilstånd',
		skal: 'De beskriver ärendet; rätt insats når ändå rätt utförare för rätt person.',
		citat: [
			'Vid Från vem väljer du den som ansökt',
			'Om du inte vet Civilstånd ska du välja Ogift.'
		]
	},
	bevakare: {
		avgorande: true,
		vad: 'Vem som får upp bevakningen: Bevakas av (W6)',
		skal:
			'Bevakningen syns bara i listan hos den som står vid Bevakas av; står fel person eller ' +
			'funktion där hanteras den inte av den som ska.',
		citat: [
			'6) Bevakas av innebär vilken person eller funktion som ska få upp bevakningen i sin bevakningslista, d.v.s. den person eller funktion som ska hantera bevakningen.'
		]
	},
	sekretess: {
		avgorande: true,
		vad: 'Det som inte får stå i en bevakning: personnummer och diagnos i texten (W7)',
		skal:
			'Alla kan läsa bevakningar; det som står där sprids till alla som öppnar en bevakningslista, ' +
			'och kan inte tas tillbaka ur deras minne.',
		citat: ['OBS: tänk på att alla kan läsa det som står eftersom bevakningar är synliga för alla.']
	},
	bevakningsuppgift: {
		avgorande: false,
		vad: 'Hur bevakningen är skött: textens längd, Status (W4, W7)',
		skal:
			'Bevakningen når ändå rätt person på rätt dag; en lång text eller en status som inte ' +
			'satts till Klar gör listan svårare att läsa.',
		citat: [
			'7) I textrutan skriver du mycket kortfattat vad det handlar om.',
			'När bevakningen är hanterad kan statusen ändras till Klar.'
		]
	},
	ordning: {
		avgorande: false,
		vad: 'I vilken ordning stegen togs (U7, och ordningsreglerna i O1, V2 och O9)',
		skal:
			'Manualen numrerar stegen som en arbetsgång och rules.md U7 rättar ordningen som ' +
			'krav på föregångare; det en fel ordning förstör i slutläget rättas av de andra ' +
			'slagen (en bedömning före LSS Insatser lämnar rutan urkryssad: plats).',
		citat: [
			'1) Efter att aktualiseringen/aktualiseringarna sparats kommer nya flikar fram. Klicka på Inled utredning.'
		]
	}
} as const satisfies Record<string, Kontrollklass>;

/** The kind of thing a rule checks; the key into `KONTROLLER`. */
export type Kontroll = keyof typeof KONTROLLER;

export const KONTROLLSLAG = Object.keys(KONTROLLER) as Kontroll[];

/** Whether a mistake of this kind fails the attempt on its own (the rule is `kritisk`). */
export function arAvgorande(kontroll: Kontroll): boolean {
	return KONTROLLER[kontroll].avgorande;
}

/** A scenario's override that names no rule, or contradicts another: one line per problem. */
export class AvgorandeFel extends Error {
	readonly rader: string[];
	constructor(rader: string[]) {
		super(rader.join('\n'));
		this.name = 'AvgorandeFel';
		this.rader = rader;
	}
}

function traffar(a: Avgorande, r: Regel): boolean {
	return r.id === a.regel && (a.vad === undefined || r.vad === a.vad);
}

function beskriv(a: Avgorande): string {
	return a.vad === undefined ? a.regel : `${a.regel} "${a.vad}"`;
}

/**
 * Applies a scenario's `avgorande` to the rules its rule sets built: each entry sets `kritisk`
 * on every rule with its id (and its `vad`, if given). Throws `AvgorandeFel`, naming the file
 * and the field, for an entry that names no rule of the rule sets (a raw rule under `regler`
 * sets its own `kritisk`) or that contradicts an earlier entry about the same rule.
 */
export function tillampaAvgorande(
	scenario: Scenario,
	regler: readonly Regel[],
	egna: readonly Regel[] = scenario.regler
): Regel[] {
	const ut = [...regler];
	const satt = new Map<number, number>();
	const fel: string[] = [];
	scenario.avgorande.forEach((a, i) => {
		const falt = `${scenario.kalla}: avgorande[${i}]`;
		const index = ut.flatMap((r, j) => (traffar(a, r) ? [j] : []));
		if (index.length === 0) {
			const sammaId = ut.filter((r) => r.id === a.regel);
			if (a.vad !== undefined && sammaId.length > 0)
				fel.push(
					`${falt}.vad: ingen regel ${a.regel} heter "${a.vad}". Reglerna ${a.regel} som scenariot bygger heter: ${sammaId.map((r) => JSON.stringify(r.vad)).join(', ')}.`
				);
			else if (egna.some((r) => traffar(a, r)))
				fel.push(
					`${falt}.regel: ${beskriv(a)} är en egen regel under regler; sätt kritisk på den där i stället.`
				);
			else
				fel.push(
					`${falt}.regel: scenariot bygger ingen regel ${a.regel}. Regelverken (regelverk: [${scenario.regelverk.join(', ')}]) bygger: ${[...new Set(ut.map((r) => r.id))].join(', ') || 'inga regler'}.`
				);
			return;
		}
		const krock = index.filter((j) => {
			const tidigare = satt.get(j);
			return tidigare !== undefined && scenario.avgorande[tidigare].kritisk !== a.kritisk;
		});
		if (krock.length > 0) {
			const tidigare = [...new Set(krock.map((j) => satt.get(j)))];
			fel.push(
				`${falt}: säger kritisk: ${String(a.kritisk)} om ${krock.map((j) => JSON.stringify(ut[j].vad)).join(', ')}, men ${tidigare.map((t) => `avgorande[${String(t)}]`).join(', ')} säger kritisk: ${String(!a.kritisk)}; ta bort den ena.`
			);
			return;
		}
		for (const j of index) {
			satt.set(j, i);
			ut[j] = { ...ut[j], kritisk: a.kritisk };
		}
	});
	if (fel.length > 0) throw new AvgorandeFel(fel);
	return ut;
}
