/** JS and CSS per route, LCP and time to interactive (to be written). */
import type { BenchAlternativ } from './alternativ';
import type { Figur } from './figur';

export async function matRutter(o: BenchAlternativ): Promise<Figur[]> {
	void o;
	return [];
}
