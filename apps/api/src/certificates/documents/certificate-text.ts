import { bakuDateOf, hoursText } from '@dost/domain';
import type { CertificateKind } from './certificate-document';

export type Lang = 'az' | 'en' | 'ru';

/** The hours in words are defined once, in @dost/domain (the console shows the same words). */
export { hoursText };

/** 'YYYY-MM-DD' → 'dd.MM.yyyy'. */
export function dmy(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** The calendar date in Baku of an instant, dd.MM.yyyy. */
export function bakuDmy(at: Date): string {
  return dmy(bakuDateOf(at.getTime()));
}

/** "01.09.2025 – 30.09.2025", one end alone, or null when neither is known. */
export function periodText(from: string | null, to: string | null): string | null {
  if (from && to) return from === to ? dmy(from) : `${dmy(from)} – ${dmy(to)}`;
  if (from) return dmy(from);
  if (to) return dmy(to);
  return null;
}

/** Every word printed on the certificate, per language. */
export const CERTIFICATE_WORDS: Record<
  Lang,
  {
    heading: string;
    certifies: string;
    kind: Record<CertificateKind, string>;
    hours: string;
    roles: string;
    place: string;
    period: string;
    issued: string;
    serial: string;
    scan: string;
  }
> = {
  az: {
    heading: 'SERTİFİKAT',
    certifies: 'Bu sertifikat təsdiq edir ki, yuxarıda adı çəkilən şəxs',
    kind: {
      programme: 'könüllülük proqramını uğurla başa vurmuş və aşağıdakı sertifikata layiq görülmüşdür:',
      event: 'tədbirdə könüllü kimi xidmət etmiş və aşağıdakı sertifikata layiq görülmüşdür:',
      milestone: 'könüllülük fəaliyyətində mühüm mərhələyə çatmış və aşağıdakı sertifikata layiq görülmüşdür:',
      training: 'təlim kursunu uğurla başa vurmuş və aşağıdakı sertifikata layiq görülmüşdür:',
    },
    hours: 'Təsdiqlənmiş könüllülük saatları',
    roles: 'Rol',
    place: 'Yer',
    period: 'Dövr',
    issued: 'Verilmə tarixi',
    serial: 'Seriya nömrəsi',
    scan: 'Yoxlamaq üçün skan edin',
  },
  en: {
    heading: 'CERTIFICATE',
    certifies: 'This is to certify that the person named above',
    kind: {
      programme: 'has successfully completed a volunteer programme and is awarded:',
      event: 'has served as a volunteer at an event and is awarded:',
      milestone: 'has reached a volunteering milestone and is awarded:',
      training: 'has successfully completed a training course and is awarded:',
    },
    hours: 'Verified volunteer hours',
    roles: 'Role',
    place: 'Place',
    period: 'Period',
    issued: 'Date of issue',
    serial: 'Serial number',
    scan: 'Scan to verify',
  },
  ru: {
    heading: 'СЕРТИФИКАТ',
    certifies: 'Настоящий сертификат подтверждает, что указанное выше лицо',
    kind: {
      programme: 'успешно завершило волонтёрскую программу и награждается сертификатом:',
      event: 'участвовало в мероприятии в качестве волонтёра и награждается сертификатом:',
      milestone: 'достигло рубежа волонтёрской деятельности и награждается сертификатом:',
      training: 'успешно прошло учебный курс и награждается сертификатом:',
    },
    hours: 'Подтверждённые волонтёрские часы',
    roles: 'Роль',
    place: 'Место',
    period: 'Период',
    issued: 'Дата выдачи',
    serial: 'Серийный номер',
    scan: 'Отсканируйте для проверки',
  },
};
