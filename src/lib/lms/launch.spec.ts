import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lasCmi5Start } from './launch';

const MAPP = join(import.meta.dirname, 'fixtures', 'launch');
const las = (mapp: string) =>
	readdirSync(join(MAPP, mapp)).map((f) => ({
		namn: f,
		...(JSON.parse(readFileSync(join(MAPP, mapp, f), 'utf8')) as { sok: string; fel?: string[] })
	}));

describe('lasCmi5Start', () => {
	it.each(las('bra'))('accepts $namn', ({ sok }) => {
		const r = lasCmi5Start(sok);
		expect(r).toMatchObject({ ok: true });
		if (!r.ok) return;
		expect(r.start.endpoint.endsWith('/')).toBe(true);
		expect(r.start.actor.account.name).toBe('1625378');
		// the registration is used exactly as the LMS gave it
		expect(r.start.registration).toBe(new URLSearchParams(sok).get('registration'));
	});

	it.each(las('dalig'))('refuses $namn, naming each bad parameter', ({ sok, fel }) => {
		const r = lasCmi5Start(sok);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const namnda = r.fel.map((f) => f.split(' ')[0]);
		expect(namnda.sort()).toEqual([...(fel ?? [])].sort());
	});

	it('says what was given and what is expected, in Swedish', () => {
		const r = lasCmi5Start('?ovning=x&endpoint=bad');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.fel[0]).toMatch(/^endpoint saknas|^fetch saknas/);
		expect(r.fel).toContain(
			'endpoint ska vara en fullständig adress som börjar med https:// eller http:// (fick ”bad”).'
		);
		expect(r.fel).toContain(
			'registration saknas: ska vara ett UUID, till exempel 760e3480-ba55-4991-94b0-01820dbd23a2.'
		);
	});

	it('shortens a long value before it is shown', () => {
		const r = lasCmi5Start(`?ovning=x&endpoint=${'a'.repeat(500)}`);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.fel.find((f) => f.startsWith('endpoint'))!.length).toBeLessThan(200);
	});
});
