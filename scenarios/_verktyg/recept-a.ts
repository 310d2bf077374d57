import type { Recept } from './recept';

/** Recipes of the scenarios for rules.md sections 5–8 (see recept.ts for the format). */
export const RECEPT_A: Record<string, Record<string, Recept>> = {};
