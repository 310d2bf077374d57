/**
 * Long event lists for the projection's equality tests and the benchmark: realistic events
 * repeated (a committed attempt's beslut and beställning, again and again), and seeded random
 * lists of every kind of event, with ids that repeat, are missing or come back after an undo.
 */
import type { Beslut } from './beslut';
import type { Anteckning } from './dokumentation';
import type { Handelse } from './handelser';
import { LSS_INSATSER } from './insatstabell';
import type { Slump } from '../world/prng';

type Av<T extends Handelse['typ']> = Extract<Handelse, { typ: T }>;

/**
 * An attempt of about `antal` events of beslut and beställningar: what `mall` does before its
 * first BeslutSparade (the search, the customer opened), then its first beslut and beställning
 * again and again, each pair with new ids (`beslut-N`, `best-N`) and the beställning for its own
 * beslut, as a trainee saving beslut after beslut would leave it.
 */
export function beslutOchBestallningar(mall: readonly Handelse[], antal: number): Handelse[] {
	const forsta = mall.findIndex((h) => h.typ === 'BeslutSparade');
	const beslut = mall[forsta] as Av<'BeslutSparade'> | undefined;
	const bestallning = mall.find((h): h is Av<'BestallningSparad'> => h.typ === 'BestallningSparad');
	if (!beslut || !bestallning) throw new Error('Mallen saknar beslut eller beställning.');
	const ut: Handelse[] = mall.slice(0, forsta);
	for (let n = 1; ut.length < antal; n++) {
		// Utredning avslutas is left unticked: a closed utredning takes no more beslut
		const b: Beslut = { ...beslut.beslut[0], id: `beslut-${n}`, utredningAvslutas: false };
		ut.push({ typ: 'BeslutSparade', beslut: [b] });
		ut.push({
			typ: 'BestallningSparad',
			bestallning: {
				...bestallning.bestallning,
				id: `best-${n}`,
				utredningId: b.utredningId,
				beslutId: bestallning.bestallning.beslutId === null ? null : b.id,
				franBeslutId: b.id
			}
		});
	}
	return ut.slice(0, antal);
}

const PNR = ['199709042395', '201203052388', '194512240017'];
const KATEGORIER = ['Boende-insatser LSS', 'Daglig verksamhet LSS', LSS_INSATSER];
const BESLUT = ['LSS Bostad vuxna Bifall', 'LSS Bostad vuxna Avslag', 'Okänt beslut'];
const DAGAR = ['2024-01-01', '2025-01-15', '2025-04-17', '2025-06-30', '2026-01-01'];

/**
 * `antal` random events of every kind. Ids are mostly ones made before, sometimes unknown ones
 * and sometimes made twice, so the rules for missing and repeated ids are walked too; a
 * `StegAngrat` now and then takes back a few events. `utredningar` are the start state's ids.
 */
export function slumpadeHandelser(
	slump: Slump,
	antal: number,
	utredningar: readonly string[] = []
): Handelse[] {
	const ids = {
		akt: [] as string[],
		utr: [...utredningar],
		beslut: [] as string[],
		verk: [] as string[],
		best: [] as string[],
		ant: [] as string[],
		kontakt: [] as string[]
	};
	let n = 0;
	// an id made before, now and then an unknown one, or a new one
	const id = (lista: string[], prefix: string, ny = 0.5): string => {
		if (lista.length && !slump.chans(ny)) return slump.valj(lista);
		const x = slump.chans(0.05) ? `${prefix}-okand` : `${prefix}-${++n}`;
		lista.push(x);
		return x;
	};
	const gammal = (lista: string[], prefix: string) =>
		lista.length && slump.chans(0.9) ? slump.valj(lista) : `${prefix}-saknas`;
	const pnr = () => slump.valj(PNR);
	const dag = () => slump.valj(DAGAR);
	const anteckning = (): Anteckning => ({
		id: id(ids.ant, 'ant', 0.6),
		pnr: pnr(),
		plats: slump.chans(0.5)
			? { del: 'journal', utredningId: gammal(ids.utr, 'utr') }
			: { del: 'verkstallighet', verkstallighetId: gammal(ids.verk, 'verk'), rubrik: 'R' },
		text: `text ${n}`,
		handelsedatum: dag(),
		signerad: false,
		felmarkerad: false
	});
	const skapa: (() => Handelse)[] = [
		() => ({ typ: 'KundSokt', fraga: 'a*', arhundrade: '19', form: 'efternamn', traffar: [] }),
		() => ({ typ: 'KundOppnad', pnr: pnr() }),
		() => ({
			typ: 'KundRegistrerad',
			kalla: 'Ny',
			person: {
				pnr: pnr(),
				efternamn: `E${n}`,
				fornamn: 'F',
				adress: '',
				postnummer: '',
				ort: '',
				civilstand: 'Ogift',
				nyckelkod: '1'
			}
		}),
		() => ({
			typ: 'KontaktSparad',
			pnr: pnr(),
			kontakt: { id: id(ids.kontakt, 'kontakt'), typ: 'Anhörig', namn: `K${n}` }
		}),
		() => ({
			typ: slump.chans(0.7) ? 'AktualiseringSparad' : 'AktualiseringAndrad',
			aktualisering: {
				id: id(ids.akt, 'akt', 0.8),
				pnr: pnr(),
				typ: `Typ ${n}`,
				datum: dag(),
				franVem: 'Den enskilde',
				ansvarigHandlaggare: 'H',
				organisation: 'O',
				behandlad: false
			}
		}),
		() => ({
			typ: 'UtredningInledd',
			utredning: {
				id: id(ids.utr, 'utr', 0.9),
				pnr: pnr(),
				typ: 'Ansökan',
				inledningsdatum: dag(),
				ansvarigHandlaggare: 'H',
				organisation: 'O'
			},
			aktualiseringIds: [gammal(ids.akt, 'akt'), gammal(ids.akt, 'akt')]
		}),
		() => ({
			typ: 'BeslutSparade',
			beslut: Array.from({ length: slump.heltal(1, 3) }, () => {
				const fran = dag();
				const till = slump.chans(0.5) ? dag() : undefined;
				return {
					id: id(ids.beslut, 'beslut', 0.9),
					pnr: pnr(),
					utredningId: gammal(ids.utr, 'utr'),
					insatskategori: slump.valj(KATEGORIER),
					beslut: slump.valj(BESLUT),
					beslutsdatum: fran,
					fran,
					...(till ? { till } : {}),
					beslutsfattare: 'B',
					organisation: 'O',
					utredningAvslutas: slump.chans(0.3)
				};
			})
		}),
		() => ({
			typ: 'BestallningSparad',
			bestallning: {
				id: id(ids.best, 'best', 0.9),
				pnr: pnr(),
				utredningId: gammal(ids.utr, 'utr'),
				beslutId: slump.chans(0.5) ? gammal(ids.beslut, 'beslut') : null,
				franBeslutId: gammal(ids.beslut, 'beslut'),
				insatskategori: slump.valj(KATEGORIER),
				utforare: 'U',
				utforarensOrganisation: 'O',
				insatser: [],
				fran: dag(),
				bestalltDatum: dag(),
				bestallningstext: '',
				bekraftad: false,
				// Kopiera beställning: the one copied ends the day before (R3)
				...(slump.chans(0.3) ? { kopieradFran: gammal(ids.best, 'best') } : {})
			}
		}),
		() => ({
			typ: 'BestallningBekraftad',
			id: gammal(ids.best, 'best'),
			insatskategori: slump.valj(KATEGORIER),
			utforare: 'U',
			organisation: 'O',
			verkstallighetId: slump.chans(0.5) ? gammal(ids.verk, 'verk') : null
		}),
		() => ({ typ: 'BestallningBorttagen', id: gammal(ids.best, 'best') }),
		() => ({
			typ: 'VerkstallighetSkapad',
			verkstallighet: {
				id: id(ids.verk, 'verk', 0.9),
				pnr: pnr(),
				insatskategori: slump.valj(KATEGORIER),
				utforare: 'U',
				organisation: 'O',
				fran: dag(),
				pagaende: true
			}
		}),
		() => ({
			typ: 'VerkstallighetAvslutad',
			id: gammal(ids.verk, 'verk'),
			avslutsdatum: dag(),
			justeraGtom: slump.chans(0.7),
			avslutsorsak: slump.chans(0.5) ? 'Flytt' : ''
		}),
		() => ({ typ: 'VerkstallighetOppnadIgen', id: gammal(ids.verk, 'verk') }),
		() => ({ typ: 'UtforareBytt', id: gammal(ids.verk, 'verk'), utforare: 'V', organisation: 'P' }),
		() => ({ typ: 'AnteckningSparad', anteckning: anteckning() }),
		() => ({ typ: 'AnteckningSignerad', id: gammal(ids.ant, 'ant') }),
		() => ({ typ: 'AnteckningFelmarkerad', id: gammal(ids.ant, 'ant') }),
		() => ({
			typ: 'TexterKopierade',
			utredningId: gammal(ids.utr, 'utr'),
			medHandelsedatum: slump.chans(0.5),
			texter: [{ fran: 'ant-1', rubrik: 'R', text: 't', handelsedatum: dag() }]
		}),
		() => ({
			typ: 'TexterInklistrade',
			franUtredningId: gammal(ids.utr, 'utr'),
			tillUtredningId: gammal(ids.utr, 'utr'),
			anteckningar: [anteckning(), anteckning()]
		}),
		() => ({
			typ: 'BedomningSparad',
			bedomning: {
				id: `bed-${++n}`,
				pnr: pnr(),
				utredningId: gammal(ids.utr, 'utr'),
				metod: 'M',
				utforsAv: 'H',
				datum: dag(),
				nivaer: {},
				kommentar: '',
				lssInsatserVerkstallighetId: null
			}
		}),
		() => ({
			typ: 'HushallSparat',
			pnr: pnr(),
			medlemmar: [{ pnr: pnr(), namn: `M${n}`, relation: 'Vårdnadshavare' }],
			registerledare: pnr()
		}),
		() => ({
			typ: 'DokumentUtskrivet',
			pnr: pnr(),
			vad: 'Beslut',
			dokument: [{ id: gammal(ids.beslut, 'beslut'), etikett: 'B' }],
			mall: 'M',
			skrivare: 'S'
		}),
		() => ({
			typ: 'KundlistaAndrad',
			pnr: pnr(),
			atgard: slump.chans(0.6) ? 'laggTill' : 'taBort'
		}),
		() => ({
			typ: 'DokumentInfogat',
			pnr: pnr(),
			plats: { utredningId: gammal(ids.utr, 'utr') },
			dokumentId: 'skannat-1'
		}),
		() => ({ typ: 'LedtradVisad', regelId: 'R1', vad: 'v', steg: 1 }),
		() => ({ typ: 'StegAngrat', antal: slump.heltal(0, 4) })
	];
	return Array.from({ length: antal }, () => slump.valj(skapa)());
}
