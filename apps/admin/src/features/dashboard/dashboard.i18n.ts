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
      applicant: {
        title: 'Müraciətiniz',
        text: 'Müraciətinizin vəziyyətinə e-poçtunuza göndərdiyimiz keçid ilə baxa bilərsiniz. Hələ müraciət etməmisinizsə, açıq qəbullara nəzər salın.',
        apply: 'Açıq qəbullar',
      },
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
      applicant: {
        title: 'Your application',
        text: 'You can follow your application with the link we sent to your e-mail. If you have not applied yet, have a look at the open intakes.',
        apply: 'Open intakes',
      },
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
      applicant: {
        title: 'Ваша заявка',
        text: 'Статус заявки можно посмотреть по ссылке из письма, которое мы вам отправили. Если вы ещё не подавали заявку, посмотрите открытые наборы.',
        apply: 'Открытые наборы',
      },
      scope: 'Ваша область',
    },
  },
};
