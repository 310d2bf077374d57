/**
 * A small fake LMS for the LMS tests, in front of a real LRS (tests/lrs, Learning Locker's
 * statements service). Two loopback servers, two origins, as an LMS that hosts the content on
 * one host and its xAPI endpoint on another:
 *
 * - innehall: the unzipped packages (dist/*.zip) under /paket/cmi5/ and /paket/scorm/, a
 *   launch link per AU (/starta?ovning=<id>&lage=Normal) and the SCORM host page
 *   (/scorm?ovning=<id>, scorm-again as the LMS's API_1484_11).
 * - xapi: the cmi5 fetch URL (one use per launch), the State API and Agent Profile API (the
 *   statements service has neither), and /statements forwarded to the LRS when the token is
 *   the launch's own.
 *
 * What the spec asks of an LMS at a launch (cmi5 sections 8, 10, 11): LMS.LaunchData in the
 * State API, the learner preferences in the Agent Profile API, and a `launched` statement.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { TYPER } from '../statisk';

const ROT = fileURLToPath(new URL('../..', import.meta.url));
export const LRS_AUTH = `Basic ${Buffer.from('lms:lms').toString('base64')}`;
const XAPI_VERSION = '1.0.3';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/';

export interface Au {
	id: string;
	url: string;
	moveOn: string;
	/** None in this package's cmi5.xml (src/cli/paket/cmi5.ts says why); an LMS may set one. */
	masteryScore?: number;
}

/** The AUs as cmi5.xml in the zip declares them: what an LMS imports. */
export function lasAuer(cmi5xml: string): Au[] {
	return [...cmi5xml.matchAll(/<au ([^>]*)>[\s\S]*?<url>([^<]+)<\/url>/g)].map(([, attr, url]) => {
		const a = (namn: string) => new RegExp(`${namn}="([^"]*)"`).exec(attr)?.[1];
		const mastery = a('masteryScore');
		return {
			id: a('id') ?? '',
			moveOn: a('moveOn') ?? 'NotApplicable',
			...(mastery === undefined ? {} : { masteryScore: Number(mastery) }),
			url: url.replace(/&amp;/g, '&')
		};
	});
}

interface Session {
	registration: string;
	sessionId: string;
	actor: object;
	au: Au;
	token: string;
	fetchAnvand: boolean;
}

export interface LmsAdresser {
	innehall: string;
	xapi: string;
	lrs: string;
}

async function kropp(req: IncomingMessage): Promise<Buffer> {
	const delar: Buffer[] = [];
	for await (const d of req) delar.push(d as Buffer);
	return Buffer.concat(delar);
}

function json(
	res: ServerResponse,
	status: number,
	data: unknown,
	extra: Record<string, string> = {}
) {
	res.writeHead(status, { 'content-type': 'application/json', ...extra });
	res.end(JSON.stringify(data));
}

async function lyssna(server: Server, port: number): Promise<void> {
	await new Promise<void>((ok, fel) => {
		server.once('error', fel);
		server.listen(port, '127.0.0.1', () => ok());
	});
}

export class FejkLms {
	readonly paket = new Map<string, Map<string, Uint8Array>>();
	readonly auer: Au[];
	private readonly sessioner = new Map<string, Session>();
	private readonly dokument = new Map<string, { typ: string; data: Buffer }>();
	private readonly servrar: Server[] = [];
	private readonly scormAgain: string;

	constructor(readonly adr: LmsAdresser) {
		for (const slag of ['cmi5', 'scorm']) {
			const zip = unzipSync(readFileSync(`${ROT}/dist/lss-ovning-${slag}.zip`));
			this.paket.set(slag, new Map(Object.entries(zip)));
		}
		this.auer = lasAuer(strFromU8(this.paket.get('cmi5')?.get('cmi5.xml') ?? new Uint8Array()));
		// scorm-again's exports map has no path to its browser build: read the file itself
		this.scormAgain = readFileSync(`${ROT}/node_modules/scorm-again/dist/scorm2004.js`, 'utf8');
	}

	async starta(portar: { innehall: number; xapi: number }): Promise<void> {
		const innehall = createServer((q, s) => void this.innehall(q, s).catch((e) => this.fel(s, e)));
		const xapi = createServer((q, s) => void this.xapi(q, s).catch((e) => this.fel(s, e)));
		await lyssna(innehall, portar.innehall);
		await lyssna(xapi, portar.xapi);
		this.servrar.push(innehall, xapi);
	}

	async stang(): Promise<void> {
		await Promise.all(this.servrar.map((s) => new Promise((ok) => s.close(ok))));
	}

	private fel(res: ServerResponse, e: unknown) {
		if (!res.headersSent) json(res, 500, { fel: e instanceof Error ? e.message : String(e) });
	}

	/** An LRS request with the LMS's own credentials. */
	async lrs(stig: string, init: RequestInit = {}): Promise<Response> {
		return fetch(`${this.adr.lrs}/xAPI/${stig}`, {
			...init,
			headers: {
				authorization: LRS_AUTH,
				'x-experience-api-version': XAPI_VERSION,
				'content-type': 'application/json',
				...(init.headers as Record<string, string>)
			}
		});
	}

	// ---- the content host ----

	private async innehall(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', this.adr.innehall);
		if (url.pathname === '/starta') return this.lansera(url, res);
		if (url.pathname === '/scorm') return this.scormVard(url, res);
		if (url.pathname === '/scorm-again.js') {
			res.writeHead(200, { 'content-type': TYPER['.js'] });
			return void res.end(this.scormAgain);
		}
		if (url.pathname === '/tillbaka') {
			res.writeHead(200, { 'content-type': TYPER['.html'] });
			return void res.end(
				'<!doctype html><html lang="sv"><link rel="icon" href="data:,"><title>LMS</title><h1>Tillbaka i LMS:et</h1>'
			);
		}
		const m = /^\/paket\/(cmi5|scorm)\/(.*)$/.exec(url.pathname);
		const fil = m ? this.paket.get(m[1])?.get(decodeURIComponent(m[2])) : undefined;
		// No fallback page: an LMS serves the package's files and nothing else
		if (!fil) return void res.writeHead(404).end();
		res.writeHead(200, {
			'content-type': TYPER[extname(url.pathname)] ?? 'application/octet-stream'
		});
		res.end(fil);
	}

	/**
	 * The LMS's launch of an AU (cmi5 section 8.1): a new registration and session, the
	 * LaunchData and preferences written, `launched` sent, and a redirect to the AU's URL with
	 * the five launch parameters. `lage`: Normal, Browse or Review.
	 */
	private async lansera(url: URL, res: ServerResponse): Promise<void> {
		const id = url.searchParams.get('ovning') ?? '';
		const au = this.auer.find((a) => a.url === `index.html?ovning=${id}`);
		if (!au) return json(res, 404, { fel: `ingen AU för ${id}` });
		const lage = url.searchParams.get('lage') ?? 'Normal';
		const registration = url.searchParams.get('registration') ?? randomUUID();
		const s: Session = {
			registration,
			sessionId: randomUUID(),
			actor: {
				objectType: 'Agent',
				name: 'Elev Ett',
				account: { homePage: this.adr.innehall, name: url.searchParams.get('elev') ?? 'elev-1' }
			},
			au,
			token: randomBytes(18).toString('base64url'),
			fetchAnvand: false
		};
		const kod = randomBytes(12).toString('base64url');
		this.sessioner.set(kod, s);
		const kontext = {
			registration,
			contextActivities: { grouping: [{ id: au.id }] },
			extensions: { [`${CMI5}extensions/sessionid`]: s.sessionId }
		};
		const launchData = {
			contextTemplate: kontext,
			launchMode: lage,
			moveOn: au.moveOn,
			...(au.masteryScore === undefined ? {} : { masteryScore: au.masteryScore }),
			returnURL: `${this.adr.innehall}/tillbaka`
		};
		this.sparaDokument(
			this.stateNyckel(au.id, s.actor, registration, 'LMS.LaunchData'),
			launchData
		);
		this.sparaDokument(this.profilNyckel(s.actor, 'cmi5LearnerPreferences'), {
			languagePreference: 'sv-SE',
			audioPreference: 'off'
		});
		const launchUrl = new URL(`/paket/cmi5/${au.url}`, this.adr.innehall);
		const lanserad = await this.lrs('statements', {
			method: 'POST',
			body: JSON.stringify({
				id: randomUUID(),
				timestamp: new Date().toISOString(),
				actor: s.actor,
				verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
				object: { objectType: 'Activity', id: au.id },
				context: {
					...kontext,
					contextActivities: {
						...kontext.contextActivities,
						category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }]
					},
					extensions: {
						...kontext.extensions,
						[`${CMI5}extensions/launchmode`]: lage,
						[`${CMI5}extensions/launchurl`]: launchUrl.href,
						[`${CMI5}extensions/moveon`]: au.moveOn,
						...(au.masteryScore === undefined
							? {}
							: { [`${CMI5}extensions/masteryscore`]: au.masteryScore })
					}
				}
			})
		});
		if (!lanserad.ok)
			throw new Error(`LRS:et tog inte launched: ${lanserad.status} ${await lanserad.text()}`);
		for (const [n, v] of Object.entries({
			endpoint: `${this.adr.xapi}/xapi/`,
			fetch: `${this.adr.xapi}/fetch/${kod}`,
			actor: JSON.stringify(s.actor),
			registration,
			activityId: au.id
		}))
			launchUrl.searchParams.set(n, v);
		res.writeHead(302, { location: launchUrl.href });
		res.end();
	}

	/** SCORM's LMS side: scorm-again as API_1484_11, the SCO in a frame as an LMS shows it. */
	private scormVard(url: URL, res: ServerResponse): void {
		const id = url.searchParams.get('ovning') ?? '';
		const sco = `/paket/scorm/index.html?ovning=${encodeURIComponent(id)}`;
		res.writeHead(200, { 'content-type': TYPER['.html'] });
		res.end(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS: SCORM</title>
<script src="/scorm-again.js"></script>
<script>window.API_1484_11 = new Scorm2004API({ logLevel: 5, autocommit: false });
window.__commits = 0; window.API_1484_11.on('Commit', () => { window.__commits++; });</script>
</head><body style="margin:0"><iframe title="Övningen" src="${sco}" style="border:0;width:100vw;height:100vh"></iframe></body></html>`);
	}

	// ---- the xAPI endpoint ----

	private cors(req: IncomingMessage, res: ServerResponse) {
		res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
		res.setHeader('access-control-allow-methods', 'GET, PUT, POST, DELETE, OPTIONS');
		res.setHeader(
			'access-control-allow-headers',
			'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match'
		);
		res.setHeader(
			'access-control-expose-headers',
			'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through'
		);
	}

	private async xapi(req: IncomingMessage, res: ServerResponse): Promise<void> {
		this.cors(req, res);
		if (req.method === 'OPTIONS') return void res.writeHead(204).end();
		const url = new URL(req.url ?? '/', this.adr.xapi);
		const hamta = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
		if (hamta) return this.fetchUrl(hamta[1], req, res);
		const m = /^\/xapi\/(statements|activities\/state|agents\/profile|about)$/.exec(url.pathname);
		if (!m) return void res.writeHead(404).end();
		if (m[1] === 'about') return json(res, 200, { version: [XAPI_VERSION] });
		const s = this.sessionFor(req.headers.authorization);
		if (!s) return json(res, 401, { fel: 'okänd eller saknad token' });
		const data = await kropp(req);
		if (m[1] === 'statements') {
			const svar = await this.lrs(`statements${url.search}`, {
				method: req.method,
				headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
				body: req.method === 'GET' ? undefined : new Uint8Array(data)
			});
			res.writeHead(svar.status, {
				'content-type': svar.headers.get('content-type') ?? 'application/json',
				'x-experience-api-version': XAPI_VERSION
			});
			return void res.end(Buffer.from(await svar.arrayBuffer()));
		}
		const p = url.searchParams;
		const agent = JSON.parse(p.get('agent') ?? 'null') as object;
		const nyckel =
			m[1] === 'activities/state'
				? this.stateNyckel(
						p.get('activityId') ?? '',
						agent,
						p.get('registration') ?? '',
						p.get('stateId') ?? ''
					)
				: this.profilNyckel(agent, p.get('profileId') ?? '');
		return this.dokumentApi(nyckel, req.method ?? 'GET', data, req.headers['content-type'], res);
	}

	/** The fetch URL (cmi5 8.2): the session's token once; a second POST is an error. */
	private async fetchUrl(kod: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
		await kropp(req);
		const s = this.sessioner.get(kod);
		if (req.method !== 'POST' || !s)
			return json(res, 404, { 'error-code': '3', 'error-text': 'okänd fetch-adress' });
		if (s.fetchAnvand) return json(res, 400, { 'error-code': '1', 'error-text': 'redan använd' });
		s.fetchAnvand = true;
		json(res, 200, {
			'auth-token': Buffer.from(`${s.registration}:${s.token}`).toString('base64')
		});
	}

	private sessionFor(auth: string | undefined): Session | undefined {
		return [...this.sessioner.values()].find(
			(s) =>
				s.fetchAnvand &&
				auth === `Basic ${Buffer.from(`${s.registration}:${s.token}`).toString('base64')}`
		);
	}

	private stateNyckel(aktivitet: string, agent: object, registration: string, id: string): string {
		return JSON.stringify(['state', aktivitet, this.agentNyckel(agent), registration, id]);
	}

	private profilNyckel(agent: object, id: string): string {
		return JSON.stringify(['profil', this.agentNyckel(agent), id]);
	}

	private agentNyckel(agent: object): string {
		const a = agent as { account?: { homePage: string; name: string }; mbox?: string };
		return a.account ? `${a.account.homePage}|${a.account.name}` : (a.mbox ?? '');
	}

	private sparaDokument(nyckel: string, data: unknown): void {
		this.dokument.set(nyckel, { typ: 'application/json', data: Buffer.from(JSON.stringify(data)) });
	}

	/** Read back what the AU stored (a test looks at its own state documents). */
	dokumentet(aktivitet: string, agent: object, registration: string, id: string): unknown {
		const d = this.dokument.get(this.stateNyckel(aktivitet, agent, registration, id));
		return d ? JSON.parse(d.data.toString('utf8')) : undefined;
	}

	private dokumentApi(
		nyckel: string,
		metod: string,
		data: Buffer,
		typ: string | undefined,
		res: ServerResponse
	): void {
		const finns = this.dokument.get(nyckel);
		if (metod === 'GET') {
			if (!finns) return void res.writeHead(404).end();
			res.writeHead(200, { 'content-type': finns.typ, etag: `"${finns.data.length}"` });
			return void res.end(finns.data);
		}
		if (metod === 'DELETE') {
			this.dokument.delete(nyckel);
			return void res.writeHead(204).end();
		}
		if (metod === 'POST' && finns && finns.typ.startsWith('application/json')) {
			const sammanslaget = {
				...JSON.parse(finns.data.toString('utf8')),
				...JSON.parse(data.toString('utf8'))
			};
			this.sparaDokument(nyckel, sammanslaget);
		} else this.dokument.set(nyckel, { typ: typ ?? 'application/octet-stream', data });
		res.writeHead(204).end();
	}
}
