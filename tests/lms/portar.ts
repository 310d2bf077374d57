/**
 * The LMS tests' ports, on loopback. LMS_PORT moves all three (several runs side by side on one
 * machine): the content host on it, the LMS's xAPI endpoint on the next, the LRS on the one after.
 */
const BAS = Number(process.env.LMS_PORT) || 4211;
export const PORTAR = { innehall: BAS, xapi: BAS + 1, lrs: BAS + 2 };

/** Content on localhost, the endpoint on 127.0.0.1: two origins, as an LMS and its LRS are. */
export function adresser() {
	return {
		innehall: `http://localhost:${PORTAR.innehall}`,
		xapi: `http://127.0.0.1:${PORTAR.xapi}`,
		lrs: `http://127.0.0.1:${PORTAR.lrs}`
	};
}
