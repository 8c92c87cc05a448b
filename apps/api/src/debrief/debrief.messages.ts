import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'debrief.alreadyAnswered': 'Bu tədbir haqqında rəyinizi artıq göndərmisiniz. Təşəkkür edirik!',
    'debrief.notOpen': 'Rəy forması tədbir bitəndən sonra 30 gün ərzində açıqdır.',
    'debrief.notVolunteer': 'Hesabınız hələ könüllü anketinə bağlanmayıb.',
  },
  en: {
    'debrief.alreadyAnswered': 'You have already sent your feedback on this event. Thank you!',
    'debrief.notOpen': 'The feedback form is open for 30 days after the event ends.',
    'debrief.notVolunteer': 'Your account is not linked to a volunteer record yet.',
  },
  ru: {
    'debrief.alreadyAnswered': 'Вы уже отправили отзыв об этом мероприятии. Спасибо!',
    'debrief.notOpen': 'Форма отзыва открыта 30 дней после окончания мероприятия.',
    'debrief.notVolunteer': 'Ваша учётная запись ещё не связана с анкетой волонтёра.',
  },
});
