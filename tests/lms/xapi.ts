/**
 * The tests' side of the LRS: statements read back by registration (oldest first, as stored),
 * each checked by Learning Locker's statement validator (installed with the LRS in tests/lrs).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LRS_AUTH } from './lms';
import { adresser } from './portar';

const krav = createRequire(fileURLToPath(new URL('../lrs/package.json', import.meta.url)));
const validera = (krav('@learninglocker/xapi-validation') as { default: (s: unknown) => object[] })
	.default;

export interface Statement {
	id: string;
	actor: { account?: { homePage: string; name: string } };
	verb: { id: string };
	object: { id: string; definition?: { type?: string; interactionType?: string } };
	result?: {
		success?: boolean;
		completion?: boolean;
		duration?: string;
		score?: { scaled?: number; raw?: number; min?: number; max?: number };
		response?: string;
	};
	context?: {
		registration?: string;
		contextActivities?: Record<string, { id: string }[]>;
		extensions?: Record<string, unknown>;
	};
	timestamp: string;
	stored: string;
}

/** What the validator finds wrong with a statement, as readable lines (none: valid). */
export function felI(s: unknown): string[] {
	return validera(s).map((w) => JSON.stringify(w));
}

/** Every statement of a registration, oldest first, with the `more` pages followed. */
export async function statementsFor(registration: string): Promise<Statement[]> {
	const { lrs } = adresser();
	const alla: Statement[] = [];
	let stig = `/xAPI/statements?${new URLSearchParams({ registration, ascending: 'true', limit: '200' })}`;
	while (stig) {
		const svar = await fetch(`${lrs}${stig}`, {
			headers: { authorization: LRS_AUTH, 'x-experience-api-version': '1.0.3' }
		});
		if (!svar.ok) throw new Error(`LRS:et svarade ${svar.status}: ${await svar.text()}`);
		const sida = (await svar.json()) as { statements: Statement[]; more?: string };
		alla.push(...sida.statements);
		stig = sida.more ?? '';
	}
	return alla;
}

export const VERB = (s: Statement) => s.verb.id.replace(/^.*\//, '');
