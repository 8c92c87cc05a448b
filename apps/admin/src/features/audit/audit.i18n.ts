import type { FeatureMessages } from '../../i18n/catalogue';

export const auditMessages: FeatureMessages = {
  az: {
    resources: {
      'audit-log': {
        name: 'Audit jurnalı |||| Audit jurnalı',
        fields: { at: 'Vaxt', actorEmail: 'Kim', action: 'Əməliyyat (kod)', entity: 'Obyekt', entityId: 'Obyektin ID-si', details: 'Ətraflı', q: 'Axtarış' },
      },
    },
    audit: {
      entities: {
        applications: 'Müraciətlər', application: 'Müraciət', intakes: 'Qəbullar', interviewSlots: 'Müsahibə vaxtları', publicRecruitment: 'İctimai müraciət',
        centers: 'Mərkəzlər', events: 'Tədbirlər', users: 'İstifadəçilər', auth: 'Giriş', messaging: 'Qrup məktubları', notifications: 'Bildirişlər',
        shifts: 'Növbələr', swaps: 'Növbə dəyişmələri', shift_assignment: 'Növbə təyinatı', volunteerShifts: 'Könüllü növbələri',
        rosterRuns: 'Avtomatik doldurma', roster_run: 'Avtomatik doldurma', audit: 'Audit jurnalı', dashboard: 'İdarə paneli', unsubscribe: 'Abunədən çıxma',
      },
    },
  },
  en: {
    resources: {
      'audit-log': {
        name: 'Audit log |||| Audit log',
        fields: { at: 'Time', actorEmail: 'Who', action: 'Action (code)', entity: 'Object', entityId: 'Object ID', details: 'Details', q: 'Search' },
      },
    },
    audit: {
      entities: {
        applications: 'Applications', application: 'Application', intakes: 'Intakes', interviewSlots: 'Interview slots', publicRecruitment: 'Public application',
        centers: 'Centers', events: 'Events', users: 'Users', auth: 'Sign-in', messaging: 'Group messages', notifications: 'Notifications',
        shifts: 'Shifts', swaps: 'Shift swaps', shift_assignment: 'Shift assignment', volunteerShifts: 'Volunteer shifts',
        rosterRuns: 'Auto-fill', roster_run: 'Auto-fill', audit: 'Audit log', dashboard: 'Dashboard', unsubscribe: 'Unsubscribe',
      },
    },
  },
  ru: {
    resources: {
      'audit-log': {
        name: 'Журнал аудита |||| Журнал аудита',
        fields: { at: 'Время', actorEmail: 'Кто', action: 'Действие (код)', entity: 'Объект', entityId: 'ID объекта', details: 'Подробности', q: 'Поиск' },
      },
    },
    audit: {
      entities: {
        applications: 'Заявки', application: 'Заявка', intakes: 'Наборы', interviewSlots: 'Время собеседований', publicRecruitment: 'Публичная заявка',
        centers: 'Центры', events: 'Мероприятия', users: 'Пользователи', auth: 'Вход', messaging: 'Групповые письма', notifications: 'Уведомления',
        shifts: 'Смены', swaps: 'Обмены сменами', shift_assignment: 'Назначение на смену', volunteerShifts: 'Смены волонтёров',
        rosterRuns: 'Автозаполнение', roster_run: 'Автозаполнение', audit: 'Журнал аудита', dashboard: 'Панель', unsubscribe: 'Отписка',
      },
    },
  },
};
