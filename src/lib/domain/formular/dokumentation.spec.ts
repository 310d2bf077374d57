import { describe, expect, it } from 'vitest';
import { addFrastext } from './dokumentation';

describe('addFrastext', () => {
	it('puts the phrase on a new line at the end of the text', () => {
		expect(addFrastext('Kunden ansöker.', 'Se bilaga.')).toBe('Kunden ansöker.\nSe bilaga.');
	});

	it('drops the blanks and empty lines the text ends with first', () => {
		expect(addFrastext('Kunden ansöker.  \n\n', 'Se bilaga.')).toBe('Kunden ansöker.\nSe bilaga.');
	});

	it('gives the phrase alone for an empty or blank text', () => {
		expect(addFrastext('', 'Se bilaga.')).toBe('Se bilaga.');
		expect(addFrastext(' \n ', 'Se bilaga.')).toBe('Se bilaga.');
	});

	it('leaves the text as typed when no phrase is chosen', () => {
		expect(addFrastext('Kunden ansöker. ', '')).toBe('Kunden ansöker. ');
	});
});
