import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'detail.volunteerSameStatus': 'Könüllü artıq bu statusdadır.',
    'detail.volunteerFinalStatus': 'Proqramdan çıxmış könüllünün statusu dəyişdirilə bilməz. Qayıtmaq istəyirsə, yenidən müraciət etməlidir.',
    'detail.volunteerIllegalStatusMove': 'Könüllünün statusu bu cür dəyişə bilməz (məsələn, müraciət edən birbaşa məzun ola bilməz).',
    'detail.volunteerStatusNotAllowed': 'Bu könüllünün statusunu dəyişmək hüququnuz yoxdur.',
    'field.reasonRequired': 'Səbəbi yazın.',
    'field.homeCenterNotYours': 'Yalnız koordinasiya etdiyiniz mərkəzlərdən birini seçin.',
  },
  en: {
    'detail.volunteerSameStatus': 'The volunteer already has this status.',
    'detail.volunteerFinalStatus': 'The status of a person who has left cannot be changed. To come back they apply again.',
    'detail.volunteerIllegalStatusMove': 'The volunteer’s status cannot change this way (e.g. an applicant cannot become an alumnus directly).',
    'detail.volunteerStatusNotAllowed': 'You may not change this volunteer’s status.',
    'field.reasonRequired': 'Write the reason.',
    'field.homeCenterNotYours': 'Choose one of the centers you coordinate.',
  },
  ru: {
    'detail.volunteerSameStatus': 'У волонтёра уже этот статус.',
    'detail.volunteerFinalStatus': 'Статус выбывшего человека изменить нельзя. Чтобы вернуться, нужно подать заявку снова.',
    'detail.volunteerIllegalStatusMove': 'Статус волонтёра так измениться не может (например, кандидат не может сразу стать выпускником).',
    'detail.volunteerStatusNotAllowed': 'Вы не можете менять статус этого волонтёра.',
    'field.reasonRequired': 'Укажите причину.',
    'field.homeCenterNotYours': 'Выберите один из центров, которые вы координируете.',
  },
});
