import { registerMessages } from '../common/i18n/messages';

// Codes of their own: registerMessages is one global catalogue, and the input pipe's yearOutOfRange (0001–9999)
// must keep its own words.
registerMessages({
  az: {
    'field.calendarYearOutOfRange': 'İl 2000 ilə 2100 arasında olmalıdır.',
    'field.notANonWorkingDay': 'Bu gün onsuz da iş günüdür.',
    'field.rangeTooLong': 'Aralıq ən çoxu 10 il ola bilər.',
  },
  en: {
    'field.calendarYearOutOfRange': 'The year must be between 2000 and 2100.',
    'field.notANonWorkingDay': 'This day is a working day already.',
    'field.rangeTooLong': 'The range may span at most 10 years.',
  },
  ru: {
    'field.calendarYearOutOfRange': 'Год должен быть между 2000 и 2100.',
    'field.notANonWorkingDay': 'Этот день и так рабочий.',
    'field.rangeTooLong': 'Диапазон не может превышать 10 лет.',
  },
});
