/**
 * Personnummer in the 12-digit form `ÅÅÅÅMMDDNNNK`, the form Skatteverket's test list uses and
 * the only form stored. Ten-digit input gets its century from the Århundrade control (rule S2).
 */
export type Personnummer = string;

/** Luhn check over the ten digits after the century, as Skatteverket computes it. */
export function luhnOk(pnr12: string): boolean {
	if (!/^\d{12}$/.test(pnr12)) return false;
	const digits = pnr12.slice(2);
	let sum = 0;
	for (let i = 0; i < 10; i++) {
		let n = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
		if (n > 9) n -= 9;
		sum += n;
	}
	return sum % 10 === 0;
}

/**
 * Normalises typed input to 12 digits: `19900101-2385`, `199001012385`, `900101-2385` and
 * `9001012385` (the last two take `arhundrade`). Returns null when it is not a personnummer.
 */
export function normaliseraPersonnummer(
	text: string,
	arhundrade: '19' | '20'
): Personnummer | null {
	const t = text.trim().replace(/[-+\s]/g, '');
	if (/^\d{12}$/.test(t)) return t;
	if (/^\d{10}$/.test(t)) return arhundrade + t;
	return null;
}

/** Shows a stored number the way Procapita does: `19900101-2385`. */
export function visaPersonnummer(pnr: Personnummer): string {
	return `${pnr.slice(0, 8)}-${pnr.slice(8)}`;
}

/** The birth date part (`ÅÅÅÅMMDD`) that the six-digit search form matches on. */
export function fodelsedatum(pnr: Personnummer): string {
	return pnr.slice(0, 8);
}
