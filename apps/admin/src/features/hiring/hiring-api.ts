import { api, downloadApiFile } from '../../providers/http';

/** The shapes of docs/hiring.md (the API's answers). */
export type Lang = 'az' | 'en' | 'ru';
export type Localized = { az: string; en: string; ru: string };
export const STAGES = ['sourced', 'contacted', 'interview', 'offer', 'hired', 'declined', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];
/** The board's columns: the main line, then the outcomes. */
export const OPEN_STAGES: Stage[] = ['sourced', 'contacted', 'interview', 'offer'];
export const FINAL_STAGES: Stage[] = ['hired', 'declined', 'withdrawn'];
export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const FIT_PARTS = ['hours', 'reliability', 'ratings', 'languages', 'certificates'] as const;

export interface Vacancy {
  id: string;
  title: string;
  language: Lang;
  centerId: string | null;
  centerName: Localized | null;
  department: string | null;
  description: string;
  requirements: { languages?: { language: string; level: string }[]; minHours?: number; certificateTypes?: string[] };
  fitWeights: Partial<Record<(typeof FIT_PARTS)[number], number>> | null;
  posts: number;
  opensOn: string;
  closesOn: string | null;
  openToAlumni: boolean;
  staffRole: 'coordinator' | 'staff';
  ownerName: string | null;
  status: 'draft' | 'open' | 'closed';
  stageCounts: Partial<Record<Stage, number>>;
}

export interface Candidate {
  id: string;
  vacancyId: string;
  vacancyTitle: string;
  volunteerId: string;
  fullName: string;
  locale: Lang;
  approvedMinutes: number;
  languages: { language: string; level: string }[];
  stage: Stage;
  source: 'sourced' | 'applied';
  version: number;
  allowedMoves: Stage[];
  stageChangedAt: string;
  hiredAt: string | null;
  nextInterviewAt: string | null;
  notesCount: number;
}

export interface CandidateDetail extends Candidate {
  notes: { id: string; authorName: string; body: string; createdAt: string }[];
  history: { fromStage: Stage | null; toStage: Stage; reason: string | null; at: string }[];
  interviews: { id: string; startsAt: string; endsAt: string; place: string }[];
}

export interface MyVacancy {
  id: string;
  title: string;
  centerName: Localized | null;
  department: string | null;
  description: string;
  requirements: Vacancy['requirements'];
  posts: number;
  closesOn: string | null;
  myApplicationId: string | null;
}

export interface MyApplication {
  id: string;
  vacancyId: string;
  vacancyTitle: string;
  stage: Stage;
  version: number;
  mayWithdraw: boolean;
  nextInterviewAt: string | null;
  nextInterviewPlace: string | null;
  createdAt: string;
}

export type FunnelStep = 'volunteers' | 'alumni' | 'optedIn' | 'contacted' | 'interviewed' | 'hired';
export const FUNNEL_STEPS: FunnelStep[] = ['volunteers', 'alumni', 'optedIn', 'contacted', 'interviewed', 'hired'];
export type FunnelCounts = Record<FunnelStep, number>;

export interface Dashboard {
  from: string;
  to: string;
  funnel: FunnelCounts;
  conversion: Record<FunnelStep, number | null>;
  byCenter: (FunnelCounts & { centerId: string | null; centerName: Localized | null })[];
  byCohort: (FunnelCounts & { intakeId: string | null; intakeName: Localized | null })[];
  byMonth: { month: string; optedIn: number; contacted: number; interviewed: number; hired: number }[];
  timeToHire: { count: number; medianDays: number | null; averageDays: number | null };
  headline: { fromProgramme: number; otherHires: number; sharePercent: number | null };
}

export interface PoolRow { id: string; fullName: string; approvedMinutes: number; languages: { language: string; level: string }[]; fit?: { score: number } }

export const hiringApi = {
  vacancy: (id: string) => api<Vacancy>(`/vacancies/${id}`),
  board: (id: string) => api<Candidate[]>(`/vacancies/${id}/candidates`),
  openVacancies: () => api<{ data: Vacancy[] }>('/vacancies', { query: { status: 'open', perPage: 100 } }),
  add: (vacancyId: string, volunteerId: string, note?: string) => api<Candidate>(`/vacancies/${vacancyId}/candidates`, { method: 'POST', body: { volunteerId, note: note || undefined } }),
  candidate: (id: string) => api<CandidateDetail>(`/candidates/${id}`),
  move: (c: Pick<Candidate, 'id' | 'version'>, to: Stage, reason?: string) => api<Candidate>(`/candidates/${c.id}/move`, { method: 'POST', body: { to, version: c.version, reason: reason || undefined } }),
  note: (id: string, body: string) => api(`/candidates/${id}/notes`, { method: 'POST', body: { body } }),
  interview: (id: string, body: { startsAt: string; endsAt: string; place: string }) => api<CandidateDetail>(`/candidates/${id}/interviews`, { method: 'POST', body }),
  /** The talent pool (consenting alumni only), sorted by the fit score for the vacancy. */
  pool: (vacancyId: string, q: string) => api<{ data: PoolRow[] }>('/talent-pool', { query: { vacancyId, q: q || undefined, perPage: 20 } }),
  dashboard: (q: { from?: string; to?: string; centerId?: string; intakeId?: string }) => api<Dashboard>('/hiring/dashboard', { query: q }),
  exportDashboard: async (q: Record<string, string | undefined>, format: 'csv' | 'xlsx') => {
    await downloadApiFile('/hiring/dashboard/export', `hiring-pipeline.${format}`, { ...q, format });
  },
  myVacancies: () => api<MyVacancy[]>('/me/vacancies'),
  apply: (id: string) => api<MyApplication>(`/me/vacancies/${id}/apply`, { method: 'POST', body: {} }),
  myApplications: () => api<MyApplication[]>('/me/job-applications'),
  withdraw: (id: string) => api<MyApplication>(`/me/job-applications/${id}/withdraw`, { method: 'POST', body: {} }),
};

export const localized = (n: Localized | null | undefined, lang: string): string => (n ? n[lang as Lang] ?? n.az : '');
export const hoursOf = (minutes: number): number => Math.round((minutes / 60) * 10) / 10;
