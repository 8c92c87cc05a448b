import { api, downloadApiFile } from '../../providers/http';

/** The shapes of docs/accreditation.md (the API's answers). */
export type Lang = 'az' | 'en' | 'ru';
export type Localized = { az: string; en: string; ru: string };
export type GuestAccess = 'none' | 'vip' | 'all';
export interface Zone { id?: string; name: Localized; color: string; guestAccess: GuestAccess; positionIds: string[] }
export interface ZonesAnswer { zones: Zone[]; positions: { id: string; code: string; name: Localized }[] }
export interface Badge {
  id: string;
  holder: { kind: 'volunteer' | 'guest'; id: string; name: string };
  vip: boolean;
  roles: Localized[];
  zones: { id: string; name: Localized; color: string }[];
  version: number;
  printedAt: string | null;
  scanUrl: string;
}
export interface BadgesAnswer { event: { id: string; name: Localized; startsAt: string; endsAt: string }; badges: Badge[] }
export type BadgeLayout = 'sheet' | 'single';
export interface ScanAnswer {
  result: 'valid' | 'replaced' | 'unknown';
  access?: 'granted' | 'denied';
  reason?: 'noDutyToday' | 'notEventDay' | 'noZones' | null;
  day?: string;
  event?: { name: Localized };
  holder?: { kind: 'volunteer' | 'guest' | 'vip'; name: string };
  roles?: { name: Localized; startsAt: string | null; endsAt: string | null }[];
  zones?: { id: string; name: Localized; color: string }[];
  replacedAt?: string;
}

export const accreditationApi = {
  zones: (eventId: string) => api<ZonesAnswer>(`/events/${eventId}/accreditation/zones`),
  saveZones: (eventId: string, zones: Zone[]) => api<ZonesAnswer>(`/events/${eventId}/accreditation/zones`, { method: 'PUT', body: { zones } }),
  badges: (eventId: string) => api<BadgesAnswer>(`/events/${eventId}/accreditation/badges`),
  print: (eventId: string, layout: BadgeLayout, ids?: string[]) =>
    downloadApiFile(`/events/${eventId}/accreditation/badges/pdf`, `badges-${layout}.pdf`, { layout, ...(ids?.length ? { ids: ids.join(',') } : {}) }),
  reprint: (eventId: string, badgeId: string) => api<Badge>(`/events/${eventId}/accreditation/badges/reprint`, { method: 'POST', body: { badgeId } }),
  scan: (token: string) => api<ScanAnswer>('/accreditation/scans', { method: 'POST', body: { token } }),
};
