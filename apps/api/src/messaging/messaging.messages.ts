import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'field.noRecipients': 'Bu qrupda məktub alacaq heç kim yoxdur.',
    'detail.idempotencyMismatch': 'Bu Idempotency-Key artıq başqa məktub üçün istifadə olunub.',
  },
  en: {
    'field.noRecipients': 'Nobody in this group would receive the message.',
    'detail.idempotencyMismatch': 'This Idempotency-Key was already used for a different message.',
  },
  ru: {
    'field.noRecipients': 'В этой группе нет получателей.',
    'detail.idempotencyMismatch': 'Этот Idempotency-Key уже использован для другого письма.',
  },
});
