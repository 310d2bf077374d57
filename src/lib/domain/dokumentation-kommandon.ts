import { nej, type Utfall } from './utfall';
import { arISammaUtredning, type Anteckning, type Plats } from './dokumentation';
import { LSS_INSATSER } from './insatstabell';
import type { CaseState } from './model';
import type { Personnummer } from './personnummer';

/** Spara of a textdel: a new note, or a change to one not yet signed (D2). */
export type SparaAnteckning = {
	typ: 'sparaAnteckning';
	pnr: Personnummer;
	/** Set when changing a saved note. */
	id?: string;
	plats: Plats;
	text: string;
};

const LAST =
	'Anteckningen är signerad och kan inte ändras. Felmarkera den och skriv en ny anteckning.';

function platsFinns(state: CaseState, p: Plats): Avvisning {
	if (p.del === 'verkstallighet') {
		const v = state.verkstalligheter.find((x) => x.id === p.verkstallighetId);
		if (!v) return 'Verkställigheten finns inte.';
		// D4: the LSS-handläggare reads the utförare's verkställigheter but writes only in LSS Insatser
		if (v.insatskategori !== LSS_INSATSER)
			return 'Du kan läsa men inte skriva i utförarens verkställighet. Skriv i verkställigheten LSS Insatser.';
		return null;
	}
	return state.utredningar.some((u) => u.id === p.utredningId) ? null : 'Utredningen finns inte.';
}
type Avvisning = string | null;

export function sparaAnteckning(state: CaseState, k: SparaAnteckning): Utfall {
	if (!k.text.trim()) return nej('Anteckningen är tom. Skriv något innan du sparar.', 'Text');
	const fel = platsFinns(state, k.plats);
	if (fel) return nej(fel);
	if (k.id) {
		const a = state.anteckningar.find((x) => x.id === k.id);
		if (!a) return nej('Anteckningen finns inte.');
		if (a.signerad || a.felmarkerad) return nej(LAST);
		return {
			ok: true,
			handelser: [{ typ: 'AnteckningSparad', anteckning: { ...a, text: k.text } }]
		};
	}
	const anteckning: Anteckning = {
		id: `ant-${state.nasta.anteckning}`,
		pnr: k.pnr,
		plats: k.plats,
		text: k.text,
		handelsedatum: state.idag,
		signerad: false,
		felmarkerad: false
	};
	return { ok: true, handelser: [{ typ: 'AnteckningSparad', anteckning }] };
}

export type SigneraAnteckning = { typ: 'signeraAnteckning'; id: string };

/** Signera (D2): a saved note becomes locked. */
export function signeraAnteckning(state: CaseState, k: SigneraAnteckning): Utfall {
	const a = state.anteckningar.find((x) => x.id === k.id);
	if (!a) return nej('Spara anteckningen innan du signerar den.');
	if (a.signerad) return nej('Anteckningen är redan signerad.');
	return { ok: true, handelser: [{ typ: 'AnteckningSignerad', id: a.id }] };
}

export type FelmarkeraAnteckning = { typ: 'felmarkeraAnteckning'; id: string };

/** Felmarkera → Ja (D5): the note stays, marked with a red cross. */
export function felmarkeraAnteckning(state: CaseState, k: FelmarkeraAnteckning): Utfall {
	const a = state.anteckningar.find((x) => x.id === k.id);
	if (!a) return nej('Anteckningen finns inte.');
	if (!a.signerad)
		return nej('Bara en sparad och signerad anteckning felmarkeras. Ändra den i stället.');
	if (a.felmarkerad) return nej('Anteckningen är redan felmarkerad.');
	return { ok: true, handelser: [{ typ: 'AnteckningFelmarkerad', id: a.id }] };
}

export type KopieraTexter = {
	typ: 'kopieraTexter';
	utredningId: string;
	medHandelsedatum: boolean;
};

/** Kopiera alla texter i trädet, and the answer to "Vill du kopiera händelsedatum och tid?" (D7). */
export function kopieraTexter(state: CaseState, k: KopieraTexter): Utfall {
	if (!state.utredningar.some((u) => u.id === k.utredningId)) return nej('Utredningen finns inte.');
	// the texts as they stand now: a later edit or felmarkering does not change what was copied
	const texter = state.anteckningar
		.filter((a) => a.plats.del === 'dokument' && a.plats.utredningId === k.utredningId)
		.filter((a) => !a.felmarkerad)
		.map((a) => ({
			fran: a.id,
			rubrik: a.plats.del === 'dokument' ? a.plats.rubrik : '',
			text: a.text,
			handelsedatum: a.handelsedatum
		}));
	return {
		ok: true,
		handelser: [
			{
				typ: 'TexterKopierade',
				utredningId: k.utredningId,
				medHandelsedatum: k.medHandelsedatum,
				texter
			}
		]
	};
}

export type KlistraInTexter = { typ: 'klistraInTexter'; tillUtredningId: string };

/**
 * Klistra in alla kopierade texter i trädet (D7): refused when anything is written in the target,
 * as Procapita refuses it. The copies are unsigned.
 */
export function klistraInTexter(state: CaseState, k: KlistraInTexter): Utfall {
	const urklipp = state.urklipp;
	if (!urklipp) return nej('Det finns inga kopierade texter. Kopiera först alla texter i trädet.');
	const till = state.utredningar.find((u) => u.id === k.tillUtredningId);
	if (!till) return nej('Utredningen finns inte.');
	if (till.id === urklipp.utredningId) return nej('Texterna kommer från samma utredning.');
	if (state.anteckningar.some((a) => arISammaUtredning(a.plats, till.id)))
		return nej(
			'Det går inte att kopiera in: något är redan skrivet i den nya utredningen. Kopiera bara till en utredning där inget är skrivet.'
		);
	let n = state.nasta.anteckning;
	const anteckningar: Anteckning[] = urklipp.texter.map((t) => ({
		id: `ant-${n++}`,
		pnr: till.pnr,
		plats: { del: 'dokument', utredningId: till.id, rubrik: t.rubrik },
		text: t.text,
		handelsedatum: urklipp.medHandelsedatum ? t.handelsedatum : state.idag,
		signerad: false,
		felmarkerad: false,
		kopieradFran: t.fran
	}));
	return {
		ok: true,
		handelser: [
			{
				typ: 'TexterInklistrade',
				franUtredningId: urklipp.utredningId,
				tillUtredningId: till.id,
				anteckningar
			}
		]
	};
}
