import { api } from '../../providers/http';
import { saveFile } from '../recruitment/recruitment-api';

export type Name = { az: string; en: string; ru: string };
export type Lang = keyof Name;

/** One period's figures (the API's `Figures`); rates 0…1, null without inputs. */
export interface Figures {
  approvedMinutes: number; approvedHours: number; activeVolunteers: number;
  slots: number; filled: number; fillRate: number | null; attended: number; noShows: number; noShowRate: number | null; newVolunteers: number;
}
export interface MonthFigures extends Figures { month: string }
export interface CenterReport { center: { id: string; name: Name; region: string }; from: string; to: string; months: MonthFigures[]; totals: Figures }
export interface NationalMonth extends MonthFigures { eventMinutes: number; eventHours: number; eventVolunteers: number }
export interface NationalReport {
  from: string; to: string; months: NationalMonth[];
  regions: (Figures & { region: string; centers: number })[];
  /** By the network tree: each regional center with everything below it (null: centers under no regional center). */
  regionalCenters: (Figures & { regionalCenterId: string | null; name: Name | null; centers: { id: string; name: Name }[] })[];
  centers: (Figures & { centerId: string; name: Name; region: string })[];
  totals: Figures & { eventMinutes: number; eventHours: number; eventVolunteers: number };
}
export interface RoleCoverage {
  positionId: string | null; name: Name | null; slots: number; filled: number; attended: number; noShows: number;
  fillRate: number | null; noShowRate: number | null; approvedMinutes: number; approvedHours: number;
}
export interface EventReport {
  event: { id: string; name: Name; startsAt: string; endsAt: string };
  roles: RoleCoverage[];
  hours: { hour: string; slots: number; filled: number; attended: number }[];
  totals: { slots: number; filled: number; attended: number; noShows: number; fillRate: number | null; noShowRate: number | null; approvedMinutes: number; approvedHours: number; activeVolunteers: number };
}
export type ReportTable = 'months' | 'regions' | 'regionalCenters' | 'centers' | 'roles' | 'hours';
export type FileFormat = 'csv' | 'xlsx';

export interface Range { from: string; to: string }

export const reportsApi = {
  national: (r: Range) => api<NationalReport>('/reports/national', { query: { ...r } }),
  center: (id: string, r: Range) => api<CenterReport>(`/reports/centers/${id}`, { query: { ...r } }),
  event: (id: string) => api<EventReport>(`/reports/events/${id}`),
  centers: () => api<{ data: { id: string; name: Name; region: string }[] }>('/centers', { query: { perPage: 100 } }),
  events: () => api<{ data: { id: string; name: Name; startsAt: string }[] }>('/events', { query: { perPage: 100 } }),
  /** Downloads one table as CSV or XLSX: the file comes back in a JSON envelope, since the token is not a cookie. */
  download: async (path: string, format: FileFormat, table: ReportTable, query: Record<string, string> = {}) =>
    saveFile(await api<{ filename: string; contentType: string; base64: string }>(path, { query: { ...query, format, table, envelope: 'true' } })),
};

/** 'YYYY-MM' of today in Baku, and n months from a 'YYYY-MM'. */
export const thisMonth = (): string => new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 7);
export function addMonths(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
