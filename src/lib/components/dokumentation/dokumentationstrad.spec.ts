import { describe, expect, it } from 'vitest';
import type { TradNod } from '$lib/components/widgets/trad';
import type { Anteckning, Plats } from '$lib/domain/dokumentation';
import {
	allaGrenar,
	allaRubriker,
	anteckningNodId,
	anteckningsEtikett,
	byggDokumentationstrad,
	dokMeny,
	forfader,
	helaTexten,
	NOD_ANTECKNINGAR,
	NOD_DOKUMENT,
	NOD_JOURNAL,
	platsFor,
	rubrikNodId,
	sammaPlats,
	tolkaNodId,
	type Kalla
} from './dokumentationstrad';

const PNR = '194501103297';
const UTR: Kalla = { typ: 'utredning', utredningId: 'utr-1' };
const VERK: Kalla = { typ: 'verkstallighet', verkstallighetId: 'verk-1', skrivbar: true };

function ant(id: string, plats: Plats, over: Partial<Anteckning> = {}): Anteckning {
	return {
		id,
		pnr: PNR,
		plats,
		text: `Text ${id}`,
		handelsedatum: '2023-03-01',
		signerad: false,
		felmarkerad: false,
		...over
	};
}

const journal: Plats = { del: 'journal', utredningId: 'utr-1' };
const dok = (rubrik: string): Plats => ({ del: 'dokument', utredningId: 'utr-1', rubrik });

function barnEtiketter(n: TradNod | undefined): string[] {
	return (n?.barn ?? []).map((b) => b.etikett);
}

describe('byggDokumentationstrad for an utredning', () => {
	it('has Utredningsjournal with Anteckningar first and Utredningsdokument with every rubrik', () => {
		const [j, d] = byggDokumentationstrad(UTR, []);
		expect([j.etikett, d.etikett]).toEqual(['Utredningsjournal', 'Utredningsdokument']);
		expect(barnEtiketter(j)).toEqual(['Anteckningar']);
		expect(barnEtiketter(d)).toEqual([
			'Ansökan',
			'Utredning',
			'Bedömning',
			'Beslut',
			'Kommunicering'
		]);
		expect(barnEtiketter(d.barn?.[1])).toContain('Behov');
		// a rubrik with neither sub-rubriker nor notes has no plus sign
		expect(d.barn?.[3].barn).toBeUndefined();
	});

	it('puts journal notes after Anteckningar, oldest first, with their flags', () => {
		const noter = [
			ant('ant-2', journal, { handelsedatum: '2023-03-05', text: 'Senare samtal' }),
			ant('ant-1', journal, { handelsedatum: '2023-03-02', text: 'Första', signerad: true }),
			ant('ant-3', journal, { felmarkerad: true, signerad: true, handelsedatum: '2023-03-09' })
		];
		const [j] = byggDokumentationstrad(UTR, noter);
		expect(barnEtiketter(j)).toEqual([
			'Anteckningar',
			'230302 Första',
			'230305 Senare samtal',
			'230309 Text ant-3'
		]);
		expect(j.barn?.[1]).toMatchObject({ id: anteckningNodId('ant-1'), signerad: true });
		expect(j.barn?.[3]).toMatchObject({ felmarkerad: true });
	});

	it('places a document note under its rubrik or sub-rubrik, after the sub-rubriker', () => {
		const noter = [ant('ant-1', dok('Utredning')), ant('ant-2', dok('Behov'))];
		const [, d] = byggDokumentationstrad(UTR, noter);
		const utredning = d.barn?.find((b) => b.etikett === 'Utredning');
		expect(barnEtiketter(utredning).at(-1)).toBe('230301 Text ant-1');
		const behov = utredning?.barn?.find((b) => b.etikett === 'Behov');
		expect(barnEtiketter(behov)).toEqual(['230301 Text ant-2']);
	});

	it('keeps a note with an unknown rubrik visible at the end of the document', () => {
		const [, d] = byggDokumentationstrad(UTR, [ant('ant-9', dok(''))]);
		expect(d.barn?.at(-1)?.id).toBe(anteckningNodId('ant-9'));
	});

	it('opens exactly the nodes asked for', () => {
		const noder = byggDokumentationstrad(UTR, [], new Set([NOD_DOKUMENT, rubrikNodId('Ansökan')]));
		expect(noder[0].oppen).toBe(false);
		expect(noder[1].oppen).toBe(true);
		expect(noder[1].barn?.[0].oppen).toBe(true);
		expect(noder[1].barn?.[1].oppen).toBe(false);
	});
});

describe('byggDokumentationstrad for a verkställighet', () => {
	it('shows its rubriker and only its own notes', () => {
		const egen: Plats = {
			del: 'verkstallighet',
			verkstallighetId: 'verk-1',
			rubrik: 'Anteckningar'
		};
		const noder = byggDokumentationstrad(VERK, [ant('ant-1', egen), ant('ant-2', journal)]);
		expect(noder.map((n) => n.etikett)).toEqual(['Anteckningar', 'Genomförande']);
		expect(barnEtiketter(noder[0])).toEqual(['230301 Text ant-1']);
	});
});

describe('node ids', () => {
	it('read back what they stand for', () => {
		expect(tolkaNodId(NOD_JOURNAL)).toEqual({ typ: 'journal' });
		expect(tolkaNodId(NOD_ANTECKNINGAR)).toEqual({ typ: 'anteckningar' });
		expect(tolkaNodId(rubrikNodId('Vad ansökan gäller'))).toEqual({
			typ: 'rubrik',
			rubrik: 'Vad ansökan gäller'
		});
		expect(tolkaNodId(anteckningNodId('ant-4'))).toEqual({ typ: 'anteckning', id: 'ant-4' });
		expect(tolkaNodId('okänd')).toBeNull();
	});

	it('finds the ancestors of a node and every branch', () => {
		const noder = byggDokumentationstrad(UTR, [ant('ant-1', dok('Behov'))]);
		expect(forfader(noder, anteckningNodId('ant-1'))).toEqual([
			NOD_DOKUMENT,
			rubrikNodId('Utredning'),
			rubrikNodId('Behov')
		]);
		expect(forfader(noder, NOD_JOURNAL)).toEqual([]);
		const grenar = allaGrenar(noder);
		expect(grenar).toContain(rubrikNodId('Behov'));
		expect(grenar).not.toContain(rubrikNodId('Beslut'));
	});

	it('Öppna trädet opens every rubrik, so a note stored after it shows open', () => {
		const fore = byggDokumentationstrad(UTR, []);
		const dokument = fore.find((n) => n.id === NOD_DOKUMENT)?.barn ?? [];
		// Behov has no note yet, so it is no branch: allaGrenar alone would leave it closed
		expect(allaGrenar(dokument)).not.toContain(rubrikNodId('Behov'));
		const oppna = new Set([NOD_DOKUMENT, ...allaGrenar(dokument), ...allaRubriker(dokument)]);
		expect(oppna).toContain(rubrikNodId('Utredning'));
		expect(oppna).toContain(rubrikNodId('Behov'));
		const efter = byggDokumentationstrad(UTR, [ant('ant-1', dok('Behov'))], oppna);
		const utredning = efter
			.find((n) => n.id === NOD_DOKUMENT)
			?.barn?.find((n) => n.id === rubrikNodId('Utredning'));
		const behov = utredning?.barn?.find((n) => n.id === rubrikNodId('Behov'));
		expect([utredning?.oppen, behov?.oppen]).toEqual([true, true]);
		expect(behov?.barn?.map((n) => n.id)).toEqual([anteckningNodId('ant-1')]);
	});
});

describe('anteckningsEtikett', () => {
	it('shortens a long text to its first words', () => {
		const e = anteckningsEtikett({
			handelsedatum: '2023-12-24',
			text: '  Ett två tre fyra fem sex sju '
		});
		expect(e).toBe('231224 Ett två tre fyra …');
	});
});

describe('platsFor and sammaPlats', () => {
	it('writes in the journal without a rubrik and in the document under one', () => {
		expect(platsFor(UTR, null)).toEqual(journal);
		expect(platsFor(UTR, 'Beslut')).toEqual(dok('Beslut'));
		expect(platsFor(VERK, 'Uppföljning')).toEqual({
			del: 'verkstallighet',
			verkstallighetId: 'verk-1',
			rubrik: 'Uppföljning'
		});
		expect(
			sammaPlats(dok('Beslut'), { rubrik: 'Beslut', utredningId: 'utr-1', del: 'dokument' })
		).toBe(true);
		expect(sammaPlats(dok('Beslut'), dok('Ansökan'))).toBe(false);
		expect(sammaPlats(journal, { del: 'journal', utredningId: 'utr-2' })).toBe(false);
	});
});

describe('helaTexten (lila pil)', () => {
	it('gives the document rubrik by rubrik in document order, skipping empty rubriker', () => {
		const noter = [
			ant('ant-1', dok('Beslut')),
			ant('ant-2', dok('Ansökan')),
			ant('ant-3', journal),
			ant('ant-4', dok('Ansökan'), { handelsedatum: '2023-02-01' })
		];
		const avsnitt = helaTexten(UTR, 'dokument', noter);
		expect(avsnitt.map((a) => a.rubrik)).toEqual(['Ansökan', 'Beslut']);
		expect(avsnitt[0].anteckningar.map((a) => a.id)).toEqual(['ant-4', 'ant-2']);
	});

	it('gives the journal as one run of notes', () => {
		const avsnitt = helaTexten(UTR, 'journal', [
			ant('ant-1', journal),
			ant('ant-2', dok('Beslut'))
		]);
		expect(avsnitt).toHaveLength(1);
		expect(avsnitt[0].anteckningar.map((a) => a.id)).toEqual(['ant-1']);
		expect(helaTexten(UTR, 'journal', [])).toEqual([]);
	});
});

describe('dokMeny: the documentation tree node → menu table (manual audit)', () => {
	const lage = { harUrklipp: false, skrivbar: true };
	const namn = (n: ReturnType<typeof tolkaNodId>, l = lage) => dokMeny(n, l).map((m) => m.namn);

	it('gives Utredningsdokument Öppna trädet (D3) and the two of Kopiera (D7)', () => {
		expect(namn(tolkaNodId(NOD_DOKUMENT))).toEqual([
			'Öppna trädet',
			'Kopiera alla texter i trädet',
			'Klistra in alla kopierade texter i trädet'
		]);
		const klistra = (harUrklipp: boolean) =>
			dokMeny(tolkaNodId(NOD_DOKUMENT), { ...lage, harUrklipp })[2].inaktiv;
		expect([klistra(false), klistra(true)]).toEqual([true, false]);
	});

	it('gives a note Felmarkera (D5), usable only once signed and not already felmarkerad', () => {
		const nod = tolkaNodId(anteckningNodId('ant-1'));
		const felm = (signerad: boolean, felmarkerad: boolean, skrivbar = true) =>
			dokMeny(nod, { ...lage, skrivbar, anteckning: { signerad, felmarkerad } });
		expect(felm(true, false).map((m) => [m.namn, m.inaktiv])).toEqual([['Felmarkera', false]]);
		expect(felm(false, false)[0].inaktiv).toBe(true);
		expect(felm(true, true)[0].inaktiv).toBe(true);
		expect(felm(true, false, false)[0].inaktiv).toBe(true);
	});

	it('gives no menu where the manual names none: the journal, Anteckningar, a rubrik', () => {
		for (const id of [NOD_JOURNAL, NOD_ANTECKNINGAR, rubrikNodId('Ansökan')])
			expect(namn(tolkaNodId(id)), id).toEqual([]);
		expect(namn(null)).toEqual([]);
	});
});
