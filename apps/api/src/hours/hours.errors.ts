import { ApiProblem } from '../common/http/api-problem';
import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'hours.notVolunteer': 'Hesabınız hələ könüllü anketinə bağlanmayıb. Zəhmət olmasa, koordinatorunuzla əlaqə saxlayın.',
    'field.hoursReasonRequired': 'Səbəbi yazın — könüllü onu görəcək.',
    'field.hoursDateFuture': 'Gələcək tarix üçün saat əlavə etmək olmaz.',
    'field.hoursDateTooOld': 'Ən çoxu {days} gün əvvələ qədər saat əlavə etmək olar.',
    'field.hoursPlaceRequired': 'Mərkəz və ya tədbir seçin (yalnız biri).',
    'field.hoursPlaceNotServed': 'Yalnız öz mərkəzinizi və ya xidmət etdiyiniz mərkəz və tədbirləri seçə bilərsiniz.',
    'field.hoursPlaceOutOfScope': 'Bu mərkəz və ya tədbir sizin səlahiyyətinizə aid deyil.',
    'field.hoursVolunteerOutOfScope': 'Bu könüllü sizin mərkəzinizə və ya tədbirinizə aid deyil.',
    'field.hoursDayFull': 'Bir gün üçün əl ilə ən çoxu 16 saat əlavə etmək olar; bu tarixə {left} dəqiqə qalıb.',
  },
  en: {
    'hours.notVolunteer': 'Your account is not linked to a volunteer record yet. Please contact your coordinator.',
    'field.hoursReasonRequired': 'Give a reason — the volunteer will see it.',
    'field.hoursDateFuture': 'Hours cannot be added for a future date.',
    'field.hoursDateTooOld': 'Hours can be added for the last {days} days at most.',
    'field.hoursPlaceRequired': 'Choose a center or an event (exactly one).',
    'field.hoursPlaceNotServed': 'Choose your home center, or a center or event where you have served.',
    'field.hoursPlaceOutOfScope': 'This center or event is not yours to manage.',
    'field.hoursVolunteerOutOfScope': 'This volunteer does not belong to your center or event.',
    'field.hoursDayFull': 'At most 16 hours a day can be added by hand; {left} minutes are left for this date.',
  },
  ru: {
    'hours.notVolunteer': 'Ваша учётная запись ещё не связана с анкетой волонтёра. Пожалуйста, обратитесь к координатору.',
    'field.hoursReasonRequired': 'Укажите причину — волонтёр её увидит.',
    'field.hoursDateFuture': 'Нельзя добавить часы за будущую дату.',
    'field.hoursDateTooOld': 'Часы можно добавить не более чем за последние {days} дней.',
    'field.hoursPlaceRequired': 'Выберите центр или мероприятие (только одно).',
    'field.hoursPlaceNotServed': 'Выберите свой центр или центр либо мероприятие, где вы работали.',
    'field.hoursPlaceOutOfScope': 'Этот центр или мероприятие не в вашем ведении.',
    'field.hoursVolunteerOutOfScope': 'Этот волонтёр не относится к вашему центру или мероприятию.',
    'field.hoursDayFull': 'Вручную можно добавить не более 16 часов в день; на эту дату осталось {left} мин.',
  },
});

export const hoursProblems = {
  notVolunteer: () => ApiProblem.conflict('hours.notVolunteer', {}, 'NOT_VOLUNTEER'),
};
