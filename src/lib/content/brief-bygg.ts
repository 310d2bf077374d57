/**
 * Node only: a brief rendered and sanitised at build time, by the same marked renderer and the
 * same DOMPurify configuration (brief.ts) as a browser would use, over jsdom's DOM. The shipped
 * scenarios reach the runner as this HTML (vite-plugin.ts), so it loads neither marked nor
 * DOMPurify; the page's CSP refuses whatever might slip past all the same.
 */
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { renderaBriefMed, sanerareAv, type Sanerare } from './brief';

let sanerare: Sanerare | undefined;

/** A brief's Markdown as the safe HTML the runner puts in the page with `{@html}`. */
export function renderaBriefVidBygge(md: string): string {
	sanerare ??= sanerareAv(DOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis));
	return renderaBriefMed(sanerare, md);
}
