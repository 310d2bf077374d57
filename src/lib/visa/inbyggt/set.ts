// dom-accessibility-api's SetLike polyfill, replaced by the browser's own Set (see vite.config.ts)
export default Set;
