import { describe, expect, it } from 'vitest';
import { byggKurs, kapitelFor, type KursOvning } from './kurs';

const ovning = (
	id: string,
	level: KursOvning['level'],
	manualSections: string[],
	title = id
): KursOvning => ({ id, title, level, manualSections });

const SOK = ['Söka fram kund', 'Registrera en ny kund', 'Inleda utredning'];
const BESLUT = ['Beslut ledsagarservice, kontaktperson och avlösarservice'];
const OVNINGAR = [
	ovning('beslut-fordjupning', 'fördjupning', BESLUT, 'A beslut'),
	ovning('beslut-grund', 'grund', BESLUT, 'B beslut'),
	ovning('ny-kund', 'grund', SOK),
	ovning('pagaende', 'fördjupning', ['Söka fram kund', 'Utredningar', 'Inleda utredning']),
	ovning('journal', 'grund', ['Utredningsjournal'])
];

describe('kapitelFor', () => {
	it('puts a heading in the nearest chapter before it in the manual', () => {
		expect(kapitelFor('Registrera en ny kund')).toBe('Aktualisera och inleda utredning');
		expect(kapitelFor('Utredningsjournal')).toBe('Dokumentation');
		expect(kapitelFor('Beställning bostad vuxna (endast vid bifall)')).toBe(
			'Beslut och beställning'
		);
		expect(kapitelFor('Finns inte')).toBeUndefined();
	});
});

describe('byggKurs', () => {
	it("groups by the manual's chapters in its order, grund before fördjupning", () => {
		const k = byggKurs(OVNINGAR, []);
		expect(k.kapitel.map((c) => [c.rubrik, c.ovningar.map((r) => r.ovning.id)])).toEqual([
			['Aktualisera och inleda utredning', ['ny-kund', 'pagaende']],
			['Dokumentation', ['journal']],
			['Beslut och beställning', ['beslut-grund', 'beslut-fordjupning']]
		]);
		expect(k.nasta?.id).toBe('ny-kund');
	});

	it('gives each exercise its status and best score, and suggests the first not godkänd', () => {
		const k = byggKurs(OVNINGAR, [
			{ scenarioId: 'ny-kund', status: 'inlamnat', resultat: { godkand: false, andel: 0.7 } },
			{ scenarioId: 'ny-kund', status: 'inlamnat', resultat: { godkand: true, andel: 0.9 } },
			{ scenarioId: 'ny-kund', status: 'inlamnat', resultat: { godkand: true, andel: 1 } },
			{ scenarioId: 'pagaende', status: 'inlamnat', resultat: { godkand: false, andel: 0.6 } },
			{ scenarioId: 'journal', status: 'pagar' }
		]);
		const rad = (id: string) =>
			k.kapitel.flatMap((c) => c.ovningar).find((r) => r.ovning.id === id);
		expect(rad('ny-kund')).toMatchObject({ status: 'godkand', basta: 1 });
		expect(rad('pagaende')).toMatchObject({ status: 'inte-godkand', basta: 0.6 });
		expect(rad('journal')).toMatchObject({ status: 'paborjad' });
		expect(rad('beslut-grund')?.status).toBe('ej-paborjad');
		expect(k.nasta?.id).toBe('pagaende');
	});

	it('shows an attempt handed in with no result known as inlämnad, not as a verdict', () => {
		const k = byggKurs(OVNINGAR, [{ scenarioId: 'journal', status: 'inlamnat' }]);
		expect(k.kapitel[1].ovningar[0]).toEqual({ ovning: OVNINGAR[4], status: 'inlamnad' });
	});
});

describe('byggKurs, by how the exercise was taken', () => {
	const rad = (k: ReturnType<typeof byggKurs<KursOvning>>, id: string) =>
		k.kapitel.flatMap((c) => c.ovningar).find((r) => r.ovning.id === id);

	it('counts Öva and Prov (and attempts from before the modes), never Visa or Guidad', () => {
		const k = byggKurs(OVNINGAR, [
			{ scenarioId: 'ny-kund', status: 'pagar', lage: 'visa' },
			{
				scenarioId: 'ny-kund',
				status: 'inlamnat',
				lage: 'guidad',
				resultat: { godkand: true, andel: 1 }
			},
			{ scenarioId: 'journal', status: 'pagar', lage: 'guidad' },
			{
				scenarioId: 'pagaende',
				status: 'inlamnat',
				lage: 'ova',
				resultat: { godkand: true, andel: 0.9 }
			},
			{ scenarioId: 'beslut-grund', status: 'inlamnat', resultat: { godkand: false, andel: 0.5 } }
		]);
		expect(rad(k, 'ny-kund')?.status).toBe('ej-paborjad');
		expect(rad(k, 'journal')?.status).toBe('ej-paborjad');
		expect(rad(k, 'pagaende')).toMatchObject({ status: 'godkand', basta: 0.9 });
		expect(rad(k, 'pagaende')?.prov).toBeUndefined();
		expect(rad(k, 'beslut-grund')).toMatchObject({ status: 'inte-godkand', basta: 0.5 });
		expect(k.nasta?.id).toBe('ny-kund');
	});

	it("shows the latest Prov as the exercise's test result, beside the best score", () => {
		const k = byggKurs(OVNINGAR, [
			{
				scenarioId: 'ny-kund',
				status: 'inlamnat',
				lage: 'prov',
				inlamnad: '2025-03-01T10:00:00.000Z',
				resultat: { godkand: true, andel: 1 }
			},
			{
				scenarioId: 'ny-kund',
				status: 'inlamnat',
				lage: 'prov',
				inlamnad: '2025-03-02T10:00:00.000Z',
				resultat: { godkand: false, andel: 0.6 }
			},
			{ scenarioId: 'ny-kund', status: 'pagar', lage: 'prov' }
		]);
		expect(rad(k, 'ny-kund')).toEqual({
			ovning: OVNINGAR[2],
			status: 'godkand',
			basta: 1,
			prov: { godkand: false, andel: 0.6 }
		});
	});

	it('counts the godkända exercises of each chapter', () => {
		const k = byggKurs(OVNINGAR, [
			{ scenarioId: 'ny-kund', status: 'inlamnat', resultat: { godkand: true, andel: 1 } },
			{ scenarioId: 'pagaende', status: 'inlamnat', resultat: { godkand: false, andel: 0.2 } },
			{ scenarioId: 'journal', status: 'inlamnat', resultat: { godkand: true, andel: 0.8 } }
		]);
		expect(k.kapitel.map((c) => [c.rubrik, c.godkanda, c.ovningar.length])).toEqual([
			['Aktualisera och inleda utredning', 1, 2],
			['Dokumentation', 1, 1],
			['Beslut och beställning', 0, 2]
		]);
	});
});
