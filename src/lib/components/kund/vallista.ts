/** One row of a ValLista: `celler` line up with the list's `kolumner`. */
export interface ValRad {
	id: string;
	celler: string[];
}
