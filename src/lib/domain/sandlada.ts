/**
 * The scenario id of the sandbox (Sandlåda): the world with no exercise. Its attempt keeps what
 * the trainee did there, but it is no exercise of the course, so no list or course shows it.
 * A module of its own: the attempts' storage needs it, not the course it is kept out of (kurs.ts).
 */
export const SANDLADA_ID = 'sandlada';
