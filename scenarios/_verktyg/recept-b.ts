import { BEDOMNINGSFUNKTIONER } from '../../src/lib/domain/beslut';
import type { BestallningUtkast } from '../../src/lib/domain/beslut-kommandon';
import type { Plats } from '../../src/lib/domain/dokumentation';
import { LSS_MYNDIGHET, UTFORARENS_ORGANISATION } from '../../src/lib/domain/katalog';
import type { Korning } from './korning';
import type { Recept } from './recept';
import {
	korttidstillsynRecept,
	korttidsvistelseRecept,
	stodfamiljRecept
} from './recept-b-korttid';
import { bestall, beslut, oppnaKund, oppnaVerkstallighet, skriv, sparaBeslut } from './steg';

/* ---------- 4. Bostad barn och ungdom, bifall ---------- */

const BOSTAD_BARN = {
	insatskategori: 'Boende-insatser LSS',
	beslut: 'LSS Bostad barn och ungdom Bifall',
	beslutsdatum: '2025-04-14',
	fran: '2025-05-05',
	till: '2026-06-04',
	beslutsfattare: 'Åkesson, Maria'
};

function bostadBarn(k: Korning, o: { beslut?: string; bestall?: boolean } = {}): void {
	oppnaKund(k);
	const [id] = sparaBeslut(
		k,
		[beslut({ ...BOSTAD_BARN, beslut: o.beslut ?? BOSTAD_BARN.beslut })],
		'utr-start-2'
	);
	if (o.bestall !== false)
		bestall(k, id, {
			insatskategori: BOSTAD_BARN.insatskategori,
			utforare: 'Lss, Barn/Ungdom 1',
			insatser: ['Bostad barn och ungdom'],
			fran: BOSTAD_BARN.fran,
			till: BOSTAD_BARN.till
		});
}

const bostadBarnRecept: Record<string, Recept> = {
	'pass-bifall': {
		beskrivning: 'Bifall med Boende-insatser LSS och beställning till Lss, Barn/Ungdom 1.',
		fel: [],
		kor: (k) => bostadBarn(k)
	},
	'fail-beslut-bostad-vuxna': {
		beskrivning:
			'Väljer LSS Bostad vuxna Bifall i listan Beslut (Wilma är nästan vuxen) och beställer från det beslutet.',
		fel: ['B1', 'O1'],
		kor: (k) => bostadBarn(k, { beslut: 'LSS Bostad vuxna Bifall' })
	},
	'fail-ingen-bestallning': {
		beskrivning: 'Sparar bifallsbeslutet men gör ingen beställning.',
		fel: ['O1'],
		kor: (k) => bostadBarn(k, { bestall: false })
	}
};

/* ---------- 5. Bostad vuxna, bifall ---------- */

const BOSTAD_VUXNA = {
	insatskategori: 'Boende-insatser LSS',
	beslut: 'LSS Bostad vuxna Bifall',
	beslutsdatum: '2025-04-17',
	fran: '2025-04-17',
	beslutsfattare: 'Nyström, Peter'
};

function bostadVuxna(
	k: Korning,
	o: Partial<BestallningUtkast> & { valjBifallet?: boolean } = {}
): void {
	oppnaKund(k);
	const [id] = sparaBeslut(k, [beslut(BOSTAD_VUXNA)], 'utr-start-2');
	const { valjBifallet, ...falt } = o;
	bestall(k, id, {
		beslutId: valjBifallet ? id : '',
		insatskategori: 'Planering LSS',
		utforare: 'Lss, Boendeteamet',
		utforarensOrganisation: LSS_MYNDIGHET,
		insatser: ['Boende vuxna LSS'],
		fran: BOSTAD_VUXNA.fran,
		...falt
	});
}

const bostadVuxnaRecept: Record<string, Recept> = {
	'pass-ingen-beslut-planering': {
		beskrivning:
			'Beställning med Beslut <ingen>, Planering LSS, Lss, Boendeteamet, organisationen ändrad till LSS Myndighet, insats Boende vuxna LSS.',
		fel: [],
		kor: (k) => bostadVuxna(k)
	},
	'fail-organisation-kvar': {
		beskrivning: 'Lämnar Utförarens organisation som den fylldes i (LSS Boende).',
		fel: ['O2'],
		kor: (k) =>
			bostadVuxna(k, { utforarensOrganisation: UTFORARENS_ORGANISATION['Lss, Boendeteamet'] })
	},
	'fail-bifallsbeslutet-valt': {
		beskrivning:
			'Väljer bifallsbeslutet i listan Beslut, som för de flesta insatser, i stället för <ingen>.',
		fel: ['O2'],
		kor: (k) => bostadVuxna(k, { valjBifallet: true })
	},
	'fail-insatskategori-boende': {
		beskrivning: 'Behåller beslutets insatskategori Boende-insatser LSS i beställningen.',
		fel: ['O2'],
		kor: (k) => bostadVuxna(k, { insatskategori: 'Boende-insatser LSS' })
	}
};

/* ---------- 6. Daglig verksamhet, bifall med bedömning (O9) ---------- */

const DAGLIG = {
	insatskategori: 'Daglig verksamhet LSS',
	beslut: 'LSS Daglig verksamhet Bifall',
	beslutsdatum: '2025-04-23',
	fran: '2025-05-05',
	beslutsfattare: 'Åkesson, Maria',
	personkrets: 'Personkrets 1'
};

const NIVAER_ELIAS: Record<string, string> = Object.fromEntries(
	BEDOMNINGSFUNKTIONER.map((f, i) => [f, ['1', '1', '0', '2', '2', '1'][i]])
);

function bedom(k: Korning, lssInsatserId: string | null): void {
	k.kor({
		typ: 'sparaBedomning',
		pnr: k.scenario.forvantat.kund.pnr,
		utredningId: 'utr-start-1',
		metod: 'D. Bedömning Daglig verksamhet',
		utforsAv: k.scenario.roll.namn,
		datum: DAGLIG.beslutsdatum,
		nivaer: NIVAER_ELIAS,
		kommentar: 'Behöver tydlig struktur och stöd i samspel med andra.',
		lssInsatserVerkstallighetId: lssInsatserId
	});
}

function dagligVerksamhet(
	k: Korning,
	o: { ordning?: 'bedomning-forst'; kryssa?: boolean; personkrets?: string } = {}
): void {
	oppnaKund(k);
	const [id] = sparaBeslut(
		k,
		[beslut({ ...DAGLIG, personkrets: o.personkrets ?? DAGLIG.personkrets })],
		'utr-start-1'
	);
	if (o.ordning === 'bedomning-forst') bedom(k, null);
	const lss = oppnaVerkstallighet(k, DAGLIG.beslutsdatum);
	if (o.ordning !== 'bedomning-forst') bedom(k, o.kryssa === false ? null : lss);
	bestall(k, id, {
		beslutId: '',
		insatskategori: 'Planering Daglig verksamhet',
		utforare: 'Lss, Resursförmedling',
		insatser: ['Daglig verksamhet'],
		fran: DAGLIG.fran
	});
}

const dagligRecept: Record<string, Recept> = {
	'pass-lss-insatser-forst': {
		beskrivning:
			'Bifall med personkrets, LSS Insatser öppnas, bedömningen med en nivå per funktion och LSS Insatser ikryssad, beställning <ingen> till Lss, Resursförmedling.',
		fel: [],
		kor: (k) => dagligVerksamhet(k)
	},
	'fail-lss-insatser-ej-ikryssad': {
		beskrivning: 'Fyller i bedömningen men kryssar inte i rutan framför LSS Insatser.',
		fel: ['O9'],
		kor: (k) => dagligVerksamhet(k, { kryssa: false })
	},
	'fail-bedomning-fore-lss-insatser': {
		beskrivning:
			'Gör bedömningen direkt efter beslutet, innan LSS Insatser finns (så rutan går inte att kryssa i), och öppnar LSS Insatser efteråt.',
		fel: ['O9'],
		kor: (k) => dagligVerksamhet(k, { ordning: 'bedomning-forst' })
	},
	'fail-utan-personkrets': {
		beskrivning: 'Lämnar personkretstillhörigheten tom fast Elias är ny som LSS-kund.',
		fel: ['B3'],
		kor: (k) => dagligVerksamhet(k, { personkrets: '' })
	}
};

/* ---------- 7. Dokumentation (D1–D7) ---------- */

const JOURNAL: Plats = { del: 'journal', utredningId: 'utr-start-1' };
const rubrik = (r: string): Plats => ({ del: 'dokument', utredningId: 'utr-start-1', rubrik: r });

const RATT_HEMBESOK =
	'Hembesök 2025-03-14 hos Lars i hans lägenhet tillsammans med kontaktpersonen från ' +
	'boendestödet. Lars berättade om vilka aktiviteter han vill ha ledsagare till.';
const ANSOKAN =
	'Ansökan har inkommit skriftligt. Lars ansöker om ledsagarservice för att kunna gå på ' +
	'konserter och träffa vänner på kvällar och helger.';
const SITUATION =
	'Lars bor ensam i lägenhet med boendestöd två gånger i veckan. Han går inte ut på egen hand ' +
	'efter mörkrets inbrott.';

function dokumentera(
	k: Korning,
	o: { felmarkera?: boolean; signeraJournal?: boolean; iDokumentet?: boolean } = {}
): void {
	oppnaKund(k);
	if (o.felmarkera !== false) k.kor({ typ: 'felmarkeraAnteckning', id: 'ant-start-1' });
	skriv(k, JOURNAL, RATT_HEMBESOK, o.signeraJournal !== false);
	if (o.iDokumentet === false) {
		skriv(k, JOURNAL, `${ANSOKAN} ${SITUATION}`);
		return;
	}
	skriv(k, rubrik('Ansökan'), ANSOKAN);
	skriv(k, rubrik('Nuvarande situation'), SITUATION);
}

const dokumentationRecept: Record<string, Recept> = {
	'pass-felmarkera-skriv-signera': {
		beskrivning:
			'Felmarkerar den felaktiga anteckningen, skriver en ny journalanteckning och text under Ansökan (med frastext) och Nuvarande situation, signerar allt.',
		fel: [],
		kor: (k) => dokumentera(k)
	},
	'fail-journal-osignerad': {
		beskrivning: 'Sparar journalanteckningen men klickar aldrig på Signera.',
		fel: ['D2'],
		kor: (k) => dokumentera(k, { signeraJournal: false })
	},
	'fail-ny-i-stallet-for-felmarkera': {
		beskrivning:
			'Skriver en ny anteckning med rätt datum men låter den felaktiga stå kvar utan felmarkering.',
		fel: ['D5'],
		kor: (k) => dokumentera(k, { felmarkera: false })
	},
	'fail-allt-i-journalen': {
		beskrivning:
			'Skriver även utredningstexten i journalen i stället för under rubrikerna i Utredningsdokumentet.',
		fel: ['D3'],
		kor: (k) => dokumentera(k, { iDokumentet: false })
	}
};

/* ---------- 8. Första bifallet: LSS Insatser ska öppnas (B6, V2) ---------- */

const LEDSAGAR = {
	insatskategori: 'Rekrytering LSS-insatser',
	beslut: 'LSS Ledsagarservice Bifall',
	beslutsdatum: '2025-04-25',
	fran: '2025-05-01',
	till: '2026-04-30',
	beslutsfattare: 'Sandberg, Elin',
	personkrets: 'Personkrets 1',
	period: 'Månad'
};

function forstaBifall(
	k: Korning,
	o: { verkstallighet?: 'ingen' | 'utforarens'; timmar?: string } = {}
): void {
	const timmar = o.timmar ?? '12.30';
	oppnaKund(k);
	const [id] = sparaBeslut(k, [beslut({ ...LEDSAGAR, timmar })], 'utr-start-1');
	bestall(k, id, {
		insatskategori: LEDSAGAR.insatskategori,
		utforare: 'Lss, Rekryteringshandläggare',
		insatser: ['Ledsagarservice'],
		kvantitet: timmar,
		period: 'Månad',
		fran: LEDSAGAR.fran,
		till: LEDSAGAR.till
	});
	if (o.verkstallighet === 'utforarens')
		oppnaVerkstallighet(k, LEDSAGAR.beslutsdatum, {
			insatskategori: 'Rekrytering LSS-insatser',
			utforare: 'Lss, Rekryteringshandläggare',
			organisation: LSS_MYNDIGHET
		});
	else if (o.verkstallighet !== 'ingen') oppnaVerkstallighet(k, LEDSAGAR.beslutsdatum);
}

const forstaBifallRecept: Record<string, Recept> = {
	'pass-lss-insatser-oppnad': {
		beskrivning:
			'Bifall med personkrets och 12.30 timmar per månad, beställning till Lss, Rekryteringshandläggare, och LSS Insatser öppnad med LSS-handläggare 3 från beslutsdatum.',
		fel: [],
		kor: (k) => forstaBifall(k)
	},
	'fail-ingen-lss-insatser': {
		beskrivning: 'Beslut och beställning är rätt, men ingen verkställighet LSS Insatser öppnas.',
		fel: ['B6', 'V2'],
		kor: (k) => forstaBifall(k, { verkstallighet: 'ingen' })
	},
	'fail-utforarens-verkstallighet': {
		beskrivning:
			'Öppnar verkställigheten Rekrytering LSS-insatser – Lss, Rekryteringshandläggare (utförarens) i stället för LSS Insatser.',
		fel: ['B6', 'V2', 'V4'],
		kor: (k) => forstaBifall(k, { verkstallighet: 'utforarens' })
	},
	'fail-timmar-decimal': {
		beskrivning:
			'Skriver tolv och en halv timme som 12.5 (= 12 timmar 50 minuter) i beslut och beställning.',
		fel: ['B7', 'O3'],
		kor: (k) => forstaBifall(k, { timmar: '12.5' })
	}
};

/** Recipes of the scenarios for rules.md sections 5–8 (see recept.ts for the format). */
export const RECEPT_B: Record<string, Record<string, Recept>> = {
	'korttidstillsyn-bifall': korttidstillsynRecept,
	'korttidsvistelse-bifall-niva-2': korttidsvistelseRecept,
	'korttidsvistelse-i-stodfamilj': stodfamiljRecept,
	'bostad-barn-och-ungdom-bifall': bostadBarnRecept,
	'bostad-vuxna-bifall': bostadVuxnaRecept,
	'daglig-verksamhet-bedomning': dagligRecept,
	'dokumentation-felaktig-anteckning': dokumentationRecept,
	'forsta-bifall-lss-insatser': forstaBifallRecept
};
