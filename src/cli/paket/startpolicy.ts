/**
 * The package's Content-Security-Policy, set by the page's first script (docs/lms.md, CSP).
 *
 * The LRS an LMS launches with is not known when the package is built, and a second policy can
 * only narrow the first. So the package ships no policy in its HTML; this function, written out
 * in `lss-start.js` and loaded synchronously before anything else, reads the launch from
 * location.search, checks it, and inserts the build's own policy as a <meta> with `connect-src
 * 'self'` plus exactly the origins of `endpoint` and `fetch`. Without a whole, valid launch it
 * stays 'self'. It is serialised with Function.prototype.toString, so it uses nothing from
 * outside its body.
 */
export function sattStartpolicy(policy: string): string {
	const kallor: string[] = [];
	try {
		const p = new URLSearchParams(location.search);
		const namn = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
		if (namn.every((n) => (p.get(n) ?? '').trim() !== '')) {
			const adresser = [p.get('endpoint') ?? '', p.get('fetch') ?? ''].map((u) => new URL(u));
			const loopback = ['localhost', '127.0.0.1', '[::1]'];
			// https, or http on this machine's own loopback (a developer's or the tests' LRS);
			// never a URL with a user name or password in it. (No named arrow functions here:
			// tsx would wrap them in a helper the browser does not have.)
			if (
				adresser.every(
					(u) =>
						(u.protocol === 'https:' ||
							(u.protocol === 'http:' && loopback.includes(u.hostname))) &&
						u.username === '' &&
						u.password === ''
				)
			)
				for (const u of adresser)
					if (u.origin !== location.origin && !kallor.includes(u.origin)) kallor.push(u.origin);
		}
	} catch {
		// a launch that does not parse connects nowhere
		kallor.length = 0;
	}
	const text = policy.replace(
		/(^|;\s*)connect-src 'self'/,
		(_, fore: string) => `${fore}connect-src 'self'${kallor.map((k) => ` ${k}`).join('')}`
	);
	const meta = document.createElement('meta');
	meta.httpEquiv = 'Content-Security-Policy';
	meta.content = text;
	const skript = document.currentScript;
	if (skript) skript.after(meta);
	else document.head.prepend(meta);
	return text;
}

/** The text of lss-start.js: the function above, called with the build's policy. */
export function startpolicySkript(policy: string): string {
	if (!/(^|;\s*)connect-src 'self'(;|$)/.test(policy))
		throw new Error(`Byggets policy har inte connect-src 'self' ensamt: ${policy}`);
	const policyKod = sattStartpolicy.toString();
	if (policyKod.includes('__name'))
		throw new Error('lss-start.js skulle anropa __name, som bara tsx har.');
	return (
		`// LSS-övning in an LMS: the page's CSP, from the launch (docs/lms.md)\n` +
		`(${policyKod})(${JSON.stringify(policy)});\n`
	);
}
