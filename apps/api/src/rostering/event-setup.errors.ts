import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'field.isTime': 'Vaxtı SS:DD formatında daxil edin.',
    'field.dateInPast': 'Keçmiş günə növbə yaratmaq olmaz.',
    'field.unknownRegion': 'Belə bölgə yoxdur: {values}.',
    'field.unknownCenter': 'Belə mərkəz yoxdur.',
    'field.removeTooFew': 'Yerləri {slots}-ə endirmək üçün növbədən ən azı {needed} nəfəri çıxarmaq lazımdır.',
    'field.notOnShift': 'Seçilən şəxs bu növbədə deyil.',
  },
  en: {
    'field.isTime': 'Enter a time as HH:MM.',
    'field.dateInPast': 'Shifts cannot be created on a day in the past.',
    'field.unknownRegion': 'No such region: {values}.',
    'field.unknownCenter': 'No such center.',
    'field.removeTooFew': 'To reduce the slots to {slots}, remove at least {needed} people from the shift.',
    'field.notOnShift': 'The person chosen is not on this shift.',
  },
  ru: {
    'field.isTime': 'Введите время в формате ЧЧ:ММ.',
    'field.dateInPast': 'Нельзя создавать смены на прошедший день.',
    'field.unknownRegion': 'Такого региона нет: {values}.',
    'field.unknownCenter': 'Такого центра нет.',
    'field.removeTooFew': 'Чтобы сократить число мест до {slots}, снимите со смены не меньше {needed} чел.',
    'field.notOnShift': 'Выбранный человек не записан на эту смену.',
  },
});
