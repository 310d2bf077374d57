/**
 * Bumped whenever the generator or the shipped numbers change, so a browser holding an older
 * world reseeds it. Kept apart so the db can read it without loading the world.
 */
export const VARLD_VERSION = 1;
