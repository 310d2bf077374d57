import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { formateradText, VAG } from './dokumentera';

it(`${VAG} is what npm run docs writes from the catalogs (run it after changing a catalog)`, async () => {
	expect(readFileSync(VAG, 'utf8')).toBe(await formateradText());
});
