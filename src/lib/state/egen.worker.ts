/**
 * An own scenario compiled off the runner's bundle (kalla.ts says why): the same readers as the
 * build (content/egen.ts), the brief left as Markdown for the page to render and sanitise with
 * the browser's DOMPurify (a worker has no DOM).
 */
import { svaraEgen, type EgenFraga } from '$lib/content/egen';

onmessage = (e: MessageEvent<EgenFraga>) => {
	postMessage(svaraEgen(e.data));
};
