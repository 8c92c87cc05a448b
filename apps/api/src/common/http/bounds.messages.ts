import { registerMessages } from '../i18n/messages';

/** Messages of the size bounds every list in a request has (issue 18, `@ArrayMaxSize`); registered at load. */
registerMessages({
  az: { 'field.arrayMaxSize': 'Ən çoxu {max} ədəd ola bilər.' },
  en: { 'field.arrayMaxSize': 'At most {max} items.' },
  ru: { 'field.arrayMaxSize': 'Количество не должно превышать {max}.' },
});
