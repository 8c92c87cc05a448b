import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'field.yearMonth': 'Ayı İİİİ-AA formatında daxil edin, məsələn 2026-03.',
    'field.monthRangeOrder': 'Son ay ilk aydan əvvəl ola bilməz.',
    'field.monthRangeTooLong': 'Hesabat ən çoxu {max} ayı əhatə edə bilər.',
    'field.tableNotInReport': 'Bu hesabatda belə cədvəl yoxdur.',
  },
  en: {
    'field.yearMonth': 'Enter the month as YYYY-MM, e.g. 2026-03.',
    'field.monthRangeOrder': 'The last month cannot be before the first.',
    'field.monthRangeTooLong': 'A report covers at most {max} months.',
    'field.tableNotInReport': 'This report has no such table.',
  },
  ru: {
    'field.yearMonth': 'Укажите месяц в формате ГГГГ-ММ, например 2026-03.',
    'field.monthRangeOrder': 'Последний месяц не может быть раньше первого.',
    'field.monthRangeTooLong': 'Отчёт охватывает не более {max} месяцев.',
    'field.tableNotInReport': 'В этом отчёте нет такой таблицы.',
  },
});
