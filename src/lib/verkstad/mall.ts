/**
 * What a new scenario starts as, and which ids it may take: the editor's pure rules
 * (Scenarioverkstad, /verkstad). Imports nothing, so the editor's list page stays light; the
 * free personnummer come from the check's worker (katalogforslag.ts).
 */

/** An own scenario's id: a folder name of a checkout (docs/scenario-format.md, `id`). */
export const ID_MONSTER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `id` cannot be a new scenario's, or null when it can. */
export function idFel(id: string, levererat: (id: string) => boolean, egna: readonly string[]) {
	if (!id) return 'Skriv ett id, till exempel ledsagarservice-min-kund.';
	if (!ID_MONSTER.test(id))
		return 'Id får bara ha a–z, 0–9 och bindestreck mellan orden (inga å, ä, ö eller mellanslag), till exempel ledsagarservice-min-kund.';
	if (levererat(id))
		return `Id "${id}" används redan av en övning som följer med appen. Välj ett annat id.`;
	if (egna.includes(id)) return `Du har redan ett scenario med id "${id}". Välj ett annat id.`;
	return null;
}

/**
 * A valid minimal scenario: the check passes it as it is, with only its facit left to record.
 * The customer is a free reserved person, so the trainer starts with no personnummer problem.
 */
export function mall(id: string, pnr: string): Record<'index.md' | 'facit.yaml', string> {
	return {
		'index.md': `---
id: ${id}
version: 1
title: 'Nytt scenario: ${id}'
level: grund
manualSections: [Registrera en ny kund]
idag: 2025-01-15
roll: { namn: 'Berg, Sara', lssHandlaggare: LSS-handläggare 3 }
forvantat:
  kund: { pnr: '${pnr}' }
regelverk: [registrering]
---

Skriv ärendet som handläggaren får här: ansökan, telefonanteckning, beslutsunderlag.
`,
		'facit.yaml': `steg:
  - klicka: { flik: Social och vård dokumentation }
`
	};
}
