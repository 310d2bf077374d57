import { parseDocument, stringify } from 'yaml';
import type { Startlage } from '../domain/projektion';

/**
 * The start state as the `start:` block of index.md's frontmatter, YAML text in the start-state
 * format (docs/scenario-format.md): block style, personnummer and nivå quoted by the yaml library
 * (a bare 198011169235 would be read back as a number), dates bare.
 */
export function startYaml(start: Startlage): string {
	return stringify({ start }, { lineWidth: 100, singleQuote: true });
}

// The frontmatter must open the file; `---` on a line of its own closes it (as content/scenario.ts)
const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

/**
 * index.md's text with its `start:` replaced by `start` (added when it had none), the rest of the
 * frontmatter and the brief as they were, comments included: the editor's way to take a start
 * state from the sandbox. Throws an Error in Swedish when the text has no frontmatter.
 */
export function medStartlage(indexText: string, start: Startlage): string {
	const m = FRONTMATTER.exec(indexText);
	if (!m)
		throw new Error(
			'index.md har ingen frontmatter (en rad med bara --- först); startläget kan inte läggas in.'
		);
	const doc = parseDocument(m[2], { schema: 'core' });
	if (doc.errors.length > 0)
		throw new Error(
			`index.md har YAML-fel (${doc.errors[0].message.split('\n')[0]}); rätta det först, sedan kan startläget läggas in.`
		);
	doc.set('start', doc.createNode(start));
	const yaml = doc.toString({ lineWidth: 100, singleQuote: true }).replace(/\n$/, '');
	return m[1] + yaml + m[3] + indexText.slice(m[0].length);
}
