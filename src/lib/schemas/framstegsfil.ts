import { z } from 'zod';
import { felrader, svenskaFel } from '../content/zodfel';
import { ForsokFel, lasForsokData, type Forsok } from './forsok';
import { forStorFramstegsfil, MAX_FRAMSTEG_FORSOK } from './granser';

/**
 * The progress file (Exportera alla försök): every attempt of one trainee in one file, so their
 * course survives a browser that clears its storage, or moves to another computer. Each attempt
 * in it is an attempt file as Exportera försök writes it (docs/attempt-format.md), judged the
 * same way; the trainee's name stands once, on the file.
 */
export const FRAMSTEG_FORMAT = 'lss-ovning-framsteg';
export const FRAMSTEG_FORMATVERSION = 1;

const framstegSchema = z.strictObject({
	format: z.literal(FRAMSTEG_FORMAT),
	formatVersion: z.literal(FRAMSTEG_FORMATVERSION),
	exporterad: z.iso.datetime({ offset: true }),
	profil: z.strictObject({ namn: z.string().trim().min(1).max(40) }).optional(),
	// each is judged on its own below, so a problem is named by its place in the list
	forsok: z.array(z.unknown()).max(MAX_FRAMSTEG_FORSOK)
});

export interface Framsteg {
	exporterad: string;
	profil?: { namn: string };
	forsok: Forsok[];
}

/** Whether parsed JSON claims to be a progress file (and not a single attempt). */
export function arFramstegsfil(data: unknown): boolean {
	return (data as { format?: unknown } | null)?.format === FRAMSTEG_FORMAT;
}

/**
 * A progress file's parsed JSON, every attempt in it judged: throws ForsokFel with every problem
 * of every attempt, each named by the file and `forsok[i]`, so nothing is imported from a file
 * that is broken anywhere.
 */
export function lasFramstegData(data: unknown, kalla: string): Framsteg {
	const r = framstegSchema.safeParse(data, { error: svenskaFel });
	if (!r.success) throw new ForsokFel(felrader(kalla, r.error));
	const fel: string[] = [];
	const forsok: Forsok[] = [];
	r.data.forsok.forEach((f, i) => {
		try {
			forsok.push(lasForsokData(f, `${kalla}: forsok[${i}]`));
		} catch (e) {
			if (e instanceof ForsokFel) fel.push(...e.rader);
			else throw e;
		}
	});
	if (fel.length) throw new ForsokFel(fel);
	return {
		exporterad: r.data.exporterad,
		...(r.data.profil ? { profil: r.data.profil } : {}),
		forsok
	};
}

/** The refusal of a progress file too large to read, before it is read. */
export { forStorFramstegsfil };

/**
 * The file Exportera alla försök writes: the attempts as Exportera försök writes each
 * (`forsokSomFil`), without the name each, which stands once on the file.
 */
export function framstegSomFil(
	forsok: readonly object[],
	exporterad: string,
	profilnamn?: string
): string {
	const fil = {
		format: FRAMSTEG_FORMAT,
		formatVersion: FRAMSTEG_FORMATVERSION,
		exporterad,
		...(profilnamn ? { profil: { namn: profilnamn } } : {}),
		forsok: forsok.map((f) => {
			const kopia: Record<string, unknown> = { ...f };
			delete kopia.profil;
			return kopia;
		})
	};
	return JSON.stringify(fil, null, '\t') + '\n';
}
