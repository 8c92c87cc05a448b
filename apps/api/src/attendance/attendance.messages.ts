import { ApiProblem } from '../common/http/api-problem';
import type { Locale } from '../common/i18n/locale';
import { registerMessages, translate } from '../common/i18n/messages';

registerMessages({
  az: {
    'attendance.kioskToken': 'Kiosk tanınmadı və ya bağlanıb. Koordinator kiosku yenidən açmalıdır.',
    'attendance.codeExpired': 'Bu QR kodun vaxtı keçib. Kioskun ekranındakı təzə kodu skan edin.',
    'attendance.codeInvalid': 'Bu QR kod etibarlı deyil. Kioskun ekranındakı kodu skan edin.',
    'attendance.kioskRevoked': 'Bu kiosk artıq işləmir. Koordinatora müraciət edin.',
    'attendance.notVolunteer': 'Qeydiyyat yalnız könüllülər üçündür: hesabınız könüllü anketinə bağlanmayıb.',
    'attendance.noShiftNow': 'Hazırda burada sizin növbəniz yoxdur.',
    'attendance.tooEarly': 'Növbəyə qeydiyyat hələ açılmayıb: o, Bakı vaxtı ilə saat {time} açılacaq.',
    'attendance.shiftOver': 'Növbəniz Bakı vaxtı ilə saat {time} bitib. Artıq qeydiyyatdan keçmək olmur.',
    'attendance.shiftCancelled': 'Bu növbə ləğv edilib.',
    'attendance.notCheckedIn': 'Siz burada hələ qeydiyyatdan keçməmisiniz, ona görə çıxışı qeyd etmək olmur.',
    'attendance.wrongPin': 'PIN yanlışdır.',
    'attendance.notActive': 'Yalnız aktiv könüllülər qeydiyyatdan keçə bilər.',
    'attendance.offlineFuture': 'Bu qeydin vaxtı serverin saatından irəlidədir. Planşetin saatını yoxlayın.',
    'attendance.offlineTooOld': 'Bu qeyd 72 saatdan köhnədir və qəbul edilə bilməz. Koordinatora müraciət edin.',
    'attendance.notStarted': 'Növbə hələ başlamayıb.',
    'attendance.isNoShow': 'Bu könüllü gəlməyib kimi qeyd olunub. Düzəltmək üçün “gəlmədi” qeydinin düzəlişindən istifadə edin.',
    'attendance.notNoShow': 'Bu təyinat “gəlmədi” kimi qeyd olunmayıb.',
    'attendance.notAssigned': 'Bu təyinat aktiv deyil.',
    'attendance.alreadyAttended': 'Bu könüllü artıq qeydiyyatdan keçib.',
    'attendance.lateAtRequired': 'Gecikmə üçün gəlmə vaxtını göstərin.',
    'field.lateAtOutside': 'Gəlmə vaxtı növbənin başlanğıcı ilə sonu arasında olmalıdır.',
    'field.pinFormat': 'PIN 6 rəqəmdən ibarət olmalıdır.',
    'field.pinTooSimple': 'Bu PIN çox sadədir (eyni rəqəmlər və ya ardıcıllıq). Başqasını seçin.',
    'field.checkOutBeforeIn': 'Çıxış vaxtı gəlmə vaxtından sonra olmalıdır.',
    'field.marksOrAll': 'Qeydləri (marks) və ya “hamısı gəlib” (allPresent) seçin.',
    'field.placeRequired': 'Mərkəz və ya tədbir seçin (yalnız biri).',
  },
  en: {
    'attendance.kioskToken': 'This kiosk is not recognised or has been closed. A coordinator must open it again.',
    'attendance.codeExpired': 'This QR code has expired. Scan the fresh code on the kiosk screen.',
    'attendance.codeInvalid': 'This QR code is not valid. Scan the code on the kiosk screen.',
    'attendance.kioskRevoked': 'This kiosk no longer works. Please ask a coordinator.',
    'attendance.notVolunteer': 'Check-in is for volunteers: your account is not linked to a volunteer record.',
    'attendance.noShiftNow': 'You have no shift here right now.',
    'attendance.tooEarly': 'Check-in for your shift is not open yet. You can check in from {time} (Baku time).',
    'attendance.shiftOver': 'Your shift ended at {time} (Baku time). Check-in is no longer possible.',
    'attendance.shiftCancelled': 'This shift has been cancelled.',
    'attendance.notCheckedIn': 'You have not checked in here yet, so there is nothing to check out of.',
    'attendance.wrongPin': 'The PIN is wrong.',
    'attendance.notActive': 'Only active volunteers can check in.',
    'attendance.offlineFuture': 'This record is ahead of the server’s clock. Check the tablet’s clock.',
    'attendance.offlineTooOld': 'This record is older than 72 hours and cannot be accepted. Please ask a coordinator.',
    'attendance.notStarted': 'The shift has not started yet.',
    'attendance.isNoShow': 'This volunteer is marked as a no-show. Use the no-show correction to change it.',
    'attendance.notNoShow': 'This assignment is not marked as a no-show.',
    'attendance.notAssigned': 'This assignment is not active.',
    'attendance.alreadyAttended': 'This volunteer has already checked in.',
    'attendance.lateAtRequired': 'Give the arrival time for a late mark.',
    'field.lateAtOutside': 'The arrival time must be between the start and the end of the shift.',
    'field.pinFormat': 'The PIN must be 6 digits.',
    'field.pinTooSimple': 'This PIN is too simple (one digit repeated or a run). Choose another.',
    'field.checkOutBeforeIn': 'The check-out must be after the check-in.',
    'field.marksOrAll': 'Send marks or allPresent.',
    'field.placeRequired': 'Choose a center or an event (exactly one).',
  },
  ru: {
    'attendance.kioskToken': 'Киоск не распознан или закрыт. Координатор должен открыть его заново.',
    'attendance.codeExpired': 'Срок действия этого QR-кода истёк. Отсканируйте новый код на экране киоска.',
    'attendance.codeInvalid': 'Этот QR-код недействителен. Отсканируйте код на экране киоска.',
    'attendance.kioskRevoked': 'Этот киоск больше не работает. Обратитесь к координатору.',
    'attendance.notVolunteer': 'Отметка только для волонтёров: ваша учётная запись не связана с анкетой волонтёра.',
    'attendance.noShiftNow': 'Сейчас у вас здесь нет смены.',
    'attendance.tooEarly': 'Отметка на смену ещё не открыта. Отметиться можно с {time} (по бакинскому времени).',
    'attendance.shiftOver': 'Ваша смена закончилась в {time} (по бакинскому времени). Отметиться уже нельзя.',
    'attendance.shiftCancelled': 'Эта смена отменена.',
    'attendance.notCheckedIn': 'Вы ещё не отметили приход здесь, поэтому уход отметить нельзя.',
    'attendance.wrongPin': 'Неверный PIN.',
    'attendance.notActive': 'Отмечаться могут только активные волонтёры.',
    'attendance.offlineFuture': 'Время этой записи опережает часы сервера. Проверьте часы планшета.',
    'attendance.offlineTooOld': 'Эта запись старше 72 часов и не может быть принята. Обратитесь к координатору.',
    'attendance.notStarted': 'Смена ещё не началась.',
    'attendance.isNoShow': 'Волонтёр отмечен как неявка. Чтобы изменить это, используйте исправление неявки.',
    'attendance.notNoShow': 'Это назначение не отмечено как неявка.',
    'attendance.notAssigned': 'Это назначение не действует.',
    'attendance.alreadyAttended': 'Этот волонтёр уже отметился.',
    'attendance.lateAtRequired': 'Укажите время прихода для отметки об опоздании.',
    'field.lateAtOutside': 'Время прихода должно быть между началом и концом смены.',
    'field.pinFormat': 'PIN должен состоять из 6 цифр.',
    'field.pinTooSimple': 'Этот PIN слишком простой (одна цифра или последовательность). Выберите другой.',
    'field.checkOutBeforeIn': 'Время ухода должно быть позже времени прихода.',
    'field.marksOrAll': 'Передайте отметки (marks) или allPresent.',
    'field.placeRequired': 'Выберите центр или мероприятие (только одно).',
  },
});

/** A refusal of a check-in or check-out: its stable code for clients and its sentence in the caller's language. */
export type AttendanceRefusalCode =
  | 'CODE_EXPIRED' | 'CODE_INVALID' | 'KIOSK_REVOKED' | 'NOT_VOLUNTEER' | 'NO_SHIFT_NOW' | 'TOO_EARLY' | 'SHIFT_OVER' | 'SHIFT_CANCELLED'
  | 'NOT_CHECKED_IN' | 'NOT_ACTIVE' | 'OFFLINE_TIME_IN_FUTURE' | 'OFFLINE_TIME_TOO_OLD' | 'WRONG_PIN' | 'NOT_STARTED' | 'IS_NO_SHOW'
  | 'NOT_NO_SHOW' | 'NOT_ASSIGNED' | 'ALREADY_ATTENDED' | 'LATE_AT_REQUIRED';

export const REFUSAL_KEYS: Record<AttendanceRefusalCode, string> = {
  CODE_EXPIRED: 'attendance.codeExpired',
  CODE_INVALID: 'attendance.codeInvalid',
  KIOSK_REVOKED: 'attendance.kioskRevoked',
  NOT_VOLUNTEER: 'attendance.notVolunteer',
  NO_SHIFT_NOW: 'attendance.noShiftNow',
  TOO_EARLY: 'attendance.tooEarly',
  SHIFT_OVER: 'attendance.shiftOver',
  SHIFT_CANCELLED: 'attendance.shiftCancelled',
  NOT_CHECKED_IN: 'attendance.notCheckedIn',
  NOT_ACTIVE: 'attendance.notActive',
  OFFLINE_TIME_IN_FUTURE: 'attendance.offlineFuture',
  OFFLINE_TIME_TOO_OLD: 'attendance.offlineTooOld',
  WRONG_PIN: 'attendance.wrongPin',
  NOT_STARTED: 'attendance.notStarted',
  IS_NO_SHOW: 'attendance.isNoShow',
  NOT_NO_SHOW: 'attendance.notNoShow',
  NOT_ASSIGNED: 'attendance.notAssigned',
  ALREADY_ATTENDED: 'attendance.alreadyAttended',
  LATE_AT_REQUIRED: 'attendance.lateAtRequired',
};

const statusOf = (code: AttendanceRefusalCode): number => {
  if (code === 'WRONG_PIN') return 401;
  if (code === 'NOT_VOLUNTEER') return 403;
  if (code === 'CODE_EXPIRED' || code === 'CODE_INVALID' || code === 'KIOSK_REVOKED') return 422;
  return 409;
};

/**
 * A refused check-in or check-out: a problem (its `code` for clients, its sentence in the caller's
 * language) wherever it escapes to, and a per-item error inside a batch (sync, staff marks).
 */
export class AttendanceRefusal extends ApiProblem {
  constructor(
    readonly refusal: AttendanceRefusalCode,
    params: Record<string, unknown> = {},
  ) {
    super(statusOf(refusal), REFUSAL_KEYS[refusal], params, [], {}, refusal);
  }

  /** The sentence for a batch item. */
  sentence(locale: Locale): string {
    return translate(locale, REFUSAL_KEYS[this.refusal], this.params) ?? this.refusal;
  }
}
