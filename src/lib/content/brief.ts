import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

/** Anything that turns untrusted HTML into safe HTML: DOMPurify, in a browser or over jsdom. */
export interface Sanerare {
	sanitize(html: string): string;
}

// Relative links (#, /, ./) and these schemes only: `javascript:` and `data:` become plain text.
const SAKRA_SCHEMAN = /^(https?:|mailto:|tel:)/i;
const EXTERN = /^(https?:)?\/\//i;

function escapeAttr(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The href when safe to follow, else null. Entities and control characters are decoded away first. */
export function sakerLank(href: string): string | null {
	const t = href
		.replace(/&#x?[0-9a-f]+;?/gi, '')
		// eslint-disable-next-line no-control-regex -- control characters hide a scheme from the eye
		.replace(/[\u0000-\u0020]/g, '');
	if (/^[a-z][a-z0-9+.-]*:/i.test(t) && !SAKRA_SCHEMAN.test(t)) return null;
	return href;
}

const marked = new Marked({
	gfm: true,
	// A brief's lines are the trainer's (a name, an address, a date under each other): a single
	// line break stays a break, as the trainer wrote it
	breaks: true,
	async: false,
	renderer: {
		link(this: { parser: { parseInline(t: Tokens.Link['tokens']): string } }, token: Tokens.Link) {
			const text = this.parser.parseInline(token.tokens);
			const href = sakerLank(token.href);
			if (href === null) return text;
			const titel = token.title ? ` title="${escapeAttr(token.title)}"` : '';
			// An external page must not get window.opener on the trainee's attempt
			const extern = EXTERN.test(href) ? ' target="_blank" rel="noopener noreferrer"' : '';
			return `<a href="${escapeAttr(href)}"${titel}${extern}>${text}</a>`;
		}
	}
});

const STILELEMENT = /<style\b[\s\S]*?(?:<\/style\s*>|$)/gi;
const STARTTAGG = /<[a-z][^>]*>/gi;
const HANDLARE = /(\s)(on[a-z]+\s*=)/gi;

/**
 * Takes `<style>` elements out of the HTML and renames every `on…=` attribute in a start tag to
 * `x-on…=` (an attribute DOMPurify does not keep), before DOMPurify parses it. Not the
 * sanitiser (DOMPurify drops both anyway, and whatever this misses): Chromium checks the page's
 * CSP while parsing even into an inert document, so without this a hostile brief logs "Executing
 * inline event handler violates…" for handlers that never run.
 */
export function utanInlineKod(html: string): string {
	return html
		.replace(STILELEMENT, '')
		.replace(STARTTAGG, (tagg) => tagg.replace(HANDLARE, '$1x-$2'));
}

/** Markdown to HTML, through `purify`. The seam the unit test uses (Node has no DOM). */
export function renderaBriefMed(purify: Sanerare, md: string): string {
	return purify.sanitize(utanInlineKod(marked.parse(md, { async: false })));
}

/**
 * Beyond DOMPurify's defaults (no script, no event attributes, no javascript: URLs): a brief is
 * text, links and images, so nothing that styles or overlays the page (`<style>`, `style=""`,
 * which could hide Lämna in or paint a fake one) and no form or control that could take typed
 * text anywhere (`<form>`, inputs, buttons, `formaction`). The CSP (svelte.config.js) refuses
 * what slips past all the same.
 */
export const SANERING = {
	ADD_ATTR: ['target'],
	FORBID_TAGS: [
		'style',
		'link',
		'meta',
		'base',
		'form',
		'input',
		'button',
		'select',
		'option',
		'optgroup',
		'textarea',
		'fieldset',
		'datalist',
		'output',
		'dialog'
	],
	FORBID_ATTR: ['style', 'formaction', 'form', 'action', 'srcdoc', 'autofocus', 'tabindex']
};

/**
 * A DOMPurify instance as the brief's sanitiser: SANERING, and rel forced on every external
 * link. Takes the instance so the build can sanitise over jsdom (brief-bygg.ts) with exactly
 * what the browser would run.
 */
export function sanerareAv(purify: typeof DOMPurify): Sanerare {
	// Raw <a> in a brief skips the marked renderer: give it the same rel after sanitising
	purify.addHook('afterSanitizeAttributes', (node) => {
		if (node.tagName === 'A' && EXTERN.test(node.getAttribute('href') ?? '')) {
			node.setAttribute('target', '_blank');
			node.setAttribute('rel', 'noopener noreferrer');
		}
	});
	return { sanitize: (html) => purify.sanitize(html, SANERING) };
}

let webblasarens: Sanerare | undefined;

/**
 * A brief as safe HTML for `{@html}`, sanitised by the DOMPurify of the DOM at hand (a
 * browser's, or jsdom's in a test). The shipped scenarios' briefs are rendered at build time
 * (brief-bygg.ts), so the runner never imports this module.
 */
export function renderaBrief(md: string): string {
	webblasarens ??= sanerareAv(DOMPurify);
	return renderaBriefMed(webblasarens, md);
}
