import { describe, expect, it } from 'vitest';
import { labelLssInsatser, proposeBedomning } from './bedomning';

describe('proposeBedomning', () => {
	it('fills in Utförs av and nothing else', () => {
		expect(proposeBedomning('Berg, Sara')).toEqual({
			metod: '',
			utforsAv: 'Berg, Sara',
			datum: '',
			nivaer: {},
			kommentar: '',
			lssInsatserVerkstallighetId: null
		});
	});
});

describe('labelLssInsatser', () => {
	it('says LSS Insatser for the one and the full name when there are several', () => {
		expect(labelLssInsatser(1, 'LSS Insatser 250101 – LSS-handläggare 3')).toBe('LSS Insatser');
		expect(labelLssInsatser(2, 'LSS Insatser 250101 – LSS-handläggare 3')).toBe(
			'LSS Insatser 250101 – LSS-handläggare 3'
		);
	});
});
