/** `2025-06-01 10:12` in the browser's time zone: when an attempt was handed in or started. */
export function visaDatum(iso: string): string {
	const d = new Date(iso);
	return Number.isNaN(d.getTime())
		? iso
		: d.toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
}
