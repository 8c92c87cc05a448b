import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: { 'field.noRecipients': 'Bu qrupda məktub alacaq heç kim yoxdur.' },
  en: { 'field.noRecipients': 'Nobody in this group would receive the message.' },
  ru: { 'field.noRecipients': 'В этой группе нет получателей.' },
});
