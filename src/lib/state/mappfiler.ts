/*
 * The files a trainer hands Gruppens resultat: picked several at once, a folder picked (Välj en
 * mapp, `webkitdirectory`) or dropped (its entries walked, subfolders too). Only `*.json` counts,
 * as for `grade --all`; each file keeps its path in the folder, so a problem names it there and
 * the rows come in the same order as the CLI's for the same folder.
 */

export interface ValdFil {
	fil: File;
	/** The path the trainer sees: `mapp/elev.json`, or the name of a file picked alone. */
	vag: string;
}

const arJson = (namn: string) => namn.toLowerCase().endsWith('.json');

/** The `.json` files of an input's list (several files, or a folder with `webkitdirectory`). */
export function filerUrLista(lista: FileList | readonly File[]): ValdFil[] {
	return [...lista]
		.map((fil) => ({ fil, vag: fil.webkitRelativePath || fil.name }))
		.filter((f) => arJson(f.vag));
}

/** Every entry of a directory: readEntries gives them in batches until an empty one. */
async function allaIMappen(mapp: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
	const lasare = mapp.createReader();
	const alla: FileSystemEntry[] = [];
	for (;;) {
		const del = await new Promise<FileSystemEntry[]>((ok, fel) => lasare.readEntries(ok, fel));
		if (!del.length) return alla;
		alla.push(...del);
	}
}

async function samla(entry: FileSystemEntry, ut: ValdFil[]): Promise<void> {
	if (entry.isFile) {
		if (!arJson(entry.name)) return;
		const fil = await new Promise<File>((ok, fel) => (entry as FileSystemFileEntry).file(ok, fel));
		// the entry's full path without its leading slash: `mapp/elev.json`
		ut.push({ fil, vag: entry.fullPath.replace(/^\//, '') || fil.name });
	} else if (entry.isDirectory) {
		for (const e of await allaIMappen(entry as FileSystemDirectoryEntry)) await samla(e, ut);
	}
}

/**
 * What was dropped: files and folders (walked, subfolders too). The entries are taken at once,
 * while the drop event lasts: the browser empties its DataTransfer afterwards.
 */
export async function filerUrDrop(dt: DataTransfer): Promise<ValdFil[]> {
	const poster = [...dt.items]
		.filter((i) => i.kind === 'file')
		.map((i) => i.webkitGetAsEntry?.() ?? null);
	if (!poster.some((p) => p)) return filerUrLista(dt.files);
	const ut: ValdFil[] = [];
	for (const p of poster) if (p) await samla(p, ut);
	return ut;
}
