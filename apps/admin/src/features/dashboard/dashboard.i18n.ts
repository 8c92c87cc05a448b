import type { FeatureMessages } from '../../i18n/catalogue';

export const dashboardMessages: FeatureMessages = {
  az: {
    dashboard: {
      title: 'İdarə paneli',
      greeting: 'Xoş gördük, %{name}',
      centers: 'Mərkəzlər',
      activeCenters: '%{count} fəal',
      events: 'Tədbirlər',
      upcomingEvents: '%{count} qarşıdadır',
      users: 'İstifadəçilər',
      usersByRole: 'Rollar üzrə istifadəçilər',
      scope: 'Sizin əhatəniz',
    },
  },
  en: {
    dashboard: {
      title: 'Dashboard',
      greeting: 'Welcome back, %{name}',
      centers: 'Centers',
      activeCenters: '%{count} active',
      events: 'Events',
      upcomingEvents: '%{count} upcoming',
      users: 'Users',
      usersByRole: 'Users by role',
      scope: 'Your scope',
    },
  },
  ru: {
    dashboard: {
      title: 'Панель',
      greeting: 'С возвращением, %{name}',
      centers: 'Центры',
      activeCenters: 'активных: %{count}',
      events: 'Мероприятия',
      upcomingEvents: 'предстоящих: %{count}',
      users: 'Пользователи',
      usersByRole: 'Пользователи по ролям',
      scope: 'Ваша область',
    },
  },
};
