/**
 * The editor's scenario check, off the page's thread (verkstad/granska.ts says why). Started by
 * verkstad-arbetare.ts on the editor's routes only.
 */
import { svara, type VerkstadFraga } from '$lib/verkstad/granska';

onmessage = async (e: MessageEvent<VerkstadFraga>) => {
	postMessage(await svara(e.data));
};
