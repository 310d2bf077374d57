import { parseDocument, type Document } from 'yaml';
import { MAX_YAML_ALIAS } from '../schemas/granser';
import { scenarioSchema, type Scenario } from '../schemas/scenario';
import { felrader, svenskaFel } from './zodfel';
import { FRONTMATTER } from './frontmatter';

/** A scenario file that cannot be used; the message names the file and every faulty field. */
export class ScenarioFel extends Error {
	/** One line per problem, each starting with the file. */
	readonly rader: string[];
	constructor(rader: string[]) {
		super(rader.join('\n'));
		this.name = 'ScenarioFel';
		this.rader = rader;
	}
}

/** The line for a scenario folder without its `index.md` (Node's check and the browser's). */
export function scenarioSaknas(kalla: string): string {
	return `${kalla}: filen finns inte eller kan inte läsas.`;
}

/** The folder name when `kalla` is `…/scenarios/<id>/index.md`, else null. */
function mappnamn(kalla: string): string | null {
	const m = /(?:^|[\\/])scenarios[\\/]([^\\/]+)[\\/]index\.md$/.exec(kalla);
	return m ? m[1] : null;
}

function delaUpp(text: string, kalla: string): { yaml: string; brief: string } {
	const m = FRONTMATTER.exec(text);
	if (!m)
		throw new ScenarioFel([
			`${kalla}: frontmatter saknas: filen ska börja med en rad med bara ---, sedan fälten i YAML, sedan en rad med bara ---, och sist briefen i Markdown.`
		]);
	return { yaml: m[1], brief: text.slice(m[0].length) };
}

/**
 * The YAML document as data, with aliases bounded: a file of nested aliases (a "billion laughs")
 * is refused with the file named, not expanded until memory runs out. Shared with lasFacit.
 */
export function yamlTillData(
	doc: Document,
	kalla: string,
	fel: (rader: string[]) => Error
): unknown {
	try {
		return doc.toJS({ maxAliasCount: MAX_YAML_ALIAS });
	} catch (e) {
		// the yaml library throws a ReferenceError for too many aliases and for an unknown *namn
		const msg = e instanceof Error ? e.message : String(e);
		if (/alias count/i.test(msg))
			throw fel([
				`${kalla}: för många YAML-alias (*namn): filen löser upp fler än ${MAX_YAML_ALIAS}, vilket bara en aliasbomb gör. Skriv ut värdena i stället för att hänvisa till dem med *namn.`
			]);
		throw fel([`${kalla}: YAML-fel: ${msg}. Kontrollera att varje *namn har ett &namn före sig.`]);
	}
}

function lasYaml(yaml: string, kalla: string): unknown {
	// The core schema (YAML 1.2) keeps 2024-03-01 a string: zod checks it as a date text.
	const doc = parseDocument(yaml, { schema: 'core', prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0)
		throw new ScenarioFel(
			doc.errors.map((e) => {
				// +1: the frontmatter starts on the line after the opening ---
				const rad = e.linePos ? e.linePos[0].line + 1 : null;
				const forsta = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
				return `${kalla}: YAML-fel${rad ? ` på rad ${rad}` : ''}: ${forsta}. Kontrollera indrag, kolon och citattecken.`;
			})
		);
	const data = yamlTillData(doc, kalla, (rader) => new ScenarioFel(rader));
	if (data === null || typeof data !== 'object' || Array.isArray(data))
		throw new ScenarioFel([
			`${kalla}: frontmatter ska vara fält med namn och värde (id: …, title: …), inte ${data === null ? 'tom' : 'en lista eller ett enstaka värde'}.`
		]);
	return data;
}

/**
 * Reads a scenario file: `---` YAML frontmatter, then the brief in Markdown. Throws ScenarioFel
 * naming `kalla` and every faulty field path. Pure (no fs), so the browser and Node share it.
 */
export function lasScenario(text: string, kalla: string): Scenario {
	const { yaml, brief } = delaUpp(text, kalla);
	const data = lasYaml(yaml, kalla);
	const r = scenarioSchema.safeParse(data, { error: svenskaFel });
	const rader = r.success ? [] : felrader(kalla, r.error);
	const mapp = mappnamn(kalla);
	const id = (data as { id?: unknown }).id;
	if (mapp && typeof id === 'string' && id !== mapp)
		rader.push(
			`${kalla}: id: är "${id}" men mappen heter "${mapp}"; id och mappnamn måste vara lika.`
		);
	if (!brief.trim())
		rader.push(
			`${kalla}: briefen saknas: skriv ärendet som handläggaren får (ansökan, telefonanteckning) i Markdown efter den avslutande ---.`
		);
	if (!r.success || rader.length > 0) throw new ScenarioFel(rader);
	return { ...r.data, brief: brief.trim() + '\n', kalla };
}
