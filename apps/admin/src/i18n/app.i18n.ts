import type { FeatureMessages } from './catalogue';

/** The shell: app name, menu, login, language switch, roles, common words. */
export const appMessages: FeatureMessages = {
  az: {
    app: {
      name: 'Könüllü DOST',
      tagline: 'DOST Agentliyinin könüllülük proqramı',
      language: 'Dil',
      languages: { az: 'Azərbaycanca', en: 'English', ru: 'Русский' },
      demo: 'demo',
      login: {
        title: 'Könüllü DOST-a xoş gəlmisiniz',
        subtitle: 'Koordinator, təşkilatçı və əməkdaşlar üçün giriş',
        email: 'E-poçt',
        password: 'Şifrə',
        submit: 'Daxil ol',
        failed: 'E-poçt və ya şifrə yanlışdır.',
        forgot: 'Şifrəni unutmusunuz?',
      },
      menu: { dashboard: 'İdarə paneli', account: 'Hesabım', administration: 'İdarəetmə' },
      roles: {
        admin: 'Administrator',
        hr: 'İnsan resursları',
        coordinator: 'Koordinator',
        organizer: 'Təşkilatçı',
        volunteer: 'Könüllü',
        applicant: 'Namizəd',
      },
      errors: { network: 'Serverlə əlaqə yoxdur. Bir az sonra yenidən cəhd edin.' },
    },
  },
  en: {
    app: {
      name: 'Könüllü DOST',
      tagline: 'The volunteer programme of the DOST Agency',
      language: 'Language',
      languages: { az: 'Azərbaycanca', en: 'English', ru: 'Русский' },
      demo: 'demo',
      login: {
        title: 'Welcome to Könüllü DOST',
        subtitle: 'Sign in for coordinators, organisers and staff',
        email: 'E-mail',
        password: 'Password',
        submit: 'Sign in',
        failed: 'The e-mail or password is wrong.',
        forgot: 'Forgot your password?',
      },
      menu: { dashboard: 'Dashboard', account: 'My account', administration: 'Administration' },
      roles: {
        admin: 'Administrator',
        hr: 'Human resources',
        coordinator: 'Coordinator',
        organizer: 'Organiser',
        volunteer: 'Volunteer',
        applicant: 'Applicant',
      },
      errors: { network: 'The server cannot be reached. Please try again shortly.' },
    },
  },
  ru: {
    app: {
      name: 'Könüllü DOST',
      tagline: 'Волонтёрская программа Агентства DOST',
      language: 'Язык',
      languages: { az: 'Azərbaycanca', en: 'English', ru: 'Русский' },
      demo: 'демо',
      login: {
        title: 'Добро пожаловать в Könüllü DOST',
        subtitle: 'Вход для координаторов, организаторов и сотрудников',
        email: 'E-mail',
        password: 'Пароль',
        submit: 'Войти',
        failed: 'Неверный e-mail или пароль.',
        forgot: 'Забыли пароль?',
      },
      menu: { dashboard: 'Панель', account: 'Мой аккаунт', administration: 'Администрирование' },
      roles: {
        admin: 'Администратор',
        hr: 'Отдел кадров',
        coordinator: 'Координатор',
        organizer: 'Организатор',
        volunteer: 'Волонтёр',
        applicant: 'Кандидат',
      },
      errors: { network: 'Нет связи с сервером. Повторите попытку позже.' },
    },
  },
};
