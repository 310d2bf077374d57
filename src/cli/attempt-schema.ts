/**
 * Writes docs/attempt.schema.json, the JSON Schema of an exported attempt file, from the zod
 * schema the app and the grader validate with: `npm run schema`. A unit test fails when the
 * committed file differs from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { forsokSchema } from '../lib/schemas/forsok';

export const SCHEMA_FIL = 'docs/attempt.schema.json';

/**
 * The schema file's text: draft 2020-12, as the format's zod schema accepts on input, formatted
 * by the repo's prettier config so `prettier --check .` and the drift test agree.
 */
export async function attemptSchemaText(): Promise<string> {
	const { $schema, ...resten } = z.toJSONSchema(forsokSchema, {
		target: 'draft-2020-12',
		io: 'input'
	});
	const schema = {
		$schema,
		title: 'LSS-övning: exporterat försök',
		description:
			'Ett försök på ett scenario: dess händelser i ordning. Se docs/attempt-format.md. ' +
			'Genererad från src/lib/schemas/forsok.ts med npm run schema; ändra inte för hand.',
		...resten
	};
	const config = (await resolveConfig(SCHEMA_FIL)) ?? {};
	return format(JSON.stringify(schema), { ...config, filepath: SCHEMA_FIL });
}

if (process.argv[1] && /attempt-schema\.ts$/.test(process.argv[1])) {
	writeFileSync(SCHEMA_FIL, await attemptSchemaText());
	console.log(`Skrev ${SCHEMA_FIL}`);
}
