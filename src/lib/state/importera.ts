import { importeraForsok, importeraFramsteg, type ForsokRad } from '$lib/db';
import type { Forsok } from '$lib/schemas/forsok';
import { appDb } from './app';

/** What the start page needs to know of the scenarios that exist, to check a file against. */
export interface KandScenario {
	id: string;
	version: number;
	title: string;
}

/** What Importera did: one attempt to open, or a progress file's attempts filed under a profile. */
export type Importerat =
	| { slag: 'forsok'; forsok: ForsokRad }
	| {
			slag: 'framsteg';
			importerade: number;
			fanns: number;
			/** Attempts left out, each with why (an exercise not here, or changed since). */
			utelamnade: string[];
			profilnamn?: string;
	  };

type Moduler = [
	typeof import('$lib/schemas/forsok'),
	typeof import('$lib/schemas/forsokfil'),
	typeof import('$lib/schemas/granser'),
	typeof import('$lib/schemas/framstegsfil')
];

/**
 * Importera försök: reads an exported attempt file (docs/attempt-format.md) into a new attempt,
 * or a progress file (Exportera alla försök) into the profile it names, given as the File (its
 * bytes) or as the text `File.text()` gave; either way the encoding and the scenario version are
 * judged as the grader CLI judges them (schemas/forsokfil.ts). The file is validated first (zod
 * is loaded only now, not with the start page); a broken file throws with every problem named and
 * nothing is written. A file that names its trainee's profile goes to the profile of that name
 * here (made if there is none) and that profile becomes the active one, so a trainer's own course
 * is not mixed with a trainee's and the attempt is found on the start page; a file with no name
 * goes to the active profile.
 */
export async function importera(
	fil: Blob | Uint8Array | string,
	filnamn: string,
	kanda: readonly KandScenario[]
): Promise<Importerat> {
	const m: Moduler = await Promise.all([
		import('$lib/schemas/forsok'),
		import('$lib/schemas/forsokfil'),
		import('$lib/schemas/granser'),
		import('$lib/schemas/framstegsfil')
	]);
	const [{ ForsokFel }, , { kortaFellista }] = m;
	try {
		return await lasOchSpara(m, fil, filnamn, [...kanda, ...(await egnaKanda(kanda))]);
	} catch (e) {
		// the first problems and a count of the rest: 80,000 lines would take the page with them
		if (e instanceof ForsokFel) throw new Error(kortaFellista(e.rader).join('\n'), { cause: e });
		throw e;
	}
}

async function lasOchSpara(
	[{ lasForsok, ForsokFel }, { forsokText, kontrolleraVersion }, { forStorFil }, fs]: Moduler,
	fil: Blob | Uint8Array | string,
	filnamn: string,
	kanda: readonly KandScenario[]
): Promise<Importerat> {
	const storlek = fil instanceof Blob ? fil.size : fil.length;
	// judged by its size before it is read: the larger limit here, an attempt's after the format
	const storFramsteg = fs.forStorFramstegsfil(storlek, filnamn);
	if (storFramsteg) throw new ForsokFel([storFramsteg]);
	const data = fil instanceof Blob ? new Uint8Array(await fil.arrayBuffer()) : fil;
	const text = forsokText(data, filnamn);
	if (fs.arFramstegsfil(tolka(text))) {
		const framsteg = fs.lasFramstegData(JSON.parse(text), filnamn);
		return sparaFramsteg(framsteg, filnamn, kanda, kontrolleraVersion, ForsokFel);
	}
	const stor = forStorFil(storlek, filnamn);
	if (stor) throw new ForsokFel([stor]);
	const f = lasForsok(text, filnamn);
	kontrolleraVersion(f, kand(kanda, f, filnamn), filnamn);
	return {
		slag: 'forsok',
		forsok: await importeraForsok(appDb(), rad(f), f.handelser, f.profil?.namn)
	};
}

/**
 * The trainer's own and imported scenarios (Scenarioverkstad, packs) as known exercises too, by
 * the version their index.md says: an attempt made on one imports like a shipped one's.
 */
async function egnaKanda(kanda: readonly KandScenario[]): Promise<KandScenario[]> {
	const [{ listaEgnaScenarier }, { rubrikAv, versionAv }] = await Promise.all([
		import('$lib/db/egna-scenarier'),
		import('$lib/verkstad/rubrik')
	]);
	return (await listaEgnaScenarier(appDb())).flatMap((r) => {
		const version = versionAv(r.filer['index.md']);
		return version === null || kanda.some((k) => k.id === r.id)
			? []
			: [{ id: r.id, version, title: rubrikAv(r.filer['index.md'], r.id) }];
	});
}

/** The JSON, or undefined when it is none: lasForsok then says where it breaks. */
function tolka(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function kand(kanda: readonly KandScenario[], f: Forsok, kalla: string): KandScenario {
	const s = kanda.find((x) => x.id === f.scenarioId);
	if (!s)
		throw new Error(
			`${kalla}: försöket gäller övningen "${f.scenarioId}", som inte finns här. Kontrollera att filen kommer från LSS-övning, eller importera övningens paket i Scenarioverkstad.`
		);
	return s;
}

function rad(f: Forsok): Omit<ForsokRad, 'id'> {
	return {
		scenarioId: f.scenarioId,
		scenarioVersion: f.scenarioVersion,
		startad: f.startad,
		...(f.inlamnad ? { inlamnad: f.inlamnad } : {}),
		...(f.lage ? { lage: f.lage } : {}),
		status: f.inlamnad ? 'inlamnat' : 'pagar'
	};
}

/**
 * A progress file's attempts: those of an exercise not here, or of another version of it, are
 * left out and named (one changed exercise must not cost the trainee the rest of the course);
 * the others are stored in one transaction.
 */
async function sparaFramsteg(
	framsteg: import('$lib/schemas/framstegsfil').Framsteg,
	filnamn: string,
	kanda: readonly KandScenario[],
	kontrolleraVersion: Moduler[1]['kontrolleraVersion'],
	ForsokFel: Moduler[0]['ForsokFel']
): Promise<Importerat> {
	const utelamnade: string[] = [];
	const att: { rad: Omit<ForsokRad, 'id'>; handelser: Forsok['handelser'] }[] = [];
	framsteg.forsok.forEach((f, i) => {
		const kalla = `${filnamn}: forsok[${i}]`;
		try {
			kontrolleraVersion(f, kand(kanda, f, kalla), kalla);
			att.push({ rad: rad(f), handelser: f.handelser });
		} catch (e) {
			if (e instanceof ForsokFel) utelamnade.push(...e.rader);
			else if (e instanceof Error) utelamnade.push(e.message);
			else throw e;
		}
	});
	const namn = framsteg.profil?.namn;
	const svar = await importeraFramsteg(appDb(), att, namn);
	return {
		slag: 'framsteg',
		importerade: svar.importerade.length,
		fanns: svar.fanns,
		utelamnade,
		...(namn ? { profilnamn: namn } : {})
	};
}
