import type { Locale } from '../common/i18n/locale';
import type { ReportTable } from './reports.types';

export const EXPORT_COLUMN_KEYS = [
  'month', 'approvedHours', 'activeVolunteers', 'slots', 'filled', 'fillRate', 'attended', 'noShows', 'noShowRate', 'newVolunteers',
  'eventHours', 'eventVolunteers', 'region', 'centers', 'center', 'role', 'hour', 'regionalCenter', 'members',
] as const;
export type ExportColumnKey = (typeof EXPORT_COLUMN_KEYS)[number];

interface ReportLabels {
  columns: Record<ExportColumnKey, string>;
  sheets: Record<ReportTable, string>;
  /** The row of minutes without a role (manual entries). */
  noRole: string;
  files: { center: string; national: string; event: string };
}

/** Column headers, sheet and file names in the exporting user's language (the file is read by people). */
export const REPORT_LABELS: Record<Locale, ReportLabels> = {
  az: {
    columns: {
      month: 'Ay', approvedHours: 'Təsdiqlənmiş saatlar', activeVolunteers: 'Fəal könüllülər', slots: 'Yerlər', filled: 'Tutulmuş yerlər',
      fillRate: 'Doluluq, %', attended: 'Gələnlər', noShows: 'Gəlməyənlər', noShowRate: 'Gəlməmə, %', newVolunteers: 'Yeni könüllülər',
      eventHours: 'Tədbir saatları', eventVolunteers: 'Tədbirlərdə fəal könüllülər', region: 'Bölgə', centers: 'Mərkəz sayı', center: 'Mərkəz',
      role: 'Vəzifə', hour: 'Saat', regionalCenter: 'Regional mərkəz', members: 'Daxil olan mərkəzlər',
    },
    sheets: { months: 'Aylar', regions: 'Bölgələr', regionalCenters: 'Regional mərkəzlər', centers: 'Mərkəzlər', roles: 'Vəzifələr', hours: 'Saatlar' },
    noRole: 'Vəzifəsiz (əl ilə yazılan saatlar)',
    files: { center: 'merkez-hesabati', national: 'olke-hesabati', event: 'tedbir-hesabati' },
  },
  en: {
    columns: {
      month: 'Month', approvedHours: 'Approved hours', activeVolunteers: 'Active volunteers', slots: 'Places', filled: 'Filled places',
      fillRate: 'Shifts filled, %', attended: 'Attended', noShows: 'No-shows', noShowRate: 'No-show rate, %', newVolunteers: 'New volunteers',
      eventHours: 'Event hours', eventVolunteers: 'Volunteers active at events', region: 'Region', centers: 'Centers', center: 'Center',
      role: 'Role', hour: 'Hour', regionalCenter: 'Regional center', members: 'Centers included',
    },
    sheets: { months: 'Months', regions: 'Regions', regionalCenters: 'Regional centers', centers: 'Centers', roles: 'Roles', hours: 'Hours' },
    noRole: 'No role (manual entries)',
    files: { center: 'center-report', national: 'national-report', event: 'event-report' },
  },
  ru: {
    columns: {
      month: 'Месяц', approvedHours: 'Подтверждённые часы', activeVolunteers: 'Активные волонтёры', slots: 'Места', filled: 'Занятые места',
      fillRate: 'Заполненность смен, %', attended: 'Пришли', noShows: 'Не пришли', noShowRate: 'Неявки, %', newVolunteers: 'Новые волонтёры',
      eventHours: 'Часы на мероприятиях', eventVolunteers: 'Активные волонтёры мероприятий', region: 'Регион', centers: 'Центров', center: 'Центр',
      role: 'Роль', hour: 'Час', regionalCenter: 'Региональный центр', members: 'Входящие центры',
    },
    sheets: { months: 'Месяцы', regions: 'Регионы', regionalCenters: 'Региональные центры', centers: 'Центры', roles: 'Роли', hours: 'Часы' },
    noRole: 'Без роли (ручные записи)',
    files: { center: 'otchet-centra', national: 'otchet-po-strane', event: 'otchet-meropriyatiya' },
  },
};
