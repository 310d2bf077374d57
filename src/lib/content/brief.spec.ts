import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderaBriefMed, sakerLank, utanInlineKod } from './brief';

/** A stand-in sanitiser that records what it was given and marks what it returns. */
function spion() {
	const fick: string[] = [];
	return {
		fick,
		sanitize(html: string) {
			fick.push(html);
			return `[sanerad]${html}`;
		}
	};
}

describe('renderaBriefMed', () => {
	it('passes the Markdown rendered as HTML through the sanitiser, and returns its output', () => {
		const s = spion();
		const ut = renderaBriefMed(s, '# Ansökan\n\nInkom **2024-03-01**.');
		expect(s.fick).toHaveLength(1);
		expect(s.fick[0]).toContain('<h1>Ansökan</h1>');
		expect(s.fick[0]).toContain('<strong>2024-03-01</strong>');
		expect(ut).toBe(`[sanerad]${s.fick[0]}`);
	});

	it('keeps a single line break of the brief as a break, and a blank line as a new paragraph', () => {
		const s = spion();
		renderaBriefMed(s, 'Alva Ek\nStorgatan 1\n\nInkom 2025-03-03.');
		expect(s.fick[0]).toBe('<p>Alva Ek<br>Storgatan 1</p>\n<p>Inkom 2025-03-03.</p>\n');
	});

	it('renders a javascript: link as its text only, whatever its case or padding', () => {
		const s = spion();
		renderaBriefMed(s, '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](data:text/html,x)');
		expect(s.fick[0]).not.toMatch(/href/i);
		expect(s.fick[0]).toContain('a b c');
	});

	it('gives external links rel="noopener noreferrer" and leaves relative links alone', () => {
		const s = spion();
		renderaBriefMed(s, '[stad](https://www.helsingborg.se/ "Stadens webb") och [hjälp](/hjalp)');
		expect(s.fick[0]).toContain(
			'<a href="https://www.helsingborg.se/" title="Stadens webb" target="_blank" rel="noopener noreferrer">stad</a>'
		);
		expect(s.fick[0]).toContain('<a href="/hjalp">hjälp</a>');
	});
});

describe('utanInlineKod', () => {
	it('takes <style> out and renames on… attributes in start tags, before the parser sees them', () => {
		expect(utanInlineKod('<p>a</p><style>b{display:none}</style><p>c</p>')).toBe(
			'<p>a</p><p>c</p>'
		);
		expect(utanInlineKod('x<STYLE media="all">ej stängd')).toBe('x');
		expect(utanInlineKod('<img src="x" onerror="f()"><div\tONCLICK = "g()">d</div>')).toBe(
			'<img src="x" x-onerror="f()"><div\tx-ONCLICK = "g()">d</div>'
		);
	});

	it('leaves text and ordinary attributes alone', () => {
		const html = '<p>Ring on=måndag, <a href="/x" title="one">one</a></p>\n<p>online = ja</p>';
		expect(utanInlineKod(html)).toBe(html);
	});

	it('runs before the sanitiser', () => {
		const s = spion();
		renderaBriefMed(s, '<div onclick="f()">d</div>\n\n<style>p{}</style>');
		expect(s.fick[0]).not.toMatch(/\son|<style/i);
	});
});

describe('sakerLank', () => {
	it('refuses schemes hidden by entities or control characters', () => {
		expect(sakerLank('jav&#x09;ascript:alert(1)')).toBeNull();
		expect(sakerLank(' \tjavascript:alert(1)')).toBeNull();
		expect(sakerLank('vbscript:x')).toBeNull();
		expect(sakerLank('mailto:lss@helsingborg.se')).toBe('mailto:lss@helsingborg.se');
		expect(sakerLank('#avsnitt')).toBe('#avsnitt');
	});
});

/** Every module reachable from `start` by relative imports, and every package it names. */
function importgraf(start: string): { filer: Set<string>; paket: Set<string> } {
	const filer = new Set<string>();
	const paket = new Set<string>();
	const ko = [resolve(start)];
	while (ko.length) {
		const fil = ko.pop()!;
		if (filer.has(fil)) continue;
		filer.add(fil);
		const kod = readFileSync(fil, 'utf8');
		for (const m of kod.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
			const mal = m[1];
			if (!mal.startsWith('.')) {
				paket.add(mal);
				continue;
			}
			const bas = resolve(dirname(fil), mal);
			const hittad = [bas, `${bas}.ts`, `${bas}/index.ts`].find(
				(p) => existsSync(p) && p.endsWith('.ts')
			);
			if (hittad) ko.push(hittad);
		}
	}
	return { filer, paket };
}

describe('the grader CLI', () => {
	it('never imports DOMPurify, marked or the brief renderer', () => {
		const { filer, paket } = importgraf('src/cli/grade.ts');
		expect(filer.size).toBeGreaterThan(3);
		expect([...paket].filter((p) => /dompurify|marked/.test(p))).toEqual([]);
		expect([...filer].some((f) => f.endsWith('content/brief.ts'))).toBe(false);
	});
});
