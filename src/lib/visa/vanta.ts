/**
 * How long Visa waits for a step's control to appear after the step before (a save, a dialog
 * opening, its chunk loading). Tests that follow Visa allow it this long before they call a step
 * stuck, so they wait for what Visa does rather than race it (tests/e2e/visa.spec.ts).
 */
export const VANTA_MS = 5000;
