import { ApiProblem } from '../common/http/api-problem';
import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'certificates.notEligible': 'Könüllü bu sertifikatı hələ qazanmayıb.',
    'certificates.alreadyHeld': 'Könüllünün bu növdə qüvvədə olan sertifikatı artıq var.',
    'certificates.notValid': 'Bu sertifikat artıq qüvvədə deyil: ləğv edilib və ya yenisi ilə əvəzlənib.',
    'certificates.notVolunteer': 'Hesabınız hələ könüllü anketinə bağlanmayıb. Zəhmət olmasa, koordinatorunuzla əlaqə saxlayın.',
    'field.certificateRuleRequired': 'Bu sertifikat növü üçün doldurulmalıdır.',
    'field.certificatePeriodOrder': 'Bitmə tarixi başlanğıc tarixindən əvvəl ola bilməz.',
    'field.certificateMilestone': 'Mərhələ 100, 250 və ya 500 saat ola bilər.',
    'field.certificateTypeCode': 'Kod 2–60 simvol olmalıdır: kiçik latın hərfləri, rəqəmlər və defis (məs. socgov-2025).',
    'field.certificateTypeCodeTaken': 'Bu kodla sertifikat növü artıq var.',
    'field.certificateTypeUnknown': 'Belə sertifikat növü yoxdur.',
    'field.certificateVolunteerUnknown': 'Belə könüllü tapılmadı və ya sizin səlahiyyətinizə aid deyil.',
    'field.certificatePlaceUnknown': 'Belə mərkəz və ya tədbir yoxdur.',
    'field.certificateSameName': 'Yeni ad köhnə ad ilə eynidir.',
  },
  en: {
    'certificates.notEligible': 'The volunteer has not earned this certificate yet.',
    'certificates.alreadyHeld': 'The volunteer already holds a valid certificate of this type.',
    'certificates.notValid': 'This certificate is no longer valid: it was revoked or replaced by a new one.',
    'certificates.notVolunteer': 'Your account is not linked to a volunteer record yet. Please contact your coordinator.',
    'field.certificateRuleRequired': 'Required for this kind of certificate.',
    'field.certificatePeriodOrder': 'The end date cannot be before the start date.',
    'field.certificateMilestone': 'A milestone is 100, 250 or 500 hours.',
    'field.certificateTypeCode': 'The code is 2–60 characters: lower-case Latin letters, digits and hyphens (e.g. socgov-2025).',
    'field.certificateTypeCodeTaken': 'A certificate type with this code already exists.',
    'field.certificateTypeUnknown': 'No such certificate type.',
    'field.certificateVolunteerUnknown': 'No such volunteer, or not yours to manage.',
    'field.certificatePlaceUnknown': 'No such center or event.',
    'field.certificateSameName': 'The new name is the same as the old one.',
  },
  ru: {
    'certificates.notEligible': 'Волонтёр ещё не заслужил этот сертификат.',
    'certificates.alreadyHeld': 'У волонтёра уже есть действующий сертификат этого вида.',
    'certificates.notValid': 'Этот сертификат больше не действует: он отозван или заменён новым.',
    'certificates.notVolunteer': 'Ваша учётная запись ещё не связана с анкетой волонтёра. Пожалуйста, обратитесь к координатору.',
    'field.certificateRuleRequired': 'Обязательно для этого вида сертификата.',
    'field.certificatePeriodOrder': 'Дата окончания не может быть раньше даты начала.',
    'field.certificateMilestone': 'Рубеж — 100, 250 или 500 часов.',
    'field.certificateTypeCode': 'Код — 2–60 символов: строчные латинские буквы, цифры и дефис (например, socgov-2025).',
    'field.certificateTypeCodeTaken': 'Вид сертификата с таким кодом уже есть.',
    'field.certificateTypeUnknown': 'Такого вида сертификата нет.',
    'field.certificateVolunteerUnknown': 'Такой волонтёр не найден или не в вашем ведении.',
    'field.certificatePlaceUnknown': 'Такого центра или мероприятия нет.',
    'field.certificateSameName': 'Новое имя совпадает со старым.',
  },
});

export const certificateProblems = {
  /** 422 with the reason codes as an extension member (`reasons`), the console says each in words. */
  notEligible: (reasons: readonly string[]) => new ApiProblem(422, 'certificates.notEligible', {}, [], {}, 'CERTIFICATE_NOT_ELIGIBLE', { reasons: [...reasons] }),
  alreadyHeld: () => ApiProblem.conflict('certificates.alreadyHeld', {}, 'CERTIFICATE_ALREADY_HELD'),
  notValid: () => ApiProblem.conflict('certificates.notValid', {}, 'CERTIFICATE_NOT_VALID'),
  notVolunteer: () => ApiProblem.conflict('certificates.notVolunteer', {}, 'NOT_VOLUNTEER'),
};
