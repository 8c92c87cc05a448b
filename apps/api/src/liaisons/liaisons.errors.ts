import { ApiProblem } from '../common/http/api-problem';
import { registerMessages } from '../common/i18n/messages';

registerMessages({
  az: {
    'field.liaisonRunUnknown': 'Seçilmiş uyğunlaşdırma bu tədbirin əlaqələndiricilərinə aid deyil.',
    'liaisons.nothingToMatch': 'Uyğunlaşdırılacaq növbə yoxdur: tədbirin nümayəndə heyətlərinin (və ya VIP qonaqlarının) qarşıdakı proqramı və ya gəliş vaxtı yoxdur.',
  },
  en: {
    'field.liaisonRunUnknown': 'This is not a liaison matching of this event.',
    'liaisons.nothingToMatch': 'Nothing to match: the event’s delegations (or VIP guests) have no programme or arrival ahead.',
  },
  ru: {
    'field.liaisonRunUnknown': 'Это не подбор сопровождающих этого мероприятия.',
    'liaisons.nothingToMatch': 'Нечего подбирать: у делегаций (или VIP-гостей) мероприятия нет предстоящей программы или времени прибытия.',
  },
});

export const liaisonProblems = {
  nothingToMatch: () => ApiProblem.conflict('liaisons.nothingToMatch', {}, 'LIAISON_NOTHING_TO_MATCH'),
};
