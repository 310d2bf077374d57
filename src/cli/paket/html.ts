/**
 * The build's index.html made fit for an LMS: SvelteKit renders the hash router's page with
 * absolute asset paths (/_app/…), which break under the LMS's sub-path, so they become relative;
 * the policy <meta> comes out, and in its place the first script, lss-start.js, puts it back with
 * the launched LRS allowed (startpolicy.ts). The base becomes empty, so the hash router's links
 * are bare fragments (`#/framsteg`): they stay on index.html, which an LMS launches (it serves
 * no directory index, where SvelteKit's links would go), and keep the launch's query string. The start-up script's paths change, so its hash in
 * the policy is computed anew.
 */
import { createHash } from 'node:crypto';
import { startpolicySkript } from './startpolicy';

const META = /\s*<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE = /<script>([\s\S]*?)<\/script>/g;
export const START_FIL = 'lss-start.js';

function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function attributText(s: string): string {
	return s
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

export interface PaketHtml {
	html: string;
	/** lss-start.js */
	skript: string;
	/** The policy as the build wrote it, with the new start-up script's hash. */
	policy: string;
}

export function paketHtml(original: string): PaketHtml {
	const meta = META.exec(original);
	if (!meta) throw new Error('build-paket/index.html saknar policyn som <meta>.');
	let html = original
		.replace(META, '')
		.replace(/(["'(])\/_app\//g, '$1./_app/')
		.replace(/href="\/favicon\.svg"/g, 'href="./favicon.svg"')
		.replace("base: new URL('.', location).pathname.slice(0, -1)", "base: ''");
	if (!html.includes("base: ''"))
		throw new Error('index.html: hittar inte SvelteKits base-uttryck att byta.');
	const gamla = [...original.matchAll(INLINE)].map((m) => sha256(m[1]));
	const nya = [...html.matchAll(INLINE)].map((m) => sha256(m[1]));
	let policy = attributText(meta[1]);
	gamla.forEach((g, i) => {
		if (!policy.includes(g)) throw new Error(`Policyn saknar hashen ${g} av ett inline-skript.`);
		policy = policy.replace(g, nya[i]);
	});
	if (/["']\/_app\//.test(html)) throw new Error('index.html har kvar en absolut sökväg /_app/.');
	html = html.replace(
		/(<meta charset="utf-8" \/>)/,
		`$1\n\t\t<script src="./${START_FIL}"></script>`
	);
	if (!html.includes(START_FIL)) throw new Error('index.html saknar <meta charset>.');
	return { html, skript: startpolicySkript(policy), policy };
}
