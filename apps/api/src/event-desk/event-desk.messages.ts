import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'field.sameVolunteer': 'Əvəz edən könüllü gəlməyən şəxsin özü ola bilməz.',
    'field.notOnEvent': 'Bu növbə və ya yazılış bu tədbirə aid deyil.',
    'eventDesk.alreadyReplaced': 'Bu yer artıq başqa könüllüyə verilib (başqa təşkilatçı sizdən tez etdi).',
  },
  en: {
    'field.sameVolunteer': 'The standby volunteer cannot be the missing person themselves.',
    'field.notOnEvent': 'This shift or assignment does not belong to this event.',
    'eventDesk.alreadyReplaced': 'This place has already been given to another volunteer (another organiser was quicker).',
  },
  ru: {
    'field.sameVolunteer': 'Замена не может быть тем же волонтёром, который не пришёл.',
    'field.notOnEvent': 'Эта смена или запись не относится к этому мероприятию.',
    'eventDesk.alreadyReplaced': 'Это место уже передано другому волонтёру (другой организатор успел раньше).',
  },
});
