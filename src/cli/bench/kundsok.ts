/**
 * Kundsök on the whole test list (21,726 people) per S1 form, beside a full scan of the same
 * register in the same run, in Node (fake-indexeddb) and in Chromium's IndexedDB; and seeding
 * the shipped world into an empty database, as a first visit does, in both.
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
import { bada, hogst, kvot, mat, statistik, tid, type Figur, type Matning } from './figur';
import { genomsok } from './genomsokning';
import { matIChromium } from './kundsok-chromium';

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

const MILJO = { node: 'Node, fake-indexeddb', chromium: 'Chromium, IndexedDB' } as const;

/** One form's figure: index lookups against the full scan, and the two goals. */
function kundsokFigur(
	form: SokForm,
	miljo: keyof typeof MILJO,
	index: Matning,
	skanning: Matning,
	antal: number
): Figur {
	const f: Figur = {
		id: `kundsok_${form}_${miljo}_ms`,
		namn: `kundsök ${form} (${MILJO[miljo]})`,
		enhet: 'ms',
		varde: index,
		baslinje: { namn: 'full genomsökning', varde: skanning },
		not: `${antal} personer`
	};
	const k = kvot(f) ?? 0;
	f.mal = bada(hogst(index, 20, 'ms'), { text: '≥ 20× genomsökningen', uppfyllt: k >= 20 });
	return f;
}

function seedningFigur(miljo: keyof typeof MILJO, varde: Matning, antal: number): Figur {
	return {
		id: `seedning_varld_${miljo}_ms`,
		namn: `seedning av världen i en tom databas (${MILJO[miljo]})`,
		enhet: 'ms',
		varde,
		not: `${antal} personer i registret`
	};
}

export async function matKundsok(o: BenchAlternativ): Promise<Figur[]> {
	const har = dirname(fileURLToPath(import.meta.url));
	const alla = lasPnrLista(readFileSync(join(har, '../../lib/world/testpersonnummer.txt'), 'utf8'));
	const varld = genereraVarld(alla, { antalKir: 0 });
	const slump = new Slump(1);
	const urval = Array.from({ length: o.varv + 10 }, () => slump.valj(varld.kunder));
	const fragor = FORMER.map((form) => ({
		form,
		fragor: urval.map((p): SokFraga => {
			const tolkad = tolkaSokning(sokText(p, form), p.pnr.slice(0, 2) as '19' | '20');
			if (!tolkad.ok || tolkad.fraga.form !== form) throw new Error(`${form}: ${sokText(p, form)}`);
			return tolkad.fraga;
		})
	}));
	// a scan takes a hundred times longer: fewer of them still give a steady median
	const skanningar = Math.min(o.varv, o.snabb ? 5 : 30);
	const seedningar = o.snabb ? 2 : 10;

	const figurer: Figur[] = [];
	const seedTider: number[] = [];
	let iRegistret = 0;
	for (let i = 0; i < seedningar; i++) {
		const db = oppnaDb(`lss-bench-seed-${process.pid}-${i}`);
		await db.open();
		seedTider.push(await tid(() => forberedVarld(db)));
		iRegistret = await db.kunder.count();
		await db.delete();
	}
	figurer.push(seedningFigur('node', statistik(seedTider), iRegistret));

	const db = oppnaDb(`lss-bench-${process.pid}`);
	await forberedVarld(db, { pnrs: alla, antalKir: 0 });
	const antal = await db.kunder.count();
	for (const { form, fragor: f } of fragor) {
		const index = (await sokKunder(db, f[0], [])).map((p) => p.pnr);
		if (index.join() !== (await genomsok(db, f[0])).join())
			throw new Error(`kundsök ${form}: indexet och genomsökningen skiljer sig`);
		const m = await mat(o.varv, (i) => sokKunder(db, f[i], []));
		const s = await mat(skanningar, (i) => genomsok(db, f[i]), 2);
		figurer.push(kundsokFigur(form, 'node', m, s, antal));
	}
	await db.delete();

	const c = await matIChromium(alla, fragor, { varv: o.varv, skanningar, seedningar });
	figurer.push(seedningFigur('chromium', c.seedning, iRegistret));
	figurer.push(
		{
			id: 'forsta_besok_ovning_chromium_ms',
			namn: 'första besöket: klick på Öva till Procapita visas (Chromium, tom databas)',
			enhet: 'ms',
			varde: c.forstaBesok,
			mal: hogst(c.forstaBesok, 1000, 'ms'),
			not: 'världen seedas under tiden i en worker'
		},
		{
			id: 'forsta_besok_sokning_chromium_ms',
			namn: 'första besöket: klick på Öva till första sökningens träffar (Chromium, tom databas)',
			enhet: 'ms',
			varde: c.forstaSokning,
			not: 'sökningen `a*` väntar tills världen är seedad'
		}
	);
	for (const k of c.kundsok)
		figurer.push(kundsokFigur(k.form, 'chromium', k.index, k.skanning, c.antal));
	return figurer;
}
