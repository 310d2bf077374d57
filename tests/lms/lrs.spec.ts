/**
 * The rig itself, against the real LRS: what the fake LMS does at a launch is what the cmi5
 * spec asks of an LMS, so the app's tests launch from something true. The fetch URL gives the
 * token once; the token opens the State API with LMS.LaunchData and the statements endpoint;
 * `launched` is stored, valid, and found by registration.
 */
import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { adresser } from './portar';
import { felI, statementsFor, VERB } from './xapi';

const ADR = adresser();

test('a launch: one-time fetch URL, LaunchData behind the token, launched stored and valid', async ({
	request
}) => {
	const registration = randomUUID();
	const svar = await request.get(
		`/starta?ovning=ledsagarservice-ny-kund&lage=Normal&registration=${registration}`,
		{ maxRedirects: 0 }
	);
	expect(svar.status()).toBe(302);
	const launch = new URL(svar.headers()['location']);
	expect(launch.pathname).toBe('/paket/cmi5/index.html');
	const p = launch.searchParams;
	expect(p.get('ovning')).toBe('ledsagarservice-ny-kund');
	expect(p.get('registration')).toBe(registration);
	expect(p.get('endpoint')).toBe(`${ADR.xapi}/xapi/`);
	const activityId = p.get('activityId') ?? '';
	expect(activityId).toBe(
		'https://lss-ovning.helsingborg.se/xapi/kurs/ovning/ledsagarservice-ny-kund'
	);

	const forsta = await request.post(p.get('fetch') ?? '');
	expect(forsta.status()).toBe(200);
	const token = ((await forsta.json()) as { 'auth-token': string })['auth-token'];
	// cmi5 8.2.3: a fetch URL is good for one token; a second POST is an error
	const andra = await request.post(p.get('fetch') ?? '');
	expect(andra.status()).toBe(400);
	expect(await andra.json()).toMatchObject({ 'error-code': '1' });

	const auth = { authorization: `Basic ${token}`, 'x-experience-api-version': '1.0.3' };
	const state = `${p.get('endpoint')}activities/state?${new URLSearchParams({
		activityId,
		agent: p.get('actor') ?? '',
		registration,
		stateId: 'LMS.LaunchData'
	})}`;
	expect((await request.get(state)).status()).toBe(401);
	const launchData = await (await request.get(state, { headers: auth })).json();
	expect(launchData).toMatchObject({
		launchMode: 'Normal',
		moveOn: 'CompletedAndPassed',
		returnURL: `${ADR.innehall}/tillbaka`,
		contextTemplate: { registration }
	});

	expect(launchData).not.toHaveProperty('masteryScore');

	const lagrade = await statementsFor(registration);
	expect(lagrade.map(VERB)).toEqual(['launched']);
	expect(lagrade[0].object.id).toBe(activityId);
	expect(
		lagrade[0].context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/launchmode']
	).toBe('Normal');
	expect(felI(lagrade[0])).toEqual([]);
	// the validator is not lenient: a statement with no verb id fails it
	expect(felI({ ...lagrade[0], verb: {} })).not.toEqual([]);

	// the AU's statements go through the LMS to the LRS with the token, and only with it
	const statement = {
		id: randomUUID(),
		actor: JSON.parse(p.get('actor') ?? '{}'),
		verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' },
		object: { id: activityId },
		context: { registration }
	};
	const endpoint = `${p.get('endpoint')}statements`;
	expect((await request.post(endpoint, { data: statement })).status()).toBe(401);
	expect((await request.post(endpoint, { data: statement, headers: auth })).status()).toBe(200);
	expect((await statementsFor(registration)).map(VERB)).toEqual(['launched', 'initialized']);
});
