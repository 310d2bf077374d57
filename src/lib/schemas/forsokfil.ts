import { ForsokFel, type Forsok } from './forsok';

/*
 * What the grader CLI and Importera försök both do with an attempt file before and after the
 * schema, so the two accept and refuse the same files with the same words: the encoding (UTF-8,
 * with or without a byte order mark) and the scenario version.
 */

const SPARA_SOM_UTF8 =
	'Försöksfilen ska vara UTF-8, som Exportera skriver den: spara den som UTF-8 i textredigeraren (eller exportera den igen) och försök på nytt.';

function utf16(kalla: string): ForsokFel {
	return new ForsokFel([
		`${kalla}: filen är kodad som UTF-16 eller UTF-32, inte UTF-8. ${SPARA_SOM_UTF8}`
	]);
}

function inteUtf8(kalla: string): ForsokFel {
	return new ForsokFel([
		`${kalla}: filen är inte giltig UTF-8 (den kan vara sparad som Windows-1252 eller Latin-1). ${SPARA_SOM_UTF8}`
	]);
}

/** The text after decoding: UTF-8 has no NUL and no replacement character in an exported file. */
function kontrolleraText(text: string, kalla: string): string {
	const t = text.startsWith('\uFEFF') ? text.slice(1) : text;
	// Every JSON structure character is ASCII, so UTF-16 and UTF-32 text always holds NUL
	if (t.includes('\u0000')) throw utf16(kalla);
	// A browser's Blob.text() turns UTF-16's byte order mark (FF FE, FE FF) into two of these,
	// and every byte that is not UTF-8 into one
	if (t.startsWith('\uFFFD\uFFFD')) throw utf16(kalla);
	if (t.includes('\uFFFD')) throw inteUtf8(kalla);
	return t;
}

/**
 * An attempt file's bytes (the CLI) or its text as a browser read it (Importera, `File.text()`)
 * as the JSON text `lasForsok` reads. UTF-8 with or without a byte order mark is accepted;
 * UTF-16, UTF-32 and any other encoding throw ForsokFel naming `kalla` and what to do.
 */
export function forsokText(data: Uint8Array | string, kalla: string): string {
	if (typeof data === 'string') return kontrolleraText(data, kalla);
	if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
		throw utf16(kalla);
	// UTF-16 or UTF-32 without a byte order mark: every JSON structure character has a NUL beside it
	if (data.includes(0)) throw utf16(kalla);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
	} catch {
		throw inteUtf8(kalla);
	}
	return kontrolleraText(text, kalla);
}

/** What both readers know of the scenario an attempt is checked against. */
export interface ScenarioVersion {
	id: string;
	version: number;
	title: string;
}

/**
 * Refuses an attempt made on another version of its scenario (ForsokFel naming `kalla`): the
 * facit and the rules may have changed, so it cannot be graded fairly against this one.
 */
export function kontrolleraVersion(f: Forsok, scenario: ScenarioVersion, kalla: string): void {
	if (f.scenarioVersion !== scenario.version)
		throw new ForsokFel([
			`${kalla}: scenarioVersion: försöket gjordes i version ${f.scenarioVersion} av "${scenario.title}", men här finns version ${scenario.version}. Det kan inte rättas rättvist mot en annan version; rätta det med den version av övningen som det gjordes i.`
		]);
}
