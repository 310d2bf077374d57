/**
 * Kundsök on the whole test list (21,726 people) in fake-indexeddb, per S1 form, beside a full
 * scan of the same register in the same run.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tolkaSokning, type SokFraga, type SokForm } from '../../lib/domain/kundsok';
import type { Person } from '../../lib/domain/model';
import { forberedVarld, oppnaDb, sokKunder } from '../../lib/db';
import { genereraVarld } from '../../lib/world/generera';
import { lasPnrLista } from '../../lib/world/pnr-lista';
import { Slump } from '../../lib/world/prng';
import type { BenchAlternativ } from './alternativ';
import { mat, type Figur } from './figur';

/** The search string a trainee would type for `p` in each form. */
export function sokText(p: Person, form: SokForm): string {
	switch (form) {
		case 'personnummer':
			return p.pnr;
		case 'sexSiffror':
			return `${p.pnr.slice(2, 8)}*`;
		case 'helaNamnet':
			return `${p.efternamn} ${p.fornamn}`;
		case 'fornamn':
			return `*${p.fornamn.split(' ')[0]}`;
		case 'efternamn':
			return `${p.efternamn.slice(0, 4)}*`;
	}
}

export const FORMER: SokForm[] = [
	'personnummer',
	'sexSiffror',
	'helaNamnet',
	'fornamn',
	'efternamn'
];

export async function matKundsok(o: BenchAlternativ): Promise<Figur[]> {
	const har = dirname(fileURLToPath(import.meta.url));
	const alla = lasPnrLista(readFileSync(join(har, '../../lib/world/testpersonnummer.txt'), 'utf8'));
	const varld = genereraVarld(alla, { antalKir: 0 });
	const db = oppnaDb(`lss-bench-${process.pid}`);
	await forberedVarld(db, { pnrs: alla, antalKir: 0 });
	const antal = await db.kunder.count();
	const slump = new Slump(1);
	const urval = Array.from({ length: o.varv + 10 }, () => slump.valj(varld.kunder));
	const figurer: Figur[] = [];
	for (const form of FORMER) {
		const fragor: SokFraga[] = urval.map((p) => {
			const tolkad = tolkaSokning(sokText(p, form), p.pnr.slice(0, 2) as '19' | '20');
			if (!tolkad.ok || tolkad.fraga.form !== form) throw new Error(`${form}: ${sokText(p, form)}`);
			return tolkad.fraga;
		});
		const m = await mat(o.varv, (i) => sokKunder(db, fragor[i], []));
		figurer.push({
			id: `kundsok_${form}_node_ms`,
			namn: `kundsök ${form} (Node, fake-indexeddb)`,
			enhet: 'ms',
			varde: m,
			not: `${antal} personer`
		});
	}
	await db.delete();
	return figurer;
}
