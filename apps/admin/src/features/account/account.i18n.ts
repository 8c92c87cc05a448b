import type { FeatureMessages } from '../../i18n/catalogue';

export const accountMessages: FeatureMessages = {
  az: {
    account: {
      title: 'Hesabım',
      changePassword: 'Şifrəni dəyiş',
      currentPassword: 'Hazırkı şifrə',
      newPassword: 'Yeni şifrə',
      repeatPassword: 'Yeni şifrə (təkrar)',
      mismatch: 'Şifrələr eyni deyil',
      rule: 'Ən azı 10 simvol, hərf və rəqəm',
      changed: 'Şifrə dəyişdirildi. Digər cihazlardakı sessiyalar bağlandı.',
      roles: 'Rollarınız',
    },
  },
  en: {
    account: {
      title: 'My account',
      changePassword: 'Change password',
      currentPassword: 'Current password',
      newPassword: 'New password',
      repeatPassword: 'New password (again)',
      mismatch: 'The passwords differ',
      rule: 'At least 10 characters with letters and digits',
      changed: 'Password changed. Sessions on other devices were ended.',
      roles: 'Your roles',
    },
  },
  ru: {
    account: {
      title: 'Мой аккаунт',
      changePassword: 'Сменить пароль',
      currentPassword: 'Текущий пароль',
      newPassword: 'Новый пароль',
      repeatPassword: 'Новый пароль (ещё раз)',
      mismatch: 'Пароли не совпадают',
      rule: 'Не менее 10 символов, буквы и цифры',
      changed: 'Пароль изменён. Сессии на других устройствах завершены.',
      roles: 'Ваши роли',
    },
  },
};
