import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lasFacitFil } from './fs';
import { fingeravtryck } from './inspelning';
import { fingeravtryckWebb } from './fingeravtryck';

const SCENARIER = join(import.meta.dirname, '../../../scenarios');

describe('fingeravtryckWebb', () => {
	it('gives the digest node:crypto gives, and each committed steps file holds', async () => {
		const med = readdirSync(SCENARIER).filter((d) =>
			existsSync(join(SCENARIER, d, 'attempts/pass-facit.steg.json'))
		);
		expect(med.length).toBeGreaterThan(3);
		for (const id of med) {
			const mapp = join(SCENARIER, id);
			const index = readFileSync(join(mapp, 'index.md'), 'utf8');
			const { steg } = lasFacitFil(mapp);
			const webb = await fingeravtryckWebb(index, steg);
			expect(webb).toBe(fingeravtryck(index, steg));
			const fil = JSON.parse(readFileSync(join(mapp, 'attempts/pass-facit.steg.json'), 'utf8'));
			expect(webb).toBe(fil.fingeravtryck);
		}
	});
	it('differs for åäö and for another step', async () => {
		expect(await fingeravtryckWebb('å', [])).not.toBe(await fingeravtryckWebb('a', []));
	});
});
