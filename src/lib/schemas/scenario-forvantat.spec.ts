import { describe, expect, it } from 'vitest';
import { forvantatSchema } from './scenario';

const KUND = { pnr: '195001182046' };
const beslut = (extra: Record<string, unknown>) => ({
	insats: 'korttidsvistelse',
	utfall: 'bifall',
	beslutsdatum: '2025-03-10',
	fran: '2025-03-10',
	niva: 2,
	...extra
});

function fel(f: Record<string, unknown>): string[] {
	const r = forvantatSchema.safeParse({ kund: KUND, utredningId: 'utr-start', ...f });
	if (r.success) throw new Error('godtogs');
	return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('forvantat for sections 5–8', () => {
	it('reads a beslut with nivå and quoted hours, defaults filled in', () => {
		const f = forvantatSchema.parse({
			kund: KUND,
			utredningId: 'utr-start',
			beslut: [
				beslut({}),
				{
					insats: 'ledsagarservice',
					utfall: 'bifall',
					beslutsdatum: '2025-03-10',
					fran: '2025-03-10',
					timmar: '10.30'
				}
			],
			bestallningar: [{ forBeslut: 0 }]
		});
		expect(f.beslut[0]).toMatchObject({ niva: '2', organisation: 'LSS Myndighet' });
		expect(f.beslut[1].timmar).toBe('10.30');
		expect(f.ingenBestallningFor).toEqual([]);
	});

	it('refuses unquoted or malformed hours with the right form', () => {
		expect(
			fel({ beslut: [beslut({ insats: 'ledsagarservice', niva: undefined, timmar: 10.3 })] })[0]
		).toContain("'10.30'");
		expect(
			fel({ beslut: [beslut({ insats: 'ledsagarservice', niva: undefined, timmar: '10.75' })] })[0]
		).toContain('timmar.minuter');
	});

	it('refuses what the table does not allow: no nivå, hours for kontaktperson, avslag stödfamilj', () => {
		expect(fel({ beslut: [beslut({ niva: undefined })] })).toEqual([
			'beslut.0.niva: saknas: vid bifall korttidsvistelse och stödfamilj väljs Nivå 1, 2 eller 3'
		]);
		expect(
			fel({ beslut: [beslut({ insats: 'kontaktperson', niva: undefined, timmar: '2.00' })] })[0]
		).toContain('beslut.0.timmar');
		expect(
			fel({ beslut: [beslut({ insats: 'stodfamilj', utfall: 'avslag', niva: undefined })] })[0]
		).toContain('inget avslagsbeslut');
	});

	it('refuses a beställning for an avslag or a beslut that does not exist', () => {
		expect(
			fel({
				beslut: [beslut({ utfall: 'avslag', niva: undefined })],
				bestallningar: [{ forBeslut: 0 }]
			})
		).toEqual(['bestallningar.0.forBeslut: en beställning görs bara för ett bifallsbeslut (O1)']);
		expect(
			fel({ beslut: [beslut({})], bestallningar: [{ forBeslut: 3 }], ingenBestallningFor: [5] })
		).toHaveLength(2);
	});

	it('asks for utförare of personlig assistans and for utredningId when there is no utredning', () => {
		expect(
			fel({
				beslut: [beslut({ insats: 'personlig-assistans', niva: undefined })],
				bestallningar: [{ forBeslut: 0 }]
			})[0]
		).toContain('Lss, Eget Val');
		const r = forvantatSchema.safeParse({ kund: KUND, dokumentation: { journal: {} } });
		expect(r.success).toBe(false);
	});
});
