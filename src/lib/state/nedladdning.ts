/** Hands `innehall` (text or a Blob, a pack's zip say) to the browser as a download named `filnamn`. */
export function sparaFil(innehall: string | Blob, filnamn: string, typ = 'application/json'): void {
	const blob = typeof innehall === 'string' ? new Blob([innehall], { type: typ }) : innehall;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filnamn;
	document.body.append(a);
	a.click();
	a.remove();
	// revoked a moment later: the browser reads the URL after the click returns
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
