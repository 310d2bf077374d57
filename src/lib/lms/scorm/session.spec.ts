import { Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { rapportAv } from '../testdata';
import { kortId, ScormSession, type Scorm2004Api } from './session';

/** scorm-again playing the LMS: what it holds after the SCO's calls is what an LMS would store. */
function lms(data: Record<string, string> = {}) {
	const api = new Scorm2004API({ logLevel: 5, autocommit: false });
	api.loadFromFlattenedJSON(data);
	return api;
}
/** Every SetValue the LMS refused, with its error: none may be refused. */
const refused: string[] = [];
const som = (api: Scorm2004API): Scorm2004Api => {
	const a = api as unknown as Scorm2004Api;
	return {
		...a,
		Initialize: (p) => a.Initialize(p),
		Terminate: (p) => a.Terminate(p),
		GetValue: (e) => a.GetValue(e),
		Commit: (p) => a.Commit(p),
		GetLastError: () => a.GetLastError(),
		GetErrorString: (k) => a.GetErrorString(k),
		SetValue: (e, v) => {
			const r = a.SetValue(e, v);
			if (r !== 'true') refused.push(`${e}=${v}: ${String(a.GetLastError())}`);
			return r;
		}
	};
};
/** What the LMS would store at commit (cmi.exit is write-only for the SCO, so read it here). */
const lagrat = (api: Scorm2004API) =>
	(api.renderCommitCMI(true) as { cmi: Record<string, unknown> }).cmi;

async function lamnaIn(api: Scorm2004API, forsok: string) {
	const { scenario, rapport } = rapportAv('ledsagarservice-ny-kund', forsok);
	const s = ScormSession.starta(som(api), scenario.id);
	await s.nyttForsok('0b8e6f0c-1111-4222-8333-444455556666');
	const svar = await s.rapportera({
		forsokId: '0b8e6f0c-1111-4222-8333-444455556666',
		startad: '2026-01-01T10:00:00.000Z',
		inlamnad: '2026-01-01T10:12:00.000Z',
		scenario,
		rapport
	});
	return { s, svar, rapport };
}

describe('ScormSession against scorm-again', () => {
	it('a passing Prov: completion and success apart, score, one interaction per graded rule', async () => {
		const api = lms();
		const { s, svar, rapport } = await lamnaIn(api, 'pass-facit');
		expect(svar).toEqual({ rapporterad: true, godkand: true });
		const v = (e: string) => api.GetValue(e);
		expect(v('cmi.completion_status')).toBe('completed');
		expect(v('cmi.success_status')).toBe('passed');
		expect(v('cmi.score.scaled')).toBe('1');
		expect(v('cmi.score.raw')).toBe(String(rapport.poang));
		expect(v('cmi.score.max')).toBe(String(rapport.maxPoang));
		const graded = rapport.fynd.filter((f) => f.status !== 'ej-bedomd');
		expect(v('cmi.interactions._count')).toBe(String(graded.length));
		expect(v('cmi.interactions.0.id')).toMatch(
			/^urn:lss-ovning:ledsagarservice-ny-kund:[A-Z]\d+-\d+$/
		);
		expect(v('cmi.interactions.0.result')).toBe('correct');
		expect(v('cmi.interactions.0.description')).toContain(graded[0].regelId);
		const typer = Array.from({ length: graded.length }, (_, i) => v(`cmi.interactions.${i}.type`));
		expect(typer).toContain('sequencing');
		expect(refused).toEqual([]);
		expect(lagrat(api).exit).toBe('normal');
		await s.avsluta();
		expect(api.isTerminated()).toBe(true);
	});

	it('a failing Prov: failed, and the wrong rules incorrect', async () => {
		const api = lms();
		const { rapport } = await lamnaIn(api, 'fail-nyckelkod-omrade-gift');
		expect(api.GetValue('cmi.success_status')).toBe('failed');
		const graded = rapport.fynd.filter((f) => f.status !== 'ej-bedomd');
		const fel = graded.flatMap((f, i) => (f.status === 'fel' ? [i] : []));
		expect(fel.length).toBeGreaterThan(0);
		for (const i of fel) expect(api.GetValue(`cmi.interactions.${i}.result`)).toBe('incorrect');
	});

	it('before the hand-in: incomplete, exit suspend, and a small resume state', async () => {
		const api = lms();
		let nu = 0;
		const s = ScormSession.starta(som(api), 'x', () => nu);
		await s.nyttForsok('0b8e6f0c-1111-4222-8333-444455556666');
		expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
		// cmi.exit is write-only for the SCO: read what the LMS holds
		expect(lagrat(api).exit).toBe('suspend');
		const vila = api.GetValue('cmi.suspend_data');
		expect(JSON.parse(vila)).toEqual({ f: '0b8e6f0c-1111-4222-8333-444455556666', s: 'pagar' });
		expect(vila.length).toBeLessThanOrEqual(57);
		nu = 90_000;
		await s.avsluta();
		expect(lagrat(api).session_time).toBe('PT1M30S');
	});

	it('resumes the attempt the LMS kept', async () => {
		const api = lms({
			'cmi.entry': 'resume',
			'cmi.suspend_data': '{"f":"abc","s":"pagar"}'
		});
		expect(await ScormSession.starta(som(api), 'x').sparatForsok()).toBe('abc');
	});

	it('browse and review report nothing; the LMS pass mark decides in normal', async () => {
		const api = lms({ 'cmi.mode': 'browse' });
		const s = ScormSession.starta(som(api), 'x');
		expect(s.lage).toBe('browse');
		const { scenario, rapport } = rapportAv('ledsagarservice-ny-kund', 'pass-facit');
		expect(
			await s.rapportera({ forsokId: 'a', startad: '', inlamnad: '', scenario, rapport })
		).toEqual({ rapporterad: false, varfor: 'lage' });
		expect(api.GetValue('cmi.success_status')).toBe('unknown');
		const streng = lms({ 'cmi.scaled_passing_score': '1' });
		const { svar } = await lamnaIn(streng, 'fail-nyckelkod-omrade-gift');
		expect(svar).toEqual({ rapporterad: true, godkand: false, masteryScore: 1 });
	});

	it('short identifiers carry no spaces or Swedish letters', () => {
		expect(kortId('Rekrytering LSS-insatser')).toBe('Rekrytering-LSS-insatser');
		expect(kortId('Lss, Rekryteringshandläggare')).toBe('Lss-Rekryteringshandlaggare');
	});
});
