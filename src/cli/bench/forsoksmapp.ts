/**
 * A folder of many attempt files, as a course's teacher would collect them: copies of the
 * committed attempts (scenarios/<id>/attempts/{pass,fail}-*.json) under different trainee names
 * and modes, written as Exportera writes them. For the benchmark of `grade --all`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forsokTillJson, lasForsok, type Forsok } from '../../lib/schemas/forsok';

const FORNAMN = ['Anna', 'Erik', 'Sara', 'Johan', 'Maria', 'Ali', 'Lena', 'Omar', 'Eva', 'Nils'];
const EFTERNAMN = ['Berg', 'Lind', 'Holm', 'Nyberg', 'Ek', 'Falk', 'Strand', 'Sjöberg', 'Dahl'];
// Prov and Öva are what a teacher collects; an attempt without `lage` is from before the modes
const LAGEN = ['prov', 'ova', undefined] as const;

/** Every committed attempt under `scenarier`, in a fixed order (not steg or expect files). */
export function committadeForsoksfiler(scenarier: string): string[] {
	return readdirSync(scenarier, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
		.map((d) => d.name)
		.sort()
		.flatMap((id) => {
			let filer: string[];
			try {
				filer = readdirSync(join(scenarier, id, 'attempts'));
			} catch {
				return [];
			}
			return filer
				.filter((f) => /^(pass|fail)-[^.]+\.json$/.test(f))
				.sort()
				.map((f) => join(scenarier, id, 'attempts', f));
		});
}

/**
 * Writes `antal` attempt files into `mapp` (created if missing): the committed attempts in turn,
 * each with trainee i's name and one of the modes. Returns the file names, sorted.
 */
export function skrivForsoksmapp(mapp: string, antal: number, scenarier: string): string[] {
	mkdirSync(mapp, { recursive: true });
	const mallar: Forsok[] = committadeForsoksfiler(scenarier).map((f) =>
		lasForsok(readFileSync(f, 'utf8'), f)
	);
	if (mallar.length === 0) throw new Error(`${scenarier}: inga inlämnade försök att kopiera`);
	const namn: string[] = [];
	for (let i = 0; i < antal; i++) {
		const mall = mallar[i % mallar.length];
		const elev = `${FORNAMN[i % FORNAMN.length]} ${EFTERNAMN[Math.floor(i / FORNAMN.length) % EFTERNAMN.length]} ${i}`;
		const lage = LAGEN[i % LAGEN.length];
		const forsok: Forsok = { ...mall, profil: { namn: elev } };
		if (lage) forsok.lage = lage;
		else delete forsok.lage;
		const fil = `forsok-${String(i).padStart(5, '0')}.json`;
		writeFileSync(join(mapp, fil), forsokTillJson(forsok));
		namn.push(fil);
	}
	return namn;
}
