import type { Mal, Roll, Steg } from '../../schemas/facit';

/** How a role reads in a sentence ("knappen Spara", "fliken Beslut"); empty: the name alone. */
const BESTAMD: Record<Roll, string> = {
	knapp: 'knappen',
	flik: 'fliken',
	nod: '',
	menyval: 'menyvalet',
	rad: 'raden',
	alternativ: '',
	kryssruta: 'kryssrutan',
	lank: 'länken',
	dialog: 'rutan',
	region: '',
	flikpanel: 'fliken',
	flikrad: 'flikraden',
	verktygsfalt: '',
	trad: '',
	tabell: 'tabellen',
	lista: 'listan',
	grupp: ''
};

function namnet(m: Mal): string {
	const n = m.namn.endsWith('*') ? `${m.namn.slice(0, -1)}…` : m.namn;
	const nr = m.nr ? ` (nummer ${m.nr})` : '';
	return `${BESTAMD[m.roll] ? BESTAMD[m.roll] + ' ' : ''}${n}${nr}`;
}

function var_(s: Steg): string {
	if (!s.i || s.i.length === 0) return '';
	return ' i ' + [...s.i].reverse().map(namnet).join(' i ');
}

function falt(namn: string, v: string | boolean): string {
	if (v === true) return `kryssa i ${namn}`;
	if (v === false) return `kryssa ur ${namn}`;
	return v === '' ? `töm ${namn}` : `${namn}: ${v}`;
}

/**
 * The step as a trainee is told it, in the manual's words: "Högerklicka på LSS utredning o
 * verkställighet och välj Aktualisering." The same sentence the guided mode will read aloud.
 */
export function beskrivSteg(s: Steg): string {
	const dar = var_(s);
	if ('hogerklicka' in s)
		return `Högerklicka på ${namnet(s.hogerklicka)}${dar} och välj ${s.valj}.`;
	if ('dubbelklicka' in s) return `Dubbelklicka på ${namnet(s.dubbelklicka)}${dar}.`;
	if ('klicka' in s) return `Klicka på ${namnet(s.klicka)}${dar}.`;
	const delar = Object.entries(s.fyll).map(([n, v]) => falt(n, v));
	if (delar.length === 0) return `Låt fälten${dar} stå som de är.`;
	const forsta = delar[0].startsWith('kryssa') || delar[0].startsWith('töm') ? '' : 'Fyll i ';
	const text = forsta + delar.join(', ');
	return `${text[0].toUpperCase()}${text.slice(1)}${dar}.`;
}

/**
 * Where a step is done, as a hint's third rung says it: the area and the control, without what
 * to do there ("i rutan Aktualisering, vid fältet Organisation").
 */
export function beskrivPlats(s: Steg): string {
	const dar = var_(s).trim();
	const kontroll =
		'fyll' in s
			? `vid fältet ${Object.keys(s.fyll)[0] ?? ''}`
			: `vid ${namnet('klicka' in s ? s.klicka : 'dubbelklicka' in s ? s.dubbelklicka : s.hogerklicka)}`;
	return dar ? `${dar}, ${kontroll}` : kontroll;
}
