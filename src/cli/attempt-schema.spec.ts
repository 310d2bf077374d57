import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANDELSETYPER } from '../lib/schemas/forsok';
import { attemptSchemaText, SCHEMA_FIL } from './attempt-schema';

describe('docs/attempt.schema.json', () => {
	it('is what `npm run schema` writes from the zod schema today (run it after changing forsok.ts)', async () => {
		expect(readFileSync(SCHEMA_FIL, 'utf8')).toBe(await attemptSchemaText());
	});

	it('describes every event type under handelser', async () => {
		const typer = new Set<string>();
		// walk rather than index: how zod nests the union and the seq/tid part is its business
		const besok = (v: unknown): void => {
			if (Array.isArray(v)) return v.forEach(besok);
			if (v === null || typeof v !== 'object') return;
			const o = v as Record<string, unknown>;
			const typ = (o.properties as { typ?: { const?: string } } | undefined)?.typ?.const;
			if (typ) typer.add(typ);
			Object.values(o).forEach(besok);
		};
		besok(JSON.parse(await attemptSchemaText()).properties.handelser);
		expect([...typer].sort()).toEqual([...HANDELSETYPER].sort());
	});
});
