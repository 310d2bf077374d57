/**
 * The scenario check in the browser: the same pure check as `npm run scenario -- check`
 * (kontroll-filer.ts) over a trainer's own scenario, its files as text. What Node has at hand
 * is brought here: Skatteverket's list (loaded on first use: about 280 KB of text, only on the
 * editor's route) and the recording's SHA-256, which Web Crypto gives only asynchronously, so
 * every fingerprint the check may ask for is computed first.
 */
import { lasPnrLista } from '../world/pnr-lista';
import type { Steg } from '../schemas/facit';
import { FacitFel, lasFacit } from './facit';
import { forsokNamn, stegFor } from './inspelning-data';
import { egenMapp } from './egen-mapp';
import { avtrycksText as nyckel, fingeravtryckWebb } from './fingeravtryck';
import { kontrolleraFiler, type Filer, type Kontroll } from './kontroll-filer';

export { egenMapp };

let testlistan: Promise<ReadonlySet<string>> | undefined;
function lasTestlistan(): Promise<ReadonlySet<string>> {
	testlistan ??= import('../world/testpersonnummer.txt?raw').then(
		(m) => new Set(lasPnrLista(m.default))
	);
	return testlistan;
}

/** The fingerprint of each attempt the facit names, computed ahead for the synchronous check. */
async function avtryckFor(filer: Filer): Promise<Map<string, string>> {
	const ut = new Map<string, string>();
	const index = filer['index.md'];
	const text = filer['facit.yaml'];
	if (index === undefined || text === undefined) return ut;
	let steglistor: Steg[][];
	try {
		const facit = lasFacit(text, 'facit.yaml');
		steglistor = forsokNamn(facit).map((n) => stegFor(facit, n));
	} catch (e) {
		// the check itself names what is wrong with the facit
		if (e instanceof FacitFel) return ut;
		throw e;
	}
	for (const steg of steglistor) ut.set(nyckel(index, steg), await fingeravtryckWebb(index, steg));
	return ut;
}

/** Checks a trainer's scenario `id` from its files, naming each as `scenarios/<id>/<fil>`. */
export async function kontrolleraEget(id: string, filer: Filer): Promise<Kontroll> {
	const [lista, avtryck] = await Promise.all([lasTestlistan(), avtryckFor(filer)]);
	const mapp = egenMapp(id);
	return kontrolleraFiler(filer, {
		mapp,
		kalla: (fil) => `${mapp}/${fil}`,
		testlistan: lista,
		// not computed: the facit did not read, so no attempt is checked against it
		avtryck: (index, steg) => avtryck.get(nyckel(index, steg)) ?? ''
	});
}
