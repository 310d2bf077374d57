/**
 * The ways to take an exercise, as the trainee chooses them on the start page. Kept with the
 * attempt (ForsokRad.lage, the exported file's `lage`), so the course and the report know how a
 * result was reached. An attempt without `lage` is from before the modes: it was free work, Öva.
 */
export const LAGEN = ['visa', 'guidad', 'ova', 'prov'] as const;
export type Lage = (typeof LAGEN)[number];

/** The name on the button and in the report, and what it means, in the trainee's words. */
export const LAGESTEXT: Record<Lage, { namn: string; forklaring: string }> = {
	visa: {
		namn: 'Visa',
		forklaring: 'Appen visar lösningen steg för steg på skärmen. Inget rättas.'
	},
	guidad: {
		namn: 'Guidad',
		forklaring:
			'Du gör varje steg själv och ser vad nästa steg är. Gör du något annat än manualen säger får du veta det direkt.'
	},
	ova: {
		namn: 'Öva',
		forklaring:
			'Du arbetar fritt och kan be om ledtrådar och se en checklista. Du lämnar in när du vill.'
	},
	prov: {
		namn: 'Prov',
		forklaring:
			'Inga ledtrådar och ingen checklista, och du lämnar in en gång. Resultatet räknas som övningens provresultat.'
	}
};

/** How an attempt was taken; an attempt from before the modes was Öva. */
export function lageFor(rad: { lage?: Lage }): Lage {
	return rad.lage ?? 'ova';
}
