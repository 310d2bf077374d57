/**
 * The folder an own scenario's lines name: as a checkout's would be (`scenarios/<id>`), so a
 * pack reads the same. A module of its own: the runner's own-scenario compiler (egen.ts) and
 * the editor's check (kontroll-webb.ts) both name files by it, and the compiler must not load
 * the check.
 */
export function egenMapp(id: string): string {
	return `scenarios/${id}`;
}
