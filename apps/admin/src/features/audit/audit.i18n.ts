import type { FeatureMessages } from '../../i18n/catalogue';

export const auditMessages: FeatureMessages = {
  az: {
    resources: {
      'audit-log': {
        name: 'Audit jurnalı |||| Audit jurnalı',
        fields: { at: 'Vaxt', actorEmail: 'Kim', action: 'Əməliyyat', entity: 'Obyekt', entityId: 'Qeyd', details: 'Ətraflı', q: 'Axtarış' },
      },
    },
  },
  en: {
    resources: {
      'audit-log': {
        name: 'Audit log |||| Audit log',
        fields: { at: 'Time', actorEmail: 'Who', action: 'Action', entity: 'Object', entityId: 'Record', details: 'Details', q: 'Search' },
      },
    },
  },
  ru: {
    resources: {
      'audit-log': {
        name: 'Журнал аудита |||| Журнал аудита',
        fields: { at: 'Время', actorEmail: 'Кто', action: 'Действие', entity: 'Объект', entityId: 'Запись', details: 'Подробности', q: 'Поиск' },
      },
    },
  },
};
