/**
 * How long typing in Scenarioverkstad pauses before the check runs and the files are saved: short
 * enough that a schema error shows within a second of the key, long enough that the check does
 * not run on every key. Apart from the editor's state (runes), so `npm run bench` reads it too.
 */
export const PAUS_MS = 300;
