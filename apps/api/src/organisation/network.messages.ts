import { registerMessages } from '../common/i18n/messages';

// Why a center may not hang where an admin tried to put it (@dost/domain parentProblem).
registerMessages({
  az: {
    'field.selfParent': 'Mərkəz özünün üst mərkəzi ola bilməz.',
    'field.cycle': 'Mərkəzi öz tabeliyindəki mərkəzin altına keçirmək olmaz.',
    'field.kindNotBelowParent': 'Mərkəzin növü üst mərkəzin növündən aşağı olmalıdır (milli → regional → rayon → "Smart DOST").',
    'field.unknownParent': 'Belə üst mərkəz yoxdur.',
    'field.childrenNotBelow': 'Bu növdə olarsa, tabeliyindəki mərkəzlər ondan aşağı qalmır.',
  },
  en: {
    'field.selfParent': 'A center cannot be its own parent.',
    'field.cycle': 'A center cannot move under a center below it.',
    'field.kindNotBelowParent': "The center's kind must be below its parent's (national → regional → district → Smart DOST).",
    'field.unknownParent': 'There is no such parent center.',
    'field.childrenNotBelow': 'With this kind its own centers would no longer be below it.',
  },
  ru: {
    'field.selfParent': 'Центр не может быть родителем самого себя.',
    'field.cycle': 'Нельзя перенести центр под подчинённый ему центр.',
    'field.kindNotBelowParent': 'Тип центра должен быть ниже типа вышестоящего (национальный → региональный → районный → «Smart DOST»).',
    'field.unknownParent': 'Такого вышестоящего центра нет.',
    'field.childrenNotBelow': 'С этим типом подчинённые центры окажутся не ниже него.',
  },
});
