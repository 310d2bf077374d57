// The little of jsdom that brief-bygg.ts uses (jsdom ships no types, and @types/jsdom is not a
// dependency): a document's window, for DOMPurify at build time.
declare module 'jsdom' {
	export class JSDOM {
		constructor(html?: string);
		readonly window: object;
	}
}
