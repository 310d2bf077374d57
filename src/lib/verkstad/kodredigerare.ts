/**
 * One file of a scenario in CodeMirror 6: index.md as Markdown with its YAML frontmatter
 * (lang-yaml's yamlFrontmatter), facit.yaml as YAML; the check's problems underlined
 * (@codemirror/lint), the catalogs offered as completions (komplettering.ts). Loaded by dynamic
 * import from the editor's route only, so no trainee's page carries CodeMirror.
 *
 * The editor lives in a shadow root of its own: CodeMirror then gives its styles as constructed
 * style sheets (adoptedStyleSheets) instead of <style> elements, which the page's CSP refuses
 * (svelte.config.js: style-src-elem 'self'), so the policy stays as strict as on every page.
 *
 * Tab is left to the browser (no `indentWithTab`): Tab and Shift+Tab move focus into and out of
 * the editor, so the keyboard is never trapped (WCAG 2.1.2); indenting is typed with spaces.
 */
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { yaml, yamlFrontmatter } from '@codemirror/lang-yaml';
import { markdown } from '@codemirror/lang-markdown';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { forslagFor, type Forslagslistor } from './komplettering';

export interface Markering {
	fran: number;
	till: number;
	meddelande: string;
}

export interface Kodredigerare {
	/** Underlines these problems (each with the check's own message), and only these. */
	markera(problem: readonly Markering[]): void;
	/** Moves the cursor to `pos`, scrolls it into view and focuses the editor. */
	gaTill(pos: number): void;
	/** Puts new text in (a recording written from outside), keeping the undo history. */
	ersatt(text: string): void;
	forstor(): void;
}

export interface RedigerarVal {
	foralder: HTMLElement;
	fil: 'index.md' | 'facit.yaml';
	text: string;
	/** The editor's accessible name. */
	etikett: string;
	/** The completion lists (from the check's worker), asked at each completion. */
	listor: () => Forslagslistor;
	andrad: (text: string) => void;
}

// The page's styles do not reach into the shadow root: size and focus ring are set here
const TEMA = EditorView.theme({
	'&': { height: '28rem', fontSize: '0.95rem' },
	'&.cm-focused': { outline: '3px solid #b35c00' },
	'.cm-scroller': { fontFamily: 'ui-monospace, Consolas, monospace' }
});

function kompletteringar(listor: () => Forslagslistor) {
	return (ctx: CompletionContext): CompletionResult | null => {
		const rad = ctx.state.doc.lineAt(ctx.pos);
		const f = forslagFor(rad.text.slice(0, ctx.pos - rad.from), listor());
		if (!f || f.varden.length === 0) return null;
		return {
			from: rad.from + f.fran,
			options: f.varden.map((v) => ({ label: v.etikett, apply: v.text, type: 'constant' })),
			validFor: /^[^,\]}]*$/
		};
	};
}

export function skapaRedigerare(val: RedigerarVal): Kodredigerare {
	const sprak = val.fil === 'index.md' ? yamlFrontmatter({ content: markdown() }) : yaml();
	// One source for the editor's life: the autocompletion drops a result whose source changed
	const kalla = [{ autocomplete: kompletteringar(val.listor) }];
	const skugga = val.foralder.shadowRoot ?? val.foralder.attachShadow({ mode: 'open' });
	const view = new EditorView({
		parent: skugga,
		root: skugga,
		state: EditorState.create({
			doc: val.text,
			extensions: [
				basicSetup,
				sprak,
				lintGutter(),
				EditorView.lineWrapping,
				TEMA,
				EditorState.languageData.of(() => kalla),
				// tabindex 0 changes no tab order (an editable text is a tab stop already); it tells
				// axe the scrolled area holds something a keyboard reaches
				EditorView.contentAttributes.of({ 'aria-label': val.etikett, tabindex: '0' }),
				EditorView.updateListener.of((u) => {
					if (u.docChanged) val.andrad(u.state.doc.toString());
				})
			]
		})
	});
	return {
		markera(problem) {
			const langd = view.state.doc.length;
			const diagnoser: Diagnostic[] = problem.map((p) => ({
				from: Math.min(p.fran, langd),
				to: Math.min(Math.max(p.till, p.fran), langd),
				severity: 'error',
				message: p.meddelande
			}));
			view.dispatch(setDiagnostics(view.state, diagnoser));
		},
		gaTill(pos) {
			const p = Math.min(pos, view.state.doc.length);
			view.dispatch({
				selection: { anchor: p },
				effects: EditorView.scrollIntoView(p, { y: 'center' })
			});
			view.focus();
		},
		ersatt(text) {
			if (text === view.state.doc.toString()) return;
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
		},
		forstor() {
			view.destroy();
		}
	};
}
