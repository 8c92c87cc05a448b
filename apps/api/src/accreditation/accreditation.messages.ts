import { registerMessages } from '../common/i18n/messages';

/** Field errors of the accreditation routes (docs/accreditation.md), az first. */
registerMessages({
  az: {
    'field.zoneColor': 'Rəngi #RRGGBB şəklində yazın (məs. #C62828).',
    'field.zoneNameTaken': 'Bu tədbirdə belə adlı zona artıq var.',
    'field.zoneUnknown': 'Bu zona bu tədbirə aid deyil.',
    'field.zonePositionUnknown': 'Bu vəzifə bu tədbirə aid deyil.',
    'field.badgeUnknown': 'Belə qüvvədə olan badj yoxdur (bəlkə artıq əvəz olunub).',
    'field.badgeToken': 'QR kodu oxunmadı: kod yalnız latın hərfləri, rəqəmlər, «-» və «_» ola bilər.',
  },
  en: {
    'field.zoneColor': 'Write the colour as #RRGGBB (e.g. #C62828).',
    'field.zoneNameTaken': 'This event already has a zone with this name.',
    'field.zoneUnknown': 'This zone does not belong to this event.',
    'field.zonePositionUnknown': 'This position does not belong to this event.',
    'field.badgeUnknown': 'No such live badge (it may have been replaced already).',
    'field.badgeToken': 'The QR code was not read: the code has only Latin letters, digits, "-" and "_".',
  },
  ru: {
    'field.zoneColor': 'Укажите цвет в виде #RRGGBB (например, #C62828).',
    'field.zoneNameTaken': 'У этого мероприятия уже есть зона с таким названием.',
    'field.zoneUnknown': 'Эта зона не относится к этому мероприятию.',
    'field.zonePositionUnknown': 'Эта роль не относится к этому мероприятию.',
    'field.badgeUnknown': 'Такого действующего бейджа нет (возможно, он уже заменён).',
    'field.badgeToken': 'QR-код не прочитан: в коде только латинские буквы, цифры, «-» и «_».',
  },
});
