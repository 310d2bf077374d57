import { tolkaTimmar } from '../../timmar';
import type { Regel } from '../typer';
import { beslutsplan, o6Fall, type Beslutsplan } from './beslutsplan';
import { regel, type RegelByggare } from './regel';
import { citatFor } from '../../insatstabell-citat';

/**
 * The sentences every beslut section prints alike; those that differ by section (Insatskategori,
 * Beslut, the dates, personkrets, hours) are the table row's `citat`.
 */
const CITAT = {
	beslutsfattare: 'Välj Beslutsfattare.',
	organisation: 'Välj LSS Myndighet vid Organisation.',
	avslutas:
		'OBS: om flera beslut ska fattas avmarkera rutan Utredning avslutas. Den ska enbart vara ' +
		'markerad vid sista beslutet.',
	delavslag: 'Vid delavslag fattas både ett beslut om bifall och ett beslut om avslag.'
};

/**
 * The manual's sentence naming the beslut: the row's for its outcome. (The LASS-beslut is not
 * expected here: the schema sends it to `forvantat.lass`, whose rule set `lass` cites its section.)
 */
function beslutetsCitat(p: Beslutsplan): string {
	return (!p.bifall && citatFor(p.rad).avslag) || citatFor(p.rad).bifall;
}

/** `10.30` as `10 timmar och 30 minuter`, so a trainee who typed 10.5 sees the difference. */
export function timmarIOrd(text: string): string {
	const t = tolkaTimmar(text);
	return t.ok ? `${t.varde.timmar} timmar och ${t.varde.minuter} minuter` : text;
}

/**
 * The rules for one expected beslut: made, and each field the manual names (B1–B3, B7, nivå).
 * The table row says which apply and gives their quotes (nivå, hours, one beslut per month).
 */
function reglerFor(p: Beslutsplan, delavslag: boolean, o6: boolean): Regel[] {
	const { f, rad } = p;
	const bas = { avsnitt: rad.beslutAvsnitt, fakta: 'beslut', parametrar: p.parametrar };
	const utfall = p.bifall ? 'bifall' : 'avslag';
	const regler = [
		regel({
			...bas,
			id: delavslag ? 'B5' : 'B1',
			vad: `Beslutet ${p.namn} fattades`,
			operator: 'exists',
			forvantatText: `Ett beslut ${p.namn} (Gäller fr.o.m. ${f.fran})`,
			manualcitat: delavslag ? CITAT.delavslag : beslutetsCitat(p),
			kontroll: 'finns'
		}),
		regel({
			...bas,
			id: 'B1',
			vad: `Insatskategori för ${p.namn}`,
			sokvag: 'insatskategori',
			operator: 'equal',
			varde: p.insatskategori,
			forvantatText: `Vid ${utfall}: ${p.insatskategori}`,
			manualcitat: citatFor(rad).insatskategori,
			kontroll: 'innehall'
		}),
		regel({
			...bas,
			id: 'B2',
			vad: `Beslutsdatum för ${p.namn}`,
			sokvag: 'beslutsdatum',
			operator: 'sameDay',
			varde: f.beslutsdatum,
			manualcitat: citatFor(rad).datum,
			kontroll: 'datum'
		}),
		regel({
			...bas,
			id: 'B2',
			vad: `Gäller fr.o.m. för ${p.namn}`,
			sokvag: 'fran',
			operator: 'sameDay',
			varde: f.fran,
			manualcitat: citatFor(rad).datum,
			kontroll: 'period'
		})
	];
	if (f.till !== undefined)
		regler.push(
			regel({
				...bas,
				id: 'B2',
				vad: `Gäller t.o.m. för ${p.namn}`,
				sokvag: 'till',
				...(f.till === null
					? {
							operator: 'equal',
							varde: '',
							forvantatText: 'lämnas tomt (beslutet gäller tills vidare)'
						}
					: { operator: 'sameDay', varde: f.till }),
				manualcitat: rad.perManad ? citatFor(rad).perManad : citatFor(rad).datum,
				kontroll: 'period'
			})
		);
	if (f.beslutsfattare)
		regler.push(
			regel({
				...bas,
				id: 'B2',
				vad: `Beslutsfattare för ${p.namn}`,
				sokvag: 'beslutsfattare',
				operator: 'equal',
				varde: f.beslutsfattare,
				manualcitat: CITAT.beslutsfattare,
				kontroll: 'handlaggare'
			})
		);
	regler.push(
		regel({
			...bas,
			id: 'B2',
			vad: `Organisation för ${p.namn}`,
			sokvag: 'organisation',
			operator: 'equal',
			varde: f.organisation,
			forvantatText: `Vid Organisation: ${f.organisation}`,
			manualcitat: CITAT.organisation,
			kontroll: 'organisation'
		})
	);
	if (f.personkrets)
		regler.push(
			regel({
				...bas,
				id: 'B3',
				vad: `Personkretstillhörighet för ${p.namn}`,
				sokvag: 'personkrets',
				...(f.personkrets === true
					? {
							operator: 'notEqual',
							varde: '',
							forvantatText: 'en personkretstillhörighet vald (kunden är ny)'
						}
					: { operator: 'equal', varde: f.personkrets }),
				manualcitat: citatFor(rad).personkrets,
				kontroll: 'innehall'
			})
		);
	if (p.bifall && rad.niva)
		regler.push(
			regel({
				...bas,
				id: o6 ? 'O6' : 'B1',
				vad: `Nivå för ${p.namn}`,
				sokvag: 'niva',
				operator: 'equal',
				varde: f.niva,
				forvantatText: `Nivå ${String(f.niva)} (den beviljade nivån)`,
				manualcitat: citatFor(rad).niva,
				kontroll: 'innehall'
			})
		);
	if (p.bifall && rad.timmar === 'inga')
		regler.push(
			regel({
				...bas,
				id: 'B7',
				vad: `Inga timmar på ${p.namn}`,
				sokvag: 'timmar',
				operator: 'equal',
				varde: '',
				forvantatText: 'inga timmar (timmar fylls inte i vid beslut om kontaktperson)',
				manualcitat: citatFor(rad).timmar,
				kontroll: 'kvantitet'
			})
		);
	if (f.timmar)
		regler.push(
			regel({
				...bas,
				id: 'B7',
				vad: `Period för antal timmar på ${p.namn}`,
				sokvag: 'period',
				operator: 'equal',
				varde: p.period,
				forvantatText: `${String(p.period)} (ändras innan timmarna fylls i)`,
				manualcitat: citatFor(rad).timmar,
				kontroll: 'kvantitet'
			}),
			regel({
				...bas,
				id: 'B7',
				vad: `Antal timmar på ${p.namn}`,
				sokvag: 'timmar',
				operator: 'equal',
				varde: f.timmar,
				forvantatText: `${f.timmar} per ${String(p.period)} (timmar.minuter: ${timmarIOrd(f.timmar)})`,
				manualcitat: citatFor(rad).timmarMinuter ?? citatFor(rad).timmar,
				kontroll: 'kvantitet'
			})
		);
	return regler;
}

/**
 * B1–B7 and the table of section 7, from `forvantat.beslut`: each beslut made with its
 * Insatskategori, dates, Beslutsfattare, Organisation, personkrets, nivå and hours; Utredning
 * avslutas only on the last one saved (B4); tillfällig utökning one beslut per month (O8).
 * Saved beslut are matched to expected ones by Beslut and Gäller fr.o.m., so the order of
 * several beslut is not graded beyond B4.
 */
export const beslutsregler: RegelByggare = (scenario) => {
	const planer = beslutsplan(scenario);
	if (planer.length === 0) return [];
	const delavslag = planer.some((p) => p.bifall) && planer.some((p) => !p.bifall);
	const o6 = !!o6Fall(planer);
	const regler = planer.flatMap((p) => reglerFor(p, delavslag, o6));
	const { parametrar, rad } = planer[planer.length - 1];
	const bas = { id: 'B4', avsnitt: rad.beslutAvsnitt, parametrar: { ...parametrar } };
	if (planer.length > 1)
		regler.push(
			regel({
				...bas,
				vad: 'Utredning avslutas var inte ikryssad på något beslut före det sista',
				fakta: 'avslutasForeSista',
				operator: 'countEqual',
				varde: 0,
				forvantatText: 'avmarkera Utredning avslutas på alla beslut utom det sista',
				manualcitat: CITAT.avslutas,
				kontroll: 'avslutas'
			})
		);
	regler.push(
		regel({
			...bas,
			vad: 'Utredning avslutas var ikryssad på det sista beslutet',
			fakta: 'sistaBeslutet',
			sokvag: 'utredningAvslutas',
			operator: 'equal',
			varde: true,
			forvantatText: 'Utredning avslutas ikryssad på det sista beslutet',
			manualcitat: CITAT.avslutas,
			kontroll: 'avslutas'
		})
	);
	const utokningar = planer.filter((p) => p.bifall && p.rad.perManad);
	if (utokningar.length > 0) {
		const u = utokningar[0];
		regler.push(
			regel({
				id: 'O8',
				avsnitt: u.rad.beslutAvsnitt,
				vad: 'Ett beslut om tillfällig utökning per månad',
				fakta: 'beslutIUtredningen',
				parametrar: { pnr: u.parametrar.pnr, utredning: u.parametrar.utredning, beslut: u.namn },
				operator: 'countEqual',
				varde: utokningar.length,
				forvantatText: `${utokningar.length} beslut ${u.namn}, ett per kalendermånad: ${utokningar
					.map((p) => `${p.f.fran}–${p.f.till ?? ''}`)
					.join(', ')}`,
				manualcitat: citatFor(u.rad).perManad,
				kontroll: 'antal'
			})
		);
	}
	return regler;
};
