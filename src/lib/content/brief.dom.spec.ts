// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderaBrief } from './brief';
import { renderaBriefVidBygge } from './brief-bygg';

// The real DOMPurify on a real DOM: what the runner does with a trainer's Markdown.
const fientlig = readFileSync(resolve(__dirname, 'fixtures/brief/fientlig.md'), 'utf8');

describe('renderaBrief with DOMPurify on a DOM', () => {
	it('lets nothing in a hostile brief run, and keeps its ordinary text', () => {
		const w = window as unknown as { __briefXss?: unknown };
		const rot = document.createElement('div');
		rot.innerHTML = renderaBrief(fientlig);
		document.body.append(rot);
		for (const el of rot.querySelectorAll<HTMLElement>('a, div, img, span')) el.click();

		expect(rot.textContent).toContain('Vanlig text som ska synas');
		expect(rot.querySelector('script, iframe, object, embed, form, style')).toBeNull();
		for (const el of rot.querySelectorAll('*')) {
			for (const attr of el.getAttributeNames()) expect(attr, el.outerHTML).not.toMatch(/^on/i);
		}
		for (const a of rot.querySelectorAll('a')) {
			expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*(javascript|data):/i);
			if (/^https?:/.test(a.getAttribute('href') ?? ''))
				expect(a.getAttribute('rel')).toBe('noopener noreferrer');
		}
		expect(w.__briefXss).toBeUndefined();
	});

	it('drops what styles or overlays the page, and every form and control, keeping their text', () => {
		const rot = document.createElement('div');
		rot.innerHTML = renderaBrief(fientlig);
		const kvar = (sel: string) => [...rot.querySelectorAll(sel)].map((e) => e.outerHTML);
		expect(kvar('style, link, meta, base')).toEqual([]);
		expect(kvar('form, input, button, select, option, textarea, fieldset')).toEqual([]);
		expect(kvar('[style], [formaction], [action], [autofocus], [tabindex]')).toEqual([]);
		expect(rot.innerHTML).not.toContain('example.org/stjal');
		// The overlay's words stay as plain text: a brief is read, not laid over the mock
		expect(rot.textContent).toContain('Täcker sidan');
		expect(rot.textContent).toContain('Stycke med händelser');
	});

	it('drops each event attribute DOMPurify knows, on any element', () => {
		const rot = document.createElement('div');
		rot.innerHTML = renderaBrief(
			'<details open ontoggle="x()"><summary onclick="x()">a</summary></details>' +
				'<p onmouseover="x()" onfocusin="x()" onanimationstart="x()">b</p>'
		);
		const attr = [...rot.querySelectorAll('*')].flatMap((e) => e.getAttributeNames());
		expect(attr.filter((a) => /^on/i.test(a))).toEqual([]);
		expect(rot.textContent).toBe('ab');
	});

	it('still renders Markdown as HTML', () => {
		expect(renderaBrief('# Ansökan\n\n**Inkom** 2025-03-03')).toContain('<h1>Ansökan</h1>');
	});
});

describe('renderaBriefVidBygge: the build’s DOMPurify over jsdom', () => {
	it('gives exactly what the browser’s renderaBrief gives, the hostile brief too', () => {
		for (const md of [fientlig, '# Ansökan\n\nInkom **2025-03-03**\n[Länk](https://example.org)'])
			expect(renderaBriefVidBygge(md)).toBe(renderaBrief(md));
	});
});
