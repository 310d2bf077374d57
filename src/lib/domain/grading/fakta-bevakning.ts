import type { Bevakning } from '../bevakning';
import { bedomBevakningstext, MAX_TECKEN } from '../bevakningstext';
import { beslutsEtikett } from '../beslut';
import { kortDatum } from '../datum';
import type { Fakta, Kontext } from './typer';
import { minne } from './urval';

// Facts of rules.md section 12 (W2–W7). They read the bevakningar as the attempt left them:
// a bevakning laid and then changed counts with its last values, one removed does not count.

type Parametrar = Record<string, unknown>;

interface Bevakningsfakta {
	etikett: string;
	saknas: (p: Parametrar) => string;
	falt?: Record<string, string>;
	berakna: Fakta;
}

/** A bevakning as the grader reads it: with the label of the beslut it is tied to. */
export type LastBevakning = Bevakning & { beslut?: string };

/** The bevakningar laid or changed in the attempt, each once, in the order first touched. */
function berorda(ctx: Kontext): LastBevakning[] {
	return minne(ctx, 'bevakningar', () => {
		const ids: string[] = [];
		for (const h of ctx.handelser)
			if (h.typ === 'BevakningLagd' || h.typ === 'BevakningAndrad')
				if (!ids.includes(h.bevakning.id)) ids.push(h.bevakning.id);
		return ids.flatMap((id) => {
			const b = ctx.state.bevakningar.find((x) => x.id === id);
			return b ? [medBeslut(ctx, b)] : [];
		});
	});
}

function medBeslut(ctx: Kontext, b: Bevakning): LastBevakning {
	const beslut = ctx.state.beslut.find((x) => x.id === b.beslutId);
	return beslut ? { ...b, beslut: beslutsEtikett(beslut, kortDatum) } : b;
}

/** The ids of the bevakningar laid in the attempt (not the start state's). */
function lagda(ctx: Kontext): Set<string> {
	return minne(ctx, 'lagdaBevakningar', () => {
		const s = new Set<string>();
		for (const h of ctx.handelser) if (h.typ === 'BevakningLagd') s.add(h.bevakning.id);
		return s;
	});
}

const PROV = {
	tom: (t: string) => bedomBevakningstext(t).tom,
	langd: (t: string) => bedomBevakningstext(t).forLang,
	personnummer: (t: string) => bedomBevakningstext(t).personnummer.length > 0,
	diagnos: (t: string) => bedomBevakningstext(t).diagnoser.length > 0
} as const;

/** What a text breaks, in words, for the finding's "hittat". */
function textFel(prov: keyof typeof PROV, t: string): string {
	const b = bedomBevakningstext(t);
	switch (prov) {
		case 'tom':
			return 'ingen text';
		case 'langd':
			return `${b.langd} tecken (högst ${MAX_TECKEN})`;
		case 'personnummer':
			return `personnummer ${b.personnummer.join(', ')}`;
		case 'diagnos':
			return `diagnos: ${b.diagnoser.join(', ')}`;
	}
}

export const BEVAKNINGSFAKTA: Record<string, Bevakningsfakta> = {
	/**
	 * The bevakning laid in the attempt for `pnr` with Bevakning typ av `typAv`; failing that the
	 * first laid for the customer that no other expected one names (`andra`), so a wrong type
	 * is reported as a wrong type, not as a bevakning missing.
	 */
	bevakning: {
		etikett: 'Bevakning',
		saknas: () => 'ingen bevakning lades för kunden',
		falt: {
			plats: 'Lagd från',
			beslut: 'Knuten till beslutet',
			datum: 'Bevakningsdatum',
			status: 'Status',
			typAv: 'Bevakning typ av',
			bevakasAv: 'Bevakas av',
			text: 'Text'
		},
		berakna: (ctx, p) => {
			const pnr = String(p.pnr ?? ctx.scenario.forvantat.kund.pnr);
			const ids = lagda(ctx);
			const kundens = berorda(ctx).filter((b) => b.pnr === pnr && ids.has(b.id));
			const andra = Array.isArray(p.andra) ? p.andra.map(String) : [];
			return (
				kundens.find((b) => b.typAv === p.typAv) ?? kundens.find((b) => !andra.includes(b.typAv))
			);
		}
	},
	/** The Status of a bevakning, by id: a start-state one the trainee is to handle (W4). */
	bevakningsstatus: {
		etikett: 'Status',
		saknas: () => 'bevakningen finns inte längre',
		berakna: (ctx, p) => ctx.state.bevakningar.find((b) => b.id === p.id)?.status
	},
	/**
	 * The bevakningar laid or changed in the attempt whose text fails `prov` (W7): empty, too
	 * long, with a personnummer, with a diagnosis (bevakningstext.ts), each in words.
	 */
	bevakningstexter: {
		etikett: 'Bevakningstexter',
		saknas: () => 'inga',
		berakna: (ctx, p) => {
			const prov = String(p.prov) as keyof typeof PROV;
			if (!(prov in PROV))
				throw new Error(`Parametern prov ska vara ${Object.keys(PROV).join(', ')}.`);
			return berorda(ctx)
				.filter((b) => PROV[prov](b.text))
				.map((b) => `${b.typAv}: ${textFel(prov, b.text)}`);
		}
	}
};
