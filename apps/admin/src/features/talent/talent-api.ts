import { api, apiFile, saveBlob } from '../../providers/http';

export type Name = { az: string; en: string; ru: string };
export type FitPart = 'hours' | 'reliability' | 'ratings' | 'languages' | 'certificates';
export interface FitScore { score: number; parts: { part: FitPart; value: number; weight: number; points: number }[] }

export interface PoolRow {
  id: string; fullName: string; alumniSince: string; approvedMinutes: number; minutes12m: number; attended: number; noShows: number;
  attendancePercent: number | null; ratingCount: number; ratingAverage: number | null; languages: { language: string; level: string }[];
  certificateTypes: string[]; positionCodes: string[]; centerIds: string[]; educationLevel: string | null; fieldOfStudy: string | null;
  region: string | null; availabilityKind: string; fit: FitScore;
}

/** The pool's query parameters (GET /talent-pool), as text — what a saved search keeps. */
export type PoolFilters = Partial<Record<
  'q' | 'vacancyId' | 'minHours' | 'minHours12m' | 'minAttendance' | 'maxNoShows' | 'minRating' | 'languages' | 'centerId' | 'positionCode'
  | 'certificateType' | 'educationLevel' | 'region' | 'availability' | 'alumniSinceFrom' | 'alumniSinceTo' | 'sort' | 'order', string>>;

export interface SavedSearch { id: string; name: string; filters: PoolFilters; createdAt: string; updatedAt: string }

export interface EvidencePack {
  volunteerId: string; fullName: string; alumniSince: string; educationLevel: string | null; institution: string | null; fieldOfStudy: string | null;
  region: string | null; availabilityKind: string; languages: { language: string; level: string }[]; skills: string[]; preferredCenters: Name[];
  approvedMinutes: number;
  hours: { year: number; placeKind: 'center' | 'event'; placeId: string; placeName: Name; positionName: Name | null; minutes: number }[];
  hoursByYear: { year: number; minutes: number }[];
  reliability: { attended: number; noShows: number; reliability: number | null; noShowRate: number | null };
  ratings: { id: string; createdAt: string; placeName: Name | null; periodFrom: string | null; periodTo: string | null; raterName: string | null;
    punctuality: number; communication: number; serviceToCitizens: number; teamwork: number; comment: string | null }[];
  ratingAverages: { count: number; punctuality: number | null; communication: number | null; serviceToCitizens: number | null; teamwork: number | null; overall: number | null };
  certificates: { id: string; serial: string; title: Name; kind: string; status: string; issuedAt: string; minutes: number; verifyUrl: string }[];
  eventRoles: { eventId: string; eventName: Name; positionName: Name; shifts: number; firstDate: string; lastDate: string }[];
  notes: { createdAt: string; authorName: string; body: string }[];
}

export const talentApi = {
  pool: (filters: PoolFilters, page: number, perPage: number) =>
    api<{ data: PoolRow[]; total: number; weights: Record<FitPart, number> }>('/talent-pool', { query: { ...filters, page, perPage } }),
  evidence: (id: string) => api<EvidencePack>(`/talent-pool/${id}/evidence`),
  evidencePdf: async (id: string) => {
    const { blob, filename } = await apiFile(`/talent-pool/${id}/evidence/pdf`);
    saveBlob(blob, filename ?? 'evidence.pdf');
  },
  saved: () => api<{ data: SavedSearch[]; total: number }>('/talent-pool/saved-searches'),
  save: (name: string, filters: PoolFilters) => api<SavedSearch>('/talent-pool/saved-searches', { method: 'POST', body: { name, filters } }),
  removeSaved: (id: string) => api<void>(`/talent-pool/saved-searches/${id}`, { method: 'DELETE' }),
  centers: () => api<{ data: { id: string; name: Name }[] }>('/centers', { query: { perPage: 100 } }),
  openVacancies: () => api<{ data: { id: string; title: string }[] }>('/vacancies', { query: { status: 'open', perPage: 100 } }),
  addToVacancy: (vacancyId: string, volunteerId: string) => api<unknown>(`/vacancies/${vacancyId}/candidates`, { method: 'POST', body: { volunteerId } }),
};
