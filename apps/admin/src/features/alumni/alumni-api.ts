import { api, apiFile, apiUpload } from '../../providers/http';

/** The shapes of docs/alumni.md (the API's answers). */
export type Lang = 'az' | 'en' | 'ru';
export const EDUCATION_LEVELS = ['secondary', 'vocational', 'bachelor_student', 'bachelor', 'master_student', 'master', 'doctorate'] as const;
export const AVAILABILITY_KINDS = ['full_time', 'part_time', 'project', 'not_available'] as const;
export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const RUBRIC = ['punctuality', 'communication', 'serviceToCitizens', 'teamwork'] as const;
export type Rubric = (typeof RUBRIC)[number];

export interface RatingAggregate {
  count: number;
  averages: Record<Rubric, number | null>;
  overall: number | null;
}
export interface ConsentState {
  given: boolean;
  givenAt: string | null;
  version: number | null;
  latestVersion: number;
  textAz: string;
  textEn: string;
  textRu: string;
  withdrawnAt: string | null;
}
export interface CareerProfile {
  volunteerId: string;
  fullName: string;
  alumniSince: string;
  source: 'certificate' | 'coordinator';
  educationLevel: (typeof EDUCATION_LEVELS)[number] | null;
  institution: string | null;
  fieldOfStudy: string | null;
  region: string | null;
  languages: { language: string; level: (typeof CEFR)[number] }[];
  skills: string[];
  preferredCenterIds: string[];
  availabilityKind: (typeof AVAILABILITY_KINDS)[number];
  availabilityText: string | null;
  cv: { fileName: string; sizeBytes: number; uploadedAt: string } | null;
  consent: ConsentState;
  ratings: RatingAggregate;
}
export type CareerProfileUpdate = Partial<Pick<CareerProfile,
  'educationLevel' | 'institution' | 'fieldOfStudy' | 'region' | 'languages' | 'skills' | 'preferredCenterIds' | 'availabilityKind' | 'availabilityText'>>;
export interface CenterOption {
  id: string;
  name: Record<Lang, string>;
}
export interface Rating {
  id: string;
  volunteerId: string;
  volunteerName: string;
  raterName: string | null;
  centerId: string | null;
  eventId: string | null;
  placeName: Record<Lang, string> | null;
  periodFrom: string | null;
  periodTo: string | null;
  punctuality: number;
  communication: number;
  serviceToCitizens: number;
  teamwork: number;
  comment: string | null;
  createdAt: string;
}
export interface Rateable {
  volunteerId: string;
  fullName: string;
  status: string;
}
export interface NewRating {
  volunteerId: string;
  centerId?: string;
  periodFrom?: string;
  periodTo?: string;
  eventId?: string;
  punctuality: number;
  communication: number;
  serviceToCitizens: number;
  teamwork: number;
  comment?: string;
}

export const alumniApi = {
  career: () => api<CareerProfile>('/me/career'),
  update: (body: CareerProfileUpdate) => api<CareerProfile>('/me/career', { method: 'PUT', body }),
  centers: () => api<CenterOption[]>('/me/career/centers'),
  consent: () => api<ConsentState>('/me/career/consent'),
  give: (version: number, locale: Lang) => api<ConsentState>('/me/career/consent', { method: 'POST', body: { version, locale } }),
  withdraw: () => api<ConsentState>('/me/career/consent/withdraw', { method: 'POST', body: {} }),
  uploadCv: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiUpload<CareerProfile>('/me/career/cv', form);
  },
  downloadCv: () => apiFile('/me/career/cv'),
  removeCv: () => api<CareerProfile>('/me/career/cv', { method: 'DELETE' }),
  rate: (body: NewRating) => api<Rating>('/volunteer-ratings', { method: 'POST', body }),
  given: (page = 1) => api<{ data: Rating[]; total: number }>('/volunteer-ratings/given', { query: { page, perPage: 25 } }),
  rateable: (place: { centerId?: string; eventId?: string }, q?: string) => api<Rateable[]>('/volunteer-ratings/rateable', { query: { ...place, q } }),
  places: {
    centers: () => api<{ data: { id: string; name: Record<Lang, string> }[] }>('/centers', { query: { perPage: 100 } }),
    events: () => api<{ data: { id: string; name: Record<Lang, string> }[] }>('/events', { query: { perPage: 100 } }),
  },
};

/** The message of an API problem: the first field error in words, else the detail. */
export function problemText(e: unknown): string {
  const err = e as { message?: string; body?: { errors?: Record<string, unknown> } };
  const first = err.body?.errors ? Object.values(err.body.errors).find((v) => typeof v === 'string') : undefined;
  return (first as string | undefined) ?? err.message ?? '';
}

export const localized = (name: Record<Lang, string> | null | undefined, locale: string): string => (name ? name[locale as Lang] || name.az : '');
