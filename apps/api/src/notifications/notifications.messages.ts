import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'detail.notFailed': 'Yalnız uğursuz olmuş məktub yenidən göndərilə bilər.',
    'detail.invalidUnsubscribeToken': 'Abunəlikdən çıxma keçidi etibarsızdır.',
  },
  en: {
    'detail.notFailed': 'Only a failed message can be retried.',
    'detail.invalidUnsubscribeToken': 'The unsubscribe link is not valid.',
  },
  ru: {
    'detail.notFailed': 'Повторить можно только неотправленное письмо.',
    'detail.invalidUnsubscribeToken': 'Ссылка для отписки недействительна.',
  },
});
