import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'field.qualificationCode': 'Kod 2–60 simvol olmalıdır: kiçik latın hərfləri, rəqəmlər və defis (məs. first-aid).',
    'field.qualificationCodeTaken': 'Bu kodla kvalifikasiya artıq kataloqda var.',
    'field.qualificationUnknown': 'Kataloqda belə kvalifikasiya yoxdur.',
    'field.qualificationInactive': 'Bu kvalifikasiya artıq istifadə olunmur (kataloqda deaktiv edilib).',
    'field.qualificationDateFuture': 'Tarix gələcəkdə ola bilməz.',
    'field.qualificationDateTooOld': 'Tarix çox köhnədir.',
    'field.qualificationCenter': 'Bu mərkəz sizin səlahiyyətinizə aid deyil.',
    'field.qualificationAttendees': 'Siyahıda sizin səlahiyyətinizə aid olmayan və ya tapılmayan könüllülər var.',
  },
  en: {
    'field.qualificationCode': 'The code is 2–60 characters: lower-case Latin letters, digits and hyphens (e.g. first-aid).',
    'field.qualificationCodeTaken': 'A qualification with this code is already in the catalogue.',
    'field.qualificationUnknown': 'No such qualification in the catalogue.',
    'field.qualificationInactive': 'This qualification is no longer in use (deactivated in the catalogue).',
    'field.qualificationDateFuture': 'The date cannot be in the future.',
    'field.qualificationDateTooOld': 'The date is too far in the past.',
    'field.qualificationCenter': 'This center is not yours to manage.',
    'field.qualificationAttendees': 'Some of these volunteers were not found or are not yours to manage.',
  },
  ru: {
    'field.qualificationCode': 'Код — от 2 до 60 символов: строчные латинские буквы, цифры и дефис (например, first-aid).',
    'field.qualificationCodeTaken': 'Квалификация с таким кодом уже есть в каталоге.',
    'field.qualificationUnknown': 'Такой квалификации нет в каталоге.',
    'field.qualificationInactive': 'Эта квалификация больше не используется (отключена в каталоге).',
    'field.qualificationDateFuture': 'Дата не может быть в будущем.',
    'field.qualificationDateTooOld': 'Дата слишком давняя.',
    'field.qualificationCenter': 'Этот центр не относится к вашим.',
    'field.qualificationAttendees': 'Некоторые из этих волонтёров не найдены или не относятся к вашим.',
  },
});
