// dom-accessibility-api's Array.from polyfill, replaced by the browser's own (see vite.config.ts)
export default Array.from;
