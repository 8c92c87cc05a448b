import type { VolunteerStatus } from '@dost/domain';
import type { Locale } from '../common/i18n/locale';

/** Column headings and words of the volunteer directory export, in the caller's language. */
export const PEOPLE_EXPORT_LABELS: Record<Locale, { sheet: string; header: string[]; statuses: Record<VolunteerStatus, string> }> = {
  az: {
    sheet: 'Könüllülər',
    header: ['Ad, soyad', 'E-poçt', 'Telefon', 'Vəziyyət', 'Əsas mərkəz', 'Dillər', 'Kvalifikasiyalar', 'Təsdiqlənmiş saat', 'Etibarlılıq, %', 'Son növbə'],
    statuses: { applicant: 'Namizəd', active: 'Aktiv', paused: 'Fasilədə', alumni: 'Məzun', staff: 'Əməkdaş', exited: 'Ayrılıb' },
  },
  en: {
    sheet: 'Volunteers',
    header: ['Full name', 'E-mail', 'Phone', 'Status', 'Home center', 'Languages', 'Qualifications', 'Approved hours', 'Reliability, %', 'Last shift'],
    statuses: { applicant: 'Applicant', active: 'Active', paused: 'Paused', alumni: 'Alumni', staff: 'Staff', exited: 'Left' },
  },
  ru: {
    sheet: 'Волонтёры',
    header: ['ФИО', 'E-mail', 'Телефон', 'Статус', 'Основной центр', 'Языки', 'Квалификации', 'Подтверждённые часы', 'Надёжность, %', 'Последняя смена'],
    statuses: { applicant: 'Кандидат', active: 'Активен', paused: 'На паузе', alumni: 'Выпускник', staff: 'Сотрудник', exited: 'Выбыл' },
  },
};
