import { z } from 'zod';

const TYPNAMN: Record<string, string> = {
	string: 'text',
	number: 'ett tal',
	boolean: 'true eller false',
	array: 'en lista',
	object: 'ett objekt med fält',
	null: 'null',
	undefined: 'ett värde'
};

function beskrivVarde(v: unknown): string {
	if (v === undefined) return 'inget värde';
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'en lista';
	if (typeof v === 'object') return 'ett objekt';
	if (typeof v === 'string') return `texten ${JSON.stringify(v)}`;
	return `${typeof v === 'number' ? 'talet' : 'värdet'} ${String(v)}`;
}

/**
 * Swedish messages for the issues a trainer or a hand-edited attempt file typically hits. Zod's
 * own `sv` locale reads "förväntat string, fick antal", which tells a trainer little; a
 * schema's own message (set in the schema) always wins over this map.
 */
export const svenskaFel: z.core.$ZodErrorMap = (iss) => {
	switch (iss.code) {
		case 'invalid_type': {
			if (iss.input === undefined) return 'saknas men måste finnas';
			const vill = TYPNAMN[iss.expected] ?? iss.expected;
			// YAML reads an unquoted 12-digit number or 2023 as a number: the fix is quoting it
			const tips =
				iss.expected === 'string' && typeof iss.input === 'number'
					? ` (sätt värdet inom citattecken: '${String(iss.input)}')`
					: '';
			return `ska vara ${vill}, men är ${beskrivVarde(iss.input)}${tips}`;
		}
		case 'invalid_value':
			return iss.values.length === 1
				? `ska vara ${JSON.stringify(iss.values[0])}, men är ${beskrivVarde(iss.input)}`
				: `ska vara ett av ${iss.values.map((v) => JSON.stringify(v)).join(', ')}, men är ${beskrivVarde(iss.input)}`;
		case 'unrecognized_keys':
			return `okänt fält ${iss.keys.map((k) => `"${k}"`).join(', ')} (stavfel, eller ett fält som inte finns i formatet)`;
		case 'too_small':
			if (iss.origin === 'array')
				return `ska ha minst ${String(iss.minimum)} ${iss.minimum === 1 ? 'rad' : 'rader'}`;
			if (iss.origin === 'string') return 'får inte vara tomt';
			return `ska vara ${iss.inclusive ? 'minst' : 'större än'} ${String(iss.minimum)}`;
		case 'too_big':
			return `ska vara ${iss.inclusive ? 'högst' : 'mindre än'} ${String(iss.maximum)}`;
		case 'invalid_format':
			if (iss.format === 'datetime')
				return 'ska vara en tidpunkt i ISO-format, t.ex. 2024-03-01T09:15:00.000Z';
			return `har fel format (${iss.format})`;
		case 'invalid_union':
			return 'passar ingen av de tillåtna formerna';
		default:
			return undefined;
	}
};

/** `forvantat.aktualiseringar[0].datum`: the path as a trainer would write it. */
export function faltVag(path: readonly PropertyKey[]): string {
	let ut = '';
	for (const del of path) {
		if (typeof del === 'number') ut += `[${del}]`;
		else ut += (ut ? '.' : '') + String(del);
	}
	return ut || '(hela filen)';
}

/** One line per issue: `kalla: falt.vag: meddelande`. */
export function felrader(kalla: string, fel: z.ZodError): string[] {
	return fel.issues.map((i) => `${kalla}: ${faltVag(i.path)}: ${i.message}`);
}
