import type { FeatureMessages } from '../../i18n/catalogue';

export const usersMessages: FeatureMessages = {
  az: {
    resources: {
      users: {
        name: 'İstifadəçi |||| İstifadəçilər',
        fields: {
          fullName: 'Ad və soyad',
          email: 'E-poçt',
          locale: 'Dil',
          active: 'Fəaldır',
          roles: 'Rollar',
          role: 'Rol',
          centerIds: 'Koordinasiya etdiyi mərkəzlər',
          eventIds: 'Təşkil etdiyi tədbirlər',
          password: 'Şifrə',
          createdAt: 'Yaradılıb',
          q: 'Axtarış',
        },
      },
    },
    users: {
      passwordHint: 'Boş saxlasanız, istifadəçi şifrəni dəvət məktubundakı keçidlə özü təyin edəcək',
      scopeHint: 'Koordinator yalnız seçilmiş mərkəzlərin, təşkilatçı yalnız seçilmiş tədbirlərin məlumatlarını görür',
      revokeHint: 'Rolları və ya əhatəni dəyişmək istifadəçinin bütün sessiyalarını dərhal bağlayır',
    },
  },
  en: {
    resources: {
      users: {
        name: 'User |||| Users',
        fields: {
          fullName: 'Full name',
          email: 'E-mail',
          locale: 'Language',
          active: 'Active',
          roles: 'Roles',
          role: 'Role',
          centerIds: 'Centers coordinated',
          eventIds: 'Events organised',
          password: 'Password',
          createdAt: 'Created',
          q: 'Search',
        },
      },
    },
    users: {
      passwordHint: 'Leave it empty and the user sets a password from the invitation mail',
      scopeHint: 'A coordinator sees only the chosen centers, an organiser only the chosen events',
      revokeHint: 'Changing roles or scope ends all of the user’s sessions at once',
    },
  },
  ru: {
    resources: {
      users: {
        name: 'Пользователь |||| Пользователи',
        fields: {
          fullName: 'Имя и фамилия',
          email: 'E-mail',
          locale: 'Язык',
          active: 'Активен',
          roles: 'Роли',
          role: 'Роль',
          centerIds: 'Координирует центры',
          eventIds: 'Организует мероприятия',
          password: 'Пароль',
          createdAt: 'Создан',
          q: 'Поиск',
        },
      },
    },
    users: {
      passwordHint: 'Оставьте пустым — пользователь задаст пароль по ссылке из письма-приглашения',
      scopeHint: 'Координатор видит только выбранные центры, организатор — только выбранные мероприятия',
      revokeHint: 'Изменение ролей или области доступа сразу завершает все сессии пользователя',
    },
  },
};
