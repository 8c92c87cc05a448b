import { api, apiUpload } from '../../providers/http';

/** The shapes of docs/event-guests.md (the API's answers). */
export type ProgrammeKind = 'arrival' | 'session' | 'visit' | 'departure';
export interface ProgrammeItem { kind: ProgrammeKind; title: string; startsAt: string; endsAt: string; place: string }
export interface Delegation {
  id: string;
  eventId: string;
  name: string;
  country: string;
  languages: string[];
  minLevel: string;
  liaisonsNeeded: number;
  programme: ProgrammeItem[];
  notes: string | null;
  guestCount: number;
}
export type DelegationInput = Omit<Delegation, 'id' | 'eventId' | 'guestCount'>;
export interface Guest {
  id: string;
  eventId: string;
  delegationId: string | null;
  delegationName: string | null;
  importKey: string;
  fullName: string;
  country: string;
  organisation: string | null;
  languages: string[];
  arrivalAt: string | null;
  arrivalPlace: string | null;
  departureAt: string | null;
  departurePlace: string | null;
  hotel: string | null;
  needs: string | null;
  vip: boolean;
  email: string | null;
  phone: string | null;
  pseudonymisedAt: string | null;
}
export type GuestInput = Omit<Guest, 'id' | 'eventId' | 'delegationName' | 'importKey' | 'pseudonymisedAt'>;
export interface ImportRow { line: number; cells: Record<string, string>; action: 'create' | 'update' | 'error'; errors: { field: string; code: string; message: string }[]; warnings: { field: string; code: string; message: string }[] }
export interface ImportPreview { columns: string[]; ignoredColumns: string[]; rows: ImportRow[]; create: number; update: number; errors: number; warnings: number; newDelegations: string[] }
export interface ImportResult { created: number; updated: number; skipped: number; delegationsCreated: string[] }

const fileForm = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

export const eventGuestsApi = {
  delegations: (eventId: string) => api<Delegation[]>(`/events/${eventId}/delegations`),
  createDelegation: (eventId: string, d: DelegationInput) => api<Delegation>(`/events/${eventId}/delegations`, { method: 'POST', body: d }),
  updateDelegation: (eventId: string, id: string, d: DelegationInput) => api<Delegation>(`/events/${eventId}/delegations/${id}`, { method: 'PUT', body: d }),
  deleteDelegation: (eventId: string, id: string) => api<void>(`/events/${eventId}/delegations/${id}`, { method: 'DELETE' }),
  /** Every guest of the event (pages of 100). */
  async guests(eventId: string): Promise<Guest[]> {
    const all: Guest[] = [];
    for (let page = 1; page <= 50; page += 1) {
      const r = await api<{ data: Guest[]; total: number }>(`/events/${eventId}/guests`, { query: { page, perPage: 100 } });
      all.push(...r.data);
      if (all.length >= r.total || r.data.length === 0) break;
    }
    return all;
  },
  createGuest: (eventId: string, g: GuestInput) => api<Guest>(`/events/${eventId}/guests`, { method: 'POST', body: g }),
  updateGuest: (eventId: string, id: string, g: GuestInput) => api<Guest>(`/events/${eventId}/guests/${id}`, { method: 'PUT', body: g }),
  deleteGuest: (eventId: string, id: string) => api<void>(`/events/${eventId}/guests/${id}`, { method: 'DELETE' }),
  preview: (eventId: string, file: File) => apiUpload<ImportPreview>(`/events/${eventId}/guests/import/preview`, fileForm(file)),
  accept: (eventId: string, file: File) => apiUpload<ImportResult>(`/events/${eventId}/guests/import`, fileForm(file)),
};

const regionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();
/** "FR" → "Fransa" in the console's language (the code itself when the browser has no name for it). */
export function countryName(code: string, locale: string): string {
  if (!regionNames.has(locale)) regionNames.set(locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  try {
    return regionNames.get(locale)!.of(code) ?? code;
  } catch {
    return code;
  }
}
export function languageName(code: string, locale: string): string {
  if (!languageNames.has(locale)) languageNames.set(locale, new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }));
  try {
    return languageNames.get(locale)!.of(code) ?? code;
  } catch {
    return code;
  }
}
