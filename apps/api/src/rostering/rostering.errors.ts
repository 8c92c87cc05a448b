import { describeIneligibility, type IneligibilityDetails, type Locale } from '@dost/domain';
import { ApiProblem } from '../common/http/api-problem';
import { registerMessages } from '../common/i18n/messages';
import { qualificationNameFor } from '../qualifications/qualification-names';

registerMessages({
  az: {
    'rostering.reason': '{reason}',
    'rostering.notVolunteer': 'Hesabınız hələ könüllü anketinə bağlanmayıb. Zəhmət olmasa, koordinatorunuzla əlaqə saxlayın.',
    'rostering.already': 'Siz artıq bu növbədəsiniz.',
    'rostering.notLive': 'Bu yazılış artıq aktiv deyil.',
    'rostering.overrideReason': 'Qaydadan kənara çıxmaq üçün səbəb yazın: {reasons}',
    'rostering.keyReused': 'Bu Idempotency-Key başqa sorğu üçün artıq istifadə olunub.',
    'rostering.swapNotOpen': 'Bu dəyişmə təklifi artıq açıq deyil.',
    'rostering.shiftCancelled': 'Bu növbə ləğv edilib.',
    'rostering.slotsBelowAssigned': 'Yerlərin sayı artıq təyin olunmuş könüllülərin sayından az ola bilməz.',
    'rostering.unassigned': 'Koordinator sizi bu növbədən çıxardı.',
    'field.positionOwner': 'Vəzifə növbənin mərkəzinə və ya tədbirinə aid olmalıdır.',
    'field.ownerRequired': 'Mərkəz və ya tədbir seçin (yalnız biri).',
    'field.templateInvalid': 'Şablon düzgün deyil: {errors}.',
    'field.rangeInvalid': 'Tarix aralığı düzgün deyil (ən çoxu 400 gün).',
    'field.isIsoDate': 'Tarixi İİİİ-AA-GG formatında daxil edin.',
    'rostering.runNotReady': 'Bu avtomatik cədvəl tətbiq oluna bilməz: o, hələ hazır deyil, dayandırılıb və ya artıq tətbiq edilib.',
    'rostering.runNotActive': 'Bu avtomatik cədvəl artıq işləmir.',
    'rostering.runActive': 'Bu yer üçün avtomatik doldurma artıq gedir; onun nəticəsini gözləyin və ya dayandırın.',
    'field.rosterRange': 'Tarix aralığı ən çoxu {max} gün ola bilər və başlanğıc sondan əvvəl olmalıdır.',
    'field.rosterPast': 'Keçmiş günlər üçün cədvəl qurmaq olmaz.',
  },
  en: {
    'rostering.reason': '{reason}',
    'rostering.notVolunteer': 'Your account is not linked to a volunteer record yet. Please contact your coordinator.',
    'rostering.already': 'You are already on this shift.',
    'rostering.notLive': 'This sign-up is no longer active.',
    'rostering.overrideReason': 'Give a reason to override: {reasons}',
    'rostering.keyReused': 'This Idempotency-Key was already used for another request.',
    'rostering.swapNotOpen': 'This swap offer is no longer open.',
    'rostering.shiftCancelled': 'This shift has been cancelled.',
    'rostering.slotsBelowAssigned': 'Slots cannot be fewer than the volunteers already assigned.',
    'rostering.unassigned': 'A coordinator removed you from this shift.',
    'field.positionOwner': 'The position must belong to the shift’s center or event.',
    'field.ownerRequired': 'Choose a center or an event (exactly one).',
    'field.templateInvalid': 'The template is not valid: {errors}.',
    'field.rangeInvalid': 'The date range is not valid (400 days at most).',
    'field.isIsoDate': 'Enter a date as YYYY-MM-DD.',
    'rostering.runNotReady': 'This auto-roster cannot be applied: it is not finished yet, was stopped, or was applied already.',
    'rostering.runNotActive': 'This auto-roster is no longer running.',
    'rostering.runActive': 'An auto-fill is already running here; wait for its preview or stop it.',
    'field.rosterRange': 'The range may span {max} days at most, and must start before it ends.',
    'field.rosterPast': 'Days in the past cannot be rostered.',
  },
  ru: {
    'rostering.reason': '{reason}',
    'rostering.notVolunteer': 'Ваша учётная запись ещё не связана с анкетой волонтёра. Пожалуйста, обратитесь к координатору.',
    'rostering.already': 'Вы уже записаны на эту смену.',
    'rostering.notLive': 'Эта запись уже не действует.',
    'rostering.overrideReason': 'Укажите причину исключения из правил: {reasons}',
    'rostering.keyReused': 'Этот Idempotency-Key уже использован для другого запроса.',
    'rostering.swapNotOpen': 'Это предложение обмена уже не действует.',
    'rostering.shiftCancelled': 'Эта смена отменена.',
    'rostering.slotsBelowAssigned': 'Мест не может быть меньше, чем уже назначенных волонтёров.',
    'rostering.unassigned': 'Координатор снял вас с этой смены.',
    'field.positionOwner': 'Позиция должна относиться к центру или мероприятию смены.',
    'field.ownerRequired': 'Выберите центр или мероприятие (только одно).',
    'field.templateInvalid': 'Шаблон заполнен неверно: {errors}.',
    'field.rangeInvalid': 'Неверный диапазон дат (не более 400 дней).',
    'field.isIsoDate': 'Введите дату в формате ГГГГ-ММ-ДД.',
    'rostering.runNotReady': 'Этот автоматический график нельзя применить: он ещё не готов, остановлен или уже применён.',
    'rostering.runNotActive': 'Этот автоматический график уже не выполняется.',
    'rostering.runActive': 'Здесь уже идёт автозаполнение; дождитесь результата или остановите его.',
    'field.rosterRange': 'Диапазон — не более {max} дней, и начало должно быть раньше конца.',
    'field.rosterPast': 'Нельзя составить график на прошедшие дни.',
  },
});

/**
 * 409 with the domain's sentence for the reason, and its code (`COLLIDES`, `FULL`…) for clients; staff
 * assigning someone read it about the volunteer, not addressed to themselves.
 */
export function notEligible(reason: IneligibilityDetails, locale: Locale, audience: 'volunteer' | 'staff' = 'volunteer'): ApiProblem {
  return ApiProblem.conflict('rostering.reason', { reason: describeIneligibility(reason, locale, { audience, qualificationName: qualificationNameFor }) }, reason.code);
}

export const rosteringProblems = {
  notVolunteer: () => new ApiProblem(403, 'rostering.notVolunteer', {}, [], {}, 'NOT_A_VOLUNTEER'),
  already: () => ApiProblem.conflict('rostering.already', {}, 'ALREADY_ON_SHIFT'),
  notLive: () => ApiProblem.conflict('rostering.notLive', {}, 'NOT_LIVE'),
  shiftCancelled: () => ApiProblem.conflict('rostering.shiftCancelled', {}, 'SHIFT_CANCELLED'),
  swapNotOpen: () => ApiProblem.conflict('rostering.swapNotOpen', {}, 'SWAP_NOT_OPEN'),
  keyReused: () => new ApiProblem(422, 'rostering.keyReused', {}, [], {}, 'IDEMPOTENCY_KEY_REUSED'),
  overrideReason: (reasons: string) =>
    new ApiProblem(422, 'rostering.overrideReason', { reasons }, [{ field: 'overrideReason', code: 'isNotEmpty' }], {}, 'OVERRIDE_REASON_REQUIRED'),
  runNotReady: () => ApiProblem.conflict('rostering.runNotReady', {}, 'ROSTER_RUN_NOT_READY'),
  runActive: () => ApiProblem.conflict('rostering.runActive', {}, 'ROSTER_RUN_ACTIVE'),
  runNotActive: () => ApiProblem.conflict('rostering.runNotActive', {}, 'ROSTER_RUN_NOT_ACTIVE'),
  slotsBelowAssigned: () => ApiProblem.conflict('rostering.slotsBelowAssigned', {}, 'SLOTS_BELOW_ASSIGNED'),
};
