import { api } from '../../providers/http';
import type { DayKind } from './swaps-api';

type Name = { az: string; en: string; ru: string };
export interface CalendarDay { date: string; kind: DayKind; name: Name; source: 'computed' | 'override'; note: string | null }
export interface CalendarYear { year: number; confirmed: boolean; confirmedAt: string | null; days: CalendarDay[]; removed: { date: string; name: Name; note: string | null }[] }

/** The computed calendar of a year with the admins' overrides (GET /calendar/years/{year}) and its changes. */
export const holidaysApi = {
  year: (year: number) => api<CalendarYear>(`/calendar/years/${year}`),
  add: (date: string, kind: DayKind, name: Name, note: string | null) => api<CalendarYear>(`/calendar/overrides/${date}`, { method: 'PUT', body: { action: 'add', kind, name, note } }),
  makeWorking: (date: string, note: string | null) => api<CalendarYear>(`/calendar/overrides/${date}`, { method: 'PUT', body: { action: 'remove', note } }),
  restore: (date: string) => api<void>(`/calendar/overrides/${date}`, { method: 'DELETE' }),
  confirm: (year: number, confirmed: boolean) => api<CalendarYear>(`/calendar/years/${year}`, { method: 'PUT', body: { confirmed } }),
};
