import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'field.languagesFilter': 'Dilləri "en:B2,ru:B1" kimi yazın: iki hərfli dil kodu və CEFR səviyyəsi (A1–C2).',
    'field.talentVacancyUnknown': 'Belə vakansiya yoxdur.',
    'field.savedSearchFilters': 'Bu süzgəc istedad bazasında yoxdur və ya dəyəri düzgün deyil.',
  },
  en: {
    'field.languagesFilter': 'Write languages like "en:B2,ru:B1": a two-letter language code and a CEFR level (A1–C2).',
    'field.talentVacancyUnknown': 'No such vacancy.',
    'field.savedSearchFilters': 'The talent pool has no such filter, or its value is not valid.',
  },
  ru: {
    'field.languagesFilter': 'Укажите языки в виде «en:B2,ru:B1»: двухбуквенный код языка и уровень CEFR (A1–C2).',
    'field.talentVacancyUnknown': 'Такой вакансии нет.',
    'field.savedSearchFilters': 'В базе талантов нет такого фильтра, или его значение неверно.',
  },
});
