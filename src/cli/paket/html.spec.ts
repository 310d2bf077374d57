import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paketHtml } from './html';

const START = `
				{
					__sveltekit_x = {
						base: new URL('.', location).pathname.slice(0, -1)
					};
					Promise.all([import("/_app/immutable/entry/start.A.js")]);
				}
			`;
const hash = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
const BYGGT = `<!doctype html>
<html lang="sv">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
		<meta http-equiv="content-security-policy" content="default-src 'self'; connect-src 'self'; script-src 'self' '${hash(START)}'; form-action 'none'">
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/assets/0.css" rel="stylesheet">
	</head>
	<body><div><script>${START}</script></div></body>
</html>`;

describe('the package’s index.html', () => {
	const { html, policy, skript } = paketHtml(BYGGT);

	it('has relative paths only, so it runs from any sub-path', () => {
		expect(html).not.toMatch(/["(]\/_app\//);
		expect(html).toContain('href="./_app/immutable/entry/start.A.js"');
		expect(html).toContain('import("./_app/immutable/entry/start.A.js")');
		expect(html).toContain('href="./favicon.svg"');
	});

	it('gives the hash router an empty base, so its links are fragments of index.html', () => {
		expect(html).toContain("base: ''");
	});

	it('moves the policy out of the HTML into lss-start.js, loaded first', () => {
		expect(html).not.toMatch(/content-security-policy/i);
		expect(html.indexOf('<script src="./lss-start.js"></script>')).toBeLessThan(
			html.indexOf('<link')
		);
		expect(skript).toContain(JSON.stringify(policy));
	});

	it('allows the rewritten start-up script by its new hash, and the old one no more', () => {
		const ny = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
		expect(policy).toContain(`'${hash(ny)}'`);
		expect(policy).not.toContain(hash(START));
		expect(policy).toContain("form-action 'none'");
	});

	it('refuses a page without the policy', () => {
		expect(() => paketHtml(BYGGT.replace(/<meta http-equiv[^>]*>/, ''))).toThrow(/policyn/);
	});
});
