import type { ApplicationStatus, Locale3 } from './recruitment.types';

/** The export's columns, in the order of the file. */
export const EXPORT_COLUMNS = [
  'number', 'intake', 'status', 'fullName', 'fin', 'birthDate', 'age', 'email', 'phone', 'languages', 'availability', 'centers', 'emailVerified', 'score', 'createdAt',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

interface ExportLabels {
  columns: Record<ExportColumn, string>;
  statuses: Record<ApplicationStatus, string>;
  yes: string;
  no: string;
}

/** Headers and stage names of the export in the exporting user's language (the file is read by people, not parsed). */
export const EXPORT_LABELS: Record<Locale3, ExportLabels> = {
  az: {
    columns: {
      number: 'Nömrə', intake: 'Qəbul', status: 'Mərhələ', fullName: 'Ad, soyad', fin: 'FİN', birthDate: 'Doğum tarixi', age: 'Yaş', email: 'E-poçt',
      phone: 'Telefon', languages: 'Dillər', availability: 'Uyğun vaxtlar', centers: 'Mərkəzlər', emailVerified: 'E-poçt təsdiqlənib', score: 'Bal',
      createdAt: 'Müraciət tarixi',
    },
    statuses: {
      submitted: 'Göndərilib', screening: 'İlkin baxış', interview: 'Müsahibə', offered: 'Təklif edilib', accepted: 'Qəbul edilib', onboarded: 'Könüllüdür',
      rejected: 'Rədd edilib', withdrawn: 'Geri götürülüb', waitlisted: 'Gözləmə siyahısında',
    },
    yes: 'bəli', no: 'xeyr',
  },
  en: {
    columns: {
      number: 'Number', intake: 'Intake', status: 'Stage', fullName: 'Full name', fin: 'FIN', birthDate: 'Birth date', age: 'Age', email: 'E-mail',
      phone: 'Phone', languages: 'Languages', availability: 'Availability', centers: 'Centers', emailVerified: 'E-mail verified', score: 'Score',
      createdAt: 'Applied at',
    },
    statuses: {
      submitted: 'Submitted', screening: 'Screening', interview: 'Interview', offered: 'Offered', accepted: 'Accepted', onboarded: 'Volunteer',
      rejected: 'Rejected', withdrawn: 'Withdrawn', waitlisted: 'Waitlisted',
    },
    yes: 'yes', no: 'no',
  },
  ru: {
    columns: {
      number: 'Номер', intake: 'Набор', status: 'Этап', fullName: 'ФИО', fin: 'ФИН', birthDate: 'Дата рождения', age: 'Возраст', email: 'Эл. почта',
      phone: 'Телефон', languages: 'Языки', availability: 'Удобное время', centers: 'Центры', emailVerified: 'Почта подтверждена', score: 'Балл',
      createdAt: 'Дата заявки',
    },
    statuses: {
      submitted: 'Подана', screening: 'Рассмотрение', interview: 'Собеседование', offered: 'Предложение', accepted: 'Принят', onboarded: 'Волонтёр',
      rejected: 'Отклонена', withdrawn: 'Отозвана', waitlisted: 'Лист ожидания',
    },
    yes: 'да', no: 'нет',
  },
};
