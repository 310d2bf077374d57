import { describe, expect, it } from 'vitest';
import { egnaOvningar, rubrikAv, versionAv } from './rubrik';

describe('rubrikAv and versionAv', () => {
	it('read the title however it is quoted, and the version', () => {
		expect(rubrikAv("---\ntitle: 'Ny kund: Ek''s'\n---", 'x')).toBe("Ny kund: Ek's");
		expect(rubrikAv('---\ntitle: "Avslag"\n---', 'x')).toBe('Avslag');
		expect(rubrikAv('---\ntitle: Bifall  \nversion: 3\n---', 'x')).toBe('Bifall');
		expect(versionAv('---\ntitle: Bifall\nversion: 3\n---')).toBe(3);
	});
	it('fall back on the id, and on null, when the file does not say', () => {
		expect(rubrikAv(undefined, 'mitt-id')).toBe('mitt-id');
		expect(versionAv('---\nversion: ett\n---')).toBeNull();
	});
	it('lists own and imported scenarios by title, marked', () => {
		const rad = (id: string, title: string, kalla: 'egen' | 'importerad') => ({
			id,
			kalla,
			filer: { 'index.md': `---\nid: ${id}\nversion: 2\ntitle: ${title}\n---` }
		});
		expect(egnaOvningar([rad('b', 'Öva mer', 'egen'), rad('a', 'Avslag', 'importerad')])).toEqual([
			{ id: 'a', title: 'Avslag', version: 2, importerad: true },
			{ id: 'b', title: 'Öva mer', version: 2, importerad: false }
		]);
	});
});
