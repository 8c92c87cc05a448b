import type { Locale } from '../common/i18n/locale';

/** Column headings and words of the certificates export, in the caller's language. */
export const CERTIFICATE_EXPORT_LABELS: Record<Locale, {
  sheet: string; header: string[]; kinds: Record<string, string>; statuses: Record<string, string>;
}> = {
  az: {
    sheet: 'Sertifikatlar',
    header: ['Seriya nömrəsi', 'Sahibi', 'Növ', 'Sertifikat', 'Saat', 'Mərkəz / tədbir', 'Dövr başlanğıcı', 'Dövr sonu', 'Verilib', 'Status', 'Ləğv edilib', 'Yoxlama linki'],
    kinds: { programme: 'Proqram', event: 'Tədbir', milestone: 'Mərhələ', training: 'Təlim' },
    statuses: { valid: 'Qüvvədədir', revoked: 'Ləğv edilib', superseded: 'Yenisi ilə əvəzlənib' },
  },
  en: {
    sheet: 'Certificates',
    header: ['Serial', 'Holder', 'Kind', 'Certificate', 'Hours', 'Center / event', 'Period from', 'Period to', 'Issued', 'Status', 'Revoked', 'Verification link'],
    kinds: { programme: 'Programme', event: 'Event', milestone: 'Milestone', training: 'Training' },
    statuses: { valid: 'Valid', revoked: 'Revoked', superseded: 'Superseded' },
  },
  ru: {
    sheet: 'Сертификаты',
    header: ['Серийный номер', 'Владелец', 'Вид', 'Сертификат', 'Часы', 'Центр / мероприятие', 'Начало периода', 'Конец периода', 'Выдан', 'Статус', 'Отозван', 'Ссылка для проверки'],
    kinds: { programme: 'Программа', event: 'Мероприятие', milestone: 'Рубеж', training: 'Обучение' },
    statuses: { valid: 'Действителен', revoked: 'Отозван', superseded: 'Заменён' },
  },
};
