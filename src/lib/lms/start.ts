import type { LssDb } from '../db';
import { Cmi5Session } from './cmi5/session';
import { LmsFel } from './cmi5/klient';
import { lasCmi5Start } from './launch';
import { ScormSession, type Scorm2004Api } from './scorm/session';
import type { LmsSession } from './session';
import { hittaScormApi, type FonsterMedApi, type LmsUpptackt } from './upptack';

/**
 * The chooser: a detected launch becomes a cmi5 or a SCORM session, or the list of what is wrong
 * with it (each a Swedish sentence), in which case nothing is sent and the trainee practises.
 * This module and everything it imports is loaded only when a launch was detected.
 */
export type Lmsstart = { ok: true; session: LmsSession } | { ok: false; fel: string[] };

export interface Startmiljo {
	db: LssDb;
	fonster: FonsterMedApi;
	lagring: Pick<Storage, 'getItem' | 'setItem'>;
	hamta: typeof fetch;
	/** Whether the app has this exercise; an unknown one is refused before anything is sent. */
	finnsOvning: (id: string) => boolean;
}

const okandOvning = (id: string) =>
	`Övningen ”${id.slice(0, 60)}” finns inte i den här versionen av LSS-övning.`;

export async function startaLms(u: LmsUpptackt, m: Startmiljo): Promise<Lmsstart> {
	try {
		if (u.slag === 'scorm') {
			if (!m.finnsOvning(u.ovning)) return { ok: false, fel: [okandOvning(u.ovning)] };
			const api = hittaScormApi(m.fonster) as Scorm2004Api;
			return { ok: true, session: ScormSession.starta(api, u.ovning) };
		}
		const r = lasCmi5Start(u.sok);
		if (!r.ok) return r;
		if (!m.finnsOvning(r.start.ovning)) return { ok: false, fel: [okandOvning(r.start.ovning)] };
		return {
			ok: true,
			session: await Cmi5Session.starta(r.start, { db: m.db, hamta: m.hamta, lagring: m.lagring })
		};
	} catch (e) {
		if (e instanceof LmsFel) return { ok: false, fel: [e.message] };
		throw e;
	}
}
