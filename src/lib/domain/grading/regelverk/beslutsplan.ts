import type { Scenario } from '../../../schemas/scenario';
import { NY_UTREDNING } from '../fakta-beslut';
import { visaTimmar } from '../../timmar';
import {
	INSATSFAMILJER,
	INSATSTABELL,
	LSS_INSATSER,
	type Insatsfamilj,
	type Insatsrad
} from '../../insatstabell';
import { INSATSCITAT } from '../../insatstabell-citat';

export type ForvantatBeslut = Scenario['forvantat']['beslut'][number];

/** One expected beslut with what the table adds, and the parameters that find it in an attempt. */
export interface Beslutsplan {
	/** Its place in `forvantat.beslut`; -1 for a beslut of the start state. */
	index: number;
	f: ForvantatBeslut;
	rad: Insatsrad;
	bifall: boolean;
	/** The Beslut field's value. */
	namn: string;
	insatskategori: string;
	/** The period its hours are written per, when it has hours. */
	period?: string;
	parametrar: Record<string, unknown>;
}

/**
 * The utredning sections 5–8 are graded in: `forvantat.utredningId`, else 'ny' when the scenario
 * expects an utredning to be inledd. Throws, naming the file and field, for an id the start
 * state does not hold.
 */
export function utredningFor(scenario: Scenario): string {
	const { utredningId, utredning } = scenario.forvantat;
	const id = utredningId ?? (utredning ? NY_UTREDNING : undefined);
	if (!id)
		throw new Error(
			`${scenario.kalla}: forvantat.utredningId saknas. Ange id:t på utredningen i startläget, eller 'ny'.`
		);
	if (id !== NY_UTREDNING && !scenario.start.utredningar.some((u) => u.id === id))
		throw new Error(
			`${scenario.kalla}: forvantat.utredningId: utredningen "${id}" finns inte under start.utredningar. ` +
				"Ange id:t på en utredning i startläget, eller 'ny' för den som inleds i försöket."
		);
	return id;
}

/** The expected beslut, each with its table row and the parameters of the `beslut` fact. */
export function beslutsplan(scenario: Scenario): Beslutsplan[] {
	const f = scenario.forvantat;
	if (f.beslut.length === 0) return [];
	const utredning = utredningFor(scenario);
	const namn = f.beslut.map((b) => {
		const rad = INSATSTABELL[b.insats];
		return b.beslut ?? (b.utfall === 'bifall' ? rad.bifall : (rad.avslag ?? ''));
	});
	return f.beslut.map((b, index) => {
		const rad = INSATSTABELL[b.insats];
		const bifall = b.utfall === 'bifall';
		const sammaNamn = f.beslut.map((_, i) => i).filter((i) => namn[i] === namn[index]);
		const period =
			b.period ?? (b.timmar && rad.timmar !== 'inga' ? (rad.timmar as string) : undefined);
		return {
			index,
			f: b,
			rad,
			bifall,
			namn: namn[index],
			insatskategori: b.insatskategori ?? (bifall ? rad.insatskategori : LSS_INSATSER),
			period,
			parametrar: {
				pnr: f.kund.pnr,
				utredning,
				beslut: namn[index],
				nr: sammaNamn.indexOf(index),
				franLista: sammaNamn.map((i) => f.beslut[i].fran)
			}
		};
	});
}

/**
 * A bifall of `start.beslut` as the beställning rules read an expected beslut: a beställning is
 * sent for it in the attempt (the one sent before went to the wrong utförare and is removed, R1).
 * Its `parametrar` name it by id (`beslutId`), since it is not saved in the attempt. Throws,
 * naming the file and `falt`, for an id the start state lacks, an avslag, or a Beslut the table
 * has no row for.
 */
export function startBeslutsplan(scenario: Scenario, id: string, falt: string): Beslutsplan {
	const b = scenario.start.beslut.find((x) => x.id === id);
	const fel = (vad: string) => new Error(`${scenario.kalla}: ${falt}: ${vad}`);
	if (!b) throw fel(`startläget har inget beslut ${id}. Lägg in det under start.beslut.`);
	const insats = INSATSFAMILJER.find((i) => INSATSTABELL[i].bifall === b.beslut);
	if (!insats)
		throw fel(
			`beslutet ${id} (${b.beslut}) är inget bifall i manualens tabell; en beställning görs bara för ett bifallsbeslut (O1).`
		);
	const rad = INSATSTABELL[insats];
	return {
		index: -1,
		f: {
			insats,
			utfall: 'bifall',
			insatskategori: b.insatskategori,
			beslut: b.beslut,
			beslutsdatum: b.beslutsdatum,
			fran: b.fran,
			// the start state is known whole: a beslut with no end date wants a beställning with none
			till: b.till ?? null,
			beslutsfattare: b.beslutsfattare,
			organisation: b.organisation,
			niva: b.niva,
			timmar: b.timmar && visaTimmar(b.timmar)
		},
		rad,
		bifall: true,
		namn: b.beslut,
		insatskategori: b.insatskategori,
		period: b.timmar?.period,
		parametrar: {
			pnr: b.pnr,
			utredning: b.utredningId,
			beslut: b.beslut,
			beslutId: b.id
		}
	};
}

/** O6's case: `insats` verkställer `verkstalld` (the table's `verkstaller`), both granted. */
export interface O6Fall {
	insats: Insatsfamilj;
	verkstalld: Insatsfamilj;
	/** The manual's sentence: only `insats`'s beställning is sent. */
	citat: string;
}

/** The scenario's O6 case (korttidsvistelse in a stödfamilj), if it is one. */
export function o6Fall(planer: readonly Beslutsplan[]): O6Fall | undefined {
	const beviljad = (i: Insatsfamilj): boolean => planer.some((p) => p.bifall && p.f.insats === i);
	for (const insats of INSATSFAMILJER) {
		const { verkstaller } = INSATSTABELL[insats];
		const citat = INSATSCITAT[insats];
		if (verkstaller && beviljad(insats) && beviljad(verkstaller))
			return { insats, verkstalld: verkstaller, citat: citat.verkstaller ?? '' };
	}
	return undefined;
}
