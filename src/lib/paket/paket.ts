/*
 * Scenario packs (issue 9, part 5): scenario folders as one zip with exactly the repository's
 * layout (`<id>/index.md`, `<id>/facit.yaml`, `<id>/attempts/*.json`), so a pack unzipped into
 * `scenarios/` of a checkout builds unchanged, and a zip back into folders, every file judged by
 * the readers the build uses. A pack with any problem gives no folders at all, every problem
 * named by its file and field. Pure (fflate, the readers): the browser and Node alike.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { lasFacit } from '../content/facit';
import { lasScenario } from '../content/scenario';
import { lasForsok } from '../schemas/forsok';
import { somMegabyte } from '../schemas/granser';

/** One scenario folder: its files by path inside the folder, as text. */
export interface Scenariomapp {
	id: string;
	filer: Record<string, string>;
}

/** A pack that cannot be used: one line per problem, each naming the file. */
export class PaketFel extends Error {
	readonly rader: string[];
	constructor(rader: string[]) {
		super(rader.join('\n'));
		this.name = 'PaketFel';
		this.rader = rader;
	}
}

/** A zip larger than this is refused before it is opened. */
export const MAX_PAKET_BYTE = 20 * 1024 * 1024;
/** What all its files may hold unpacked, together: a zip bomb stops here, before inflating. */
export const MAX_UPPACKAT_BYTE = 50 * 1024 * 1024;
/** How many files a pack may hold: 44 scenarios with their attempts are some 400. */
export const MAX_PAKETFILER = 2000;

/** A scenario id, as a folder under `scenarios/` is named. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The files a scenario folder holds; nothing else is unpacked. */
const FIL = /^(?:index\.md|facit\.yaml|attempts\/[a-z0-9][a-z0-9-]*(?:\.steg)?\.json)$/;
const INSPELNING = 'attempts/inspelning.json';

/** Whether `vag` (inside a folder) is a file a scenario folder may hold. */
export function tillatenFil(vag: string): boolean {
	return FIL.test(vag) || vag === INSPELNING;
}

/**
 * The folders as a zip, each file at `<id>/<path>`, in sorted order so the same folders give
 * the same bytes.
 */
export function packa(mappar: readonly Scenariomapp[]): Uint8Array {
	const filer: Zippable = {};
	for (const m of [...mappar].sort((a, b) => (a.id < b.id ? -1 : 1)))
		for (const vag of Object.keys(m.filer).sort())
			// a fixed time: the bytes say nothing of when the pack was made
			filer[`${m.id}/${vag}`] = [strToU8(m.filer[vag]), { mtime: new Date(2000, 0, 1) }];
	return zipSync(filer, { level: 9 });
}

/** A zip entry's name judged: the folder and the path in it, or why it is refused. */
function delaNamn(namn: string): { id: string; vag: string } | string {
	if (namn.startsWith('/') || namn.includes('\\') || /^[a-zA-Z]:/.test(namn))
		return `${namn}: en absolut sökväg; ett paket har bara mappar som <id>/index.md.`;
	const delar = namn.split('/');
	if (delar.some((d) => d === '..' || d === '.'))
		return `${namn}: sökvägen går utanför sin mapp (..); ett sådant paket packas inte upp.`;
	const [id, ...resten] = delar;
	const vag = resten.join('/');
	if (!ID.test(id))
		return `${namn}: "${id}" är inte ett scenario-id (små bokstäver, siffror och bindestreck).`;
	if (!tillatenFil(vag))
		return `${namn}: en scenariomapp har bara index.md, facit.yaml och attempts/*.json.`;
	return { id, vag };
}

/**
 * The zip's bytes as scenario folders, refused whole (PaketFel, every problem named) when it is
 * too large, holds too many files or too much unpacked, a path outside its folder or a file a
 * scenario folder does not hold, or a file the build's readers refuse.
 */
export function packaUpp(
	zip: Uint8Array,
	kalla = 'paketet',
	{ maxFiler = MAX_PAKETFILER, maxUppackat = MAX_UPPACKAT_BYTE } = {}
): Scenariomapp[] {
	if (zip.length > MAX_PAKET_BYTE)
		throw new PaketFel([
			`${kalla}: filen är ${somMegabyte(zip.length)}, större än gränsen ${somMegabyte(MAX_PAKET_BYTE)} för ett paket.`
		]);
	const fel: string[] = [];
	let antal = 0;
	let summa = 0;
	let filer: Record<string, Uint8Array>;
	try {
		filer = unzipSync(zip, {
			// judged from the central directory before anything is inflated; fflate inflates each
			// file into a buffer of its declared size, so a lying size cannot give more
			filter: (f) => {
				if (f.name.endsWith('/')) return false;
				antal++;
				summa += f.originalSize;
				if (antal > maxFiler)
					throw new PaketFel([`${kalla}: fler än ${maxFiler} filer i paketet.`]);
				if (summa > maxUppackat)
					throw new PaketFel([
						`${kalla}: filerna blir större än ${somMegabyte(maxUppackat)} uppackade.`
					]);
				const d = delaNamn(f.name);
				if (typeof d === 'string') fel.push(`${kalla}: ${d}`);
				return typeof d !== 'string';
			}
		});
	} catch (e) {
		if (e instanceof PaketFel) throw e;
		throw new PaketFel([`${kalla}: filen är inte en zip-fil som går att läsa.`]);
	}
	if (fel.length) throw new PaketFel(fel);
	const mappar = new Map<string, Scenariomapp>();
	for (const [namn, bytes] of Object.entries(filer)) {
		const d = delaNamn(namn) as { id: string; vag: string };
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			fel.push(`${namn}: filen är inte UTF-8.`);
			continue;
		}
		let m = mappar.get(d.id);
		if (!m) mappar.set(d.id, (m = { id: d.id, filer: {} }));
		m.filer[d.vag] = text;
	}
	const ut = [...mappar.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
	for (const m of ut) fel.push(...kontrolleraMapp(m));
	if (!ut.length && !fel.length) fel.push(`${kalla}: paketet har inga scenariomappar.`);
	if (fel.length) throw new PaketFel(fel);
	return ut;
}

/** The problems of one folder, read by the build's own readers (each line names the file). */
export function kontrolleraMapp(m: Scenariomapp): string[] {
	const fel: string[] = [];
	const las = (vag: string, lasare: (text: string, kalla: string) => unknown) => {
		const kalla = `${m.id}/${vag}`;
		const text = m.filer[vag];
		if (text === undefined) return fel.push(`${kalla}: filen saknas i mappen.`);
		try {
			return lasare(text, kalla);
		} catch (e) {
			const rader = (e as { rader?: unknown }).rader;
			fel.push(...(Array.isArray(rader) ? (rader as string[]) : [`${kalla}: ${String(e)}`]));
		}
	};
	const s = las('index.md', lasScenario) as { id?: string } | undefined;
	if (s && typeof s === 'object' && s.id !== m.id)
		fel.push(`${m.id}/index.md: id: är "${s.id}", men mappen heter "${m.id}"; de ska vara lika.`);
	if ('facit.yaml' in m.filer) las('facit.yaml', lasFacit);
	for (const vag of Object.keys(m.filer).sort()) {
		if (!vag.startsWith('attempts/')) continue;
		if (vag === INSPELNING || vag.endsWith('.steg.json'))
			las(vag, (text, kalla) => {
				try {
					return JSON.parse(text);
				} catch {
					throw new PaketFel([`${kalla}: är inte giltig JSON.`]);
				}
			});
		else las(vag, lasForsok);
	}
	return fel;
}
