/** The one Dexie module: open the database, then use these verbs. Nothing else touches tables. */
export {
	LssDb,
	oppnaDb,
	STANDARDNAMN,
	STANDARDPROFIL_ID,
	UPPDATERAD_ANNANSTANS,
	UPPGRADERING_BLOCKERAD
} from './db';
export type {
	EgetScenarioRad,
	ForsokRad,
	HandelseRad,
	ProfilRad,
	UtkastRad,
	UtkorgRad
} from './db';
// The trainer's own scenarios' verbs are imported from './egna-scenarier' itself, never through
// here: re-exported, they would ride in every exercise page's database chunk
export { importeraFramsteg, type Framstegsimport } from './framsteg';
export { LagringsFel, arFullLagring, lagringsmeddelande } from './lagringsfel';
export { begarBestandigLagring, bestandigLagringNekad } from './bestandig';
export type { Lagringshanterare } from './bestandig';
export {
	forberedVarld,
	varldKlar,
	varldenArAktuell,
	seedningPagar,
	seedaVarld,
	hamtaVarldInfo,
	sokKunder,
	hamtaKund,
	finnsIRegistret,
	sokKir
} from './kunder';
export type { ForberedOpts, VarldInfo } from './kunder';
export type { KundTraff } from './nycklar';
export {
	skapaForsok,
	hamtaForsok,
	listaForsok,
	laggTillHandelser,
	KonfliktFel,
	hamtaHandelser,
	markeraInlamnat,
	sparaResultat,
	sparaUtkast,
	hamtaUtkast,
	raderaUtkast,
	importeraForsok,
	profilFor,
	slangForsok,
	hamtaSandlada,
	SANDLADA_ID
} from './forsok';
export {
	STANDARDPROFIL,
	MAX_NAMNLANGD,
	ProfilFel,
	rensaNamn,
	listaProfiler,
	hamtaProfil,
	hittaProfil,
	skapaProfil,
	profilIdMedNamn,
	aktivProfilId,
	valjProfil
} from './profiler';
export {
	laggIUtkorg,
	nastaIUtkorg,
	levererad,
	avvisa,
	raknaUtkorg,
	vidSessionsstart,
	type Utkorgsstatus
} from './utkorg';
export { hamtaRegistrering, andraRegistrering, type LmsRegistrering } from './lmsregistrering';
