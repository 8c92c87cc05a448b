import { registerMessages } from '../common/i18n/messages';

/** Field errors of an event's intake (docs/debrief.md). */
registerMessages({
  az: {
    'field.eventIntakeQuestions': 'Ən çoxu {max} sual ola bilər.',
    'field.eventIntakeSlug': 'Qısa ad 3–80 simvol olmalıdır: kiçik latın hərfləri, rəqəmlər və defis (məs. socgov-2026).',
    'field.eventIntakeSlugTaken': 'Bu qısa ad başqa qəbulda istifadə olunur.',
    'field.eventIntakeEventOver': 'Tədbir artıq bitib: onun üçün qəbul açmaq olmaz.',
    'field.eventDayUnknown': 'Bu gün tədbirin günlərindən deyil.',
  },
  en: {
    'field.eventIntakeQuestions': 'At most {max} questions.',
    'field.eventIntakeSlug': 'The short name is 3–80 characters: lower-case Latin letters, digits and hyphens (e.g. socgov-2026).',
    'field.eventIntakeSlugTaken': 'Another intake uses this short name.',
    'field.eventIntakeEventOver': 'The event is over: an intake for it cannot be opened.',
    'field.eventDayUnknown': 'This day is not one of the event days.',
  },
  ru: {
    'field.eventIntakeQuestions': 'Не больше {max} вопросов.',
    'field.eventIntakeSlug': 'Короткое имя — 3–80 символов: строчные латинские буквы, цифры и дефис (например, socgov-2026).',
    'field.eventIntakeSlugTaken': 'Это короткое имя уже занято другим набором.',
    'field.eventIntakeEventOver': 'Мероприятие уже прошло: открыть набор на него нельзя.',
    'field.eventDayUnknown': 'Этот день не входит в дни мероприятия.',
  },
});
