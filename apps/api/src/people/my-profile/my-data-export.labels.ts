import { bakuDateOf, bakuTimeOf } from '@dost/domain';
import { EXPORT_LABELS } from '../../recruitment/applications-export.labels';
import { PEOPLE_EXPORT_LABELS } from '../people-export.labels';

type Locale = 'az' | 'en' | 'ru';

/**
 * Words for the codes the readable data export would otherwise print raw (statuses, roles, half-days, …), per
 * language. Application stages reuse the recruitment export's names and person statuses the directory export's; a code without a word prints as it is.
 */
export const EXPORT_WORDS: Record<Locale, {
  yes: string; no: string;
  roles: Record<string, string>; assignment: Record<string, string>; hours: Record<string, string>;
  certificate: Record<string, string>; closure: Record<string, string>; languages: Record<string, string>;
  days: string[]; am: string; pm: string; notifications: Record<string, string>; contact: Record<string, string>;
}> = {
  az: {
    yes: 'Bəli', no: 'Xeyr',
    roles: { admin: 'Administrator', hr: 'Kadrlar (HR)', coordinator: 'Koordinator', organizer: 'Tədbir təşkilatçısı', volunteer: 'Könüllü', applicant: 'Namizəd' },
    assignment: { assigned: 'Təyin olunub', waitlisted: 'Gözləmə siyahısında', cancelled: 'Ləğv edilib', no_show: 'Gəlməyib', completed: 'Başa çatıb' },
    hours: { pending: 'Təsdiq gözləyir', approved: 'Təsdiqlənib', rejected: 'Rədd edilib' },
    certificate: { valid: 'Etibarlıdır', revoked: 'Ləğv edilib', superseded: 'Yenisi ilə əvəzlənib' },
    closure: { open: 'Açıqdır', done: 'İcra olunub', withdrawn: 'Geri götürülüb' },
    languages: { az: 'Azərbaycan dili', en: 'İngilis dili', ru: 'Rus dili', tr: 'Türk dili', de: 'Alman dili', fr: 'Fransız dili' },
    days: ['Bazar ertəsi', 'Çərşənbə axşamı', 'Çərşənbə', 'Cümə axşamı', 'Cümə', 'Şənbə', 'Bazar'], am: 'səhər', pm: 'günorta sonra',
    notifications: { reminders: 'Növbə xatırlatmaları', swaps: 'Növbə dəyişmə təklifləri', messages: 'Mesajlar' },
    contact: { name: 'Ad', phone: 'Telefon' },
  },
  en: {
    yes: 'Yes', no: 'No',
    roles: { admin: 'Administrator', hr: 'HR', coordinator: 'Coordinator', organizer: 'Event organizer', volunteer: 'Volunteer', applicant: 'Applicant' },
    assignment: { assigned: 'Assigned', waitlisted: 'Waitlisted', cancelled: 'Cancelled', no_show: 'No-show', completed: 'Completed' },
    hours: { pending: 'Awaiting approval', approved: 'Approved', rejected: 'Rejected' },
    certificate: { valid: 'Valid', revoked: 'Revoked', superseded: 'Superseded' },
    closure: { open: 'Open', done: 'Done', withdrawn: 'Withdrawn' },
    languages: { az: 'Azerbaijani', en: 'English', ru: 'Russian', tr: 'Turkish', de: 'German', fr: 'French' },
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], am: 'morning', pm: 'afternoon',
    notifications: { reminders: 'Shift reminders', swaps: 'Shift swap offers', messages: 'Messages' },
    contact: { name: 'Name', phone: 'Phone' },
  },
  ru: {
    yes: 'Да', no: 'Нет',
    roles: { admin: 'Администратор', hr: 'Отдел кадров (HR)', coordinator: 'Координатор', organizer: 'Организатор мероприятий', volunteer: 'Волонтёр', applicant: 'Кандидат' },
    assignment: { assigned: 'Назначен', waitlisted: 'В листе ожидания', cancelled: 'Отменено', no_show: 'Неявка', completed: 'Завершено' },
    hours: { pending: 'Ждёт подтверждения', approved: 'Подтверждено', rejected: 'Отклонено' },
    certificate: { valid: 'Действителен', revoked: 'Отозван', superseded: 'Заменён новым' },
    closure: { open: 'Открыт', done: 'Выполнен', withdrawn: 'Отозван' },
    languages: { az: 'Азербайджанский', en: 'Английский', ru: 'Русский', tr: 'Турецкий', de: 'Немецкий', fr: 'Французский' },
    days: ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'], am: 'утро', pm: 'после обеда',
    notifications: { reminders: 'Напоминания о сменах', swaps: 'Предложения обмена сменами', messages: 'Сообщения' },
    contact: { name: 'Имя', phone: 'Телефон' },
  },
};

const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "2026-12-06" → "06.12.2026" (the console's convention in every language). */
export function dayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A moment (Date or ISO string) as "dd.mm.yyyy HH:mm" in Baku time; a plain "YYYY-MM-DD" as the day alone. */
export function momentText(v: unknown, none: string): string {
  if (v == null || v === '') return none;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dayText(v);
  const d = v instanceof Date ? v : new Date(String(v));
  if (Number.isNaN(d.getTime())) return String(v);
  return `${dayText(bakuDateOf(d.getTime()))} ${bakuTimeOf(d.getTime())}`;
}

/** "mon-am" → "Bazar ertəsi, səhər". */
export function halfDayText(code: string, locale: Locale): string {
  const w = EXPORT_WORDS[locale];
  const [day, part] = code.split('-');
  const i = DAY_CODES.indexOf(day);
  if (i < 0 || (part !== 'am' && part !== 'pm')) return code;
  return `${w.days[i]}, ${part === 'am' ? w.am : w.pm}`;
}

export const applicationStatusText = (status: string, locale: Locale): string =>
  (EXPORT_LABELS[locale].statuses as Record<string, string>)[status] ?? status;

/** A field of the account, person or profile block as words. */
export function fieldText(key: string, v: unknown, locale: Locale, none: string): string {
  const w = EXPORT_WORDS[locale];
  if (v == null || v === '') return none;
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  if (Array.isArray(v) && !v.length) return none;
  switch (key) {
    case 'roles': return (v as string[]).map((r) => w.roles[r] ?? r).join(', ');
    case 'status': return (PEOPLE_EXPORT_LABELS[locale].statuses as Record<string, string>)[String(v)] ?? String(v);
    case 'locale': return w.languages[String(v)] ?? String(v);
    case 'availability': return (v as string[]).map((c) => halfDayText(c, locale)).join('; ');
    case 'languages': return (v as { language: string; level: string }[]).map((l) => `${w.languages[l.language] ?? l.language} ${l.level}`).join(', ');
    case 'notifications':
      return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${w.notifications[k] ?? k}: ${x ? w.yes : w.no}`).join('; ');
    case 'emergencyContact':
      return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${w.contact[k] ?? k}: ${String(x)}`).join('; ');
    case 'birthDate': return dayText(String(v));
  }
  if (/At$/.test(key)) return momentText(v, none);
  if (Array.isArray(v)) return v.map(String).join(', ');
  if (typeof v === 'object') return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${String(x)}`).join('; ');
  return String(v);
}
