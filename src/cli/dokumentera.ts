/**
 * Writes docs/scenario-values.md from the catalogs, the section 7 table and the world, so the
 * values a trainer may use cannot drift from what the mock offers: `npm run docs`.
 * `dokumentera.spec.ts` fails when the committed file differs from what this writes.
 */
import { differenceInYears } from 'date-fns';
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { VARDELISTOR } from '../lib/domain/vardelistor';
import { arMan } from '../lib/world/pnr-lista';
import { RESERVERADE_PNR, TVILLINGAR } from '../lib/world/reserverade-pnr';
import { standardVarld } from '../lib/world/standard';

export const VAG = 'docs/scenario-values.md';

/** Ages are given on this day, near the shipped scenarios' `idag`. */
const ALDERSDAG = new Date(2025, 0, 1);

function lista(rubrik: string, falt: string, varden: readonly string[]): string {
	return `## ${rubrik}\n\n${falt}\n\n${varden.map((v) => `- \`${v}\``).join('\n')}\n`;
}

function fodd(pnr: string): Date {
	return new Date(Number(pnr.slice(0, 4)), Number(pnr.slice(4, 6)) - 1, Number(pnr.slice(6, 8)));
}

function personrad(pnr: string, namn = ''): string {
	const alder = differenceInYears(ALDERSDAG, fodd(pnr));
	return `| \`'${pnr}'\` | ${pnr.slice(2, 8)}-${pnr.slice(8)} | ${alder} | ${arMan(pnr) ? 'man' : 'kvinna'} |${namn ? ` ${namn} |` : ''}`;
}

/** The whole file. */
export function vardenText(): string {
	const varld = standardVarld();
	const namn = new Map(varld.kunder.map((p) => [p.pnr, `${p.efternamn}, ${p.fornamn}`]));
	const delar = [
		`<!-- Written by \`npm run docs\` (src/cli/dokumentera.ts) from the catalogs. Do not edit. -->\n\n# Values a scenario may use\n\nEvery value below is what the mock offers in its lists, written exactly so (the loader and the\ngrader compare text). [scenario-format.md](scenario-format.md) says which field takes which.\n`,
		...VARDELISTOR.map((l) => lista(l.rubrik, l.falt, l.varden)),
		`## Reserved personnummer\n\nThe people of a scenario's start state (\`start.kunder\`, \`start.kir\`, household members) and\n\`forvantat.kund\` use these: Skatteverket's test numbers that the generated world never uses.\nTwo scenarios may share one (each attempt is its own sandbox), but a trainee who meets the same\nperson in two exercises is confused: \`npm run scenario -- lediga\` lists those no scenario uses\nyet. Age on ${ALDERSDAG.getFullYear()}-01-01.\n\n| pnr (YAML) | as written in a brief | age | sex |\n| --- | --- | --- | --- |\n${RESERVERADE_PNR.map((p) => personrad(p)).join('\n')}\n`,
		`## Century twins (S2)\n\nPairs in the world register a hundred years apart with the same \`ÅÅMMDD\` and the same name, for\nexercises on Århundrade: \`forvantat.kund.pnr\` may be one of them (they are not reserved, they\nare in the world).\n\n| pnr (YAML) | as written in a brief | age | sex | name |\n| --- | --- | --- | --- | --- |\n${TVILLINGAR.flat()
			.map((p) => personrad(p, namn.get(p) ?? '(saknas i världen)'))
			.join('\n')}\n`
	];
	return delar.join('\n');
}

/** The file as committed: the text as the repo's prettier leaves it. */
export async function formateradText(): Promise<string> {
	const config = (await resolveConfig(VAG)) ?? {};
	return format(vardenText(), { ...config, filepath: VAG });
}

if (process.argv[1]?.endsWith('dokumentera.ts')) {
	writeFileSync(VAG, await formateradText());
	console.log(`${VAG} skriven.`);
}
