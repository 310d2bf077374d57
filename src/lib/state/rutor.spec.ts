import { describe, expect, it } from 'vitest';
import { Rutor } from './rutor.svelte';

describe('Rutor: the open modal rutor, and which is on top', () => {
	it('gives the caption to the ruta opened last, and back to the one under when it closes', () => {
		const r = new Rutor();
		expect(r.iRuta).toBe(false);
		r.rutaOppnad('bevakning');
		expect(r.overst('bevakning')).toBe(true);
		// "Ta bort bevakning?" over the bevakning box
		r.rutaOppnad('fraga');
		expect(r.overst('fraga')).toBe(true);
		expect(r.overst('bevakning')).toBe(false);
		r.rutaStangd('fraga');
		expect(r.overst('bevakning')).toBe(true);
		r.rutaStangd('bevakning');
		expect(r.iRuta).toBe(false);
		expect(r.overst('bevakning')).toBe(false);
	});

	it('counts a ruta once however often its effect runs', () => {
		const r = new Rutor();
		r.rutaOppnad('a');
		r.rutaOppnad('b');
		r.rutaOppnad('a');
		expect(r.overst('a')).toBe(true);
		r.rutaStangd('a');
		expect(r.overst('b')).toBe(true);
		r.rutaStangd('b');
		expect(r.iRuta).toBe(false);
	});
});
