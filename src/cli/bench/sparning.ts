/** Save → screen and replay cost (to be written). */
import type { BenchAlternativ } from './alternativ';
import type { Figur } from './figur';

export async function matSparning(o: BenchAlternativ): Promise<Figur[]> {
	void o;
	return [];
}
