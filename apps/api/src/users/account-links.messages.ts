import { registerMessages } from '../common/i18n/messages';

/** Messages of invitations and password links (registered at module load). */
registerMessages({
  az: {
    'detail.alreadyActivated': 'Bu istifadəçi artıq şifrəsini təyin edib; dəvət lazım deyil.',
    'detail.inactiveUser': 'İstifadəçi deaktivdir. Əvvəlcə onu aktivləşdirin.',
    'detail.invalidToken': 'Keçid etibarsızdır, artıq istifadə olunub və ya vaxtı bitib. Yeni keçid istəyin.',
    'field.invalidToken': 'Keçid etibarsızdır, artıq istifadə olunub və ya vaxtı bitib.',
  },
  en: {
    'detail.alreadyActivated': 'This user has already set a password; no invitation is needed.',
    'detail.inactiveUser': 'The user is deactivated. Activate them first.',
    'detail.invalidToken': 'The link is not valid, was already used or has expired. Ask for a new one.',
    'field.invalidToken': 'The link is not valid, was already used or has expired.',
  },
  ru: {
    'detail.alreadyActivated': 'Пользователь уже задал пароль; приглашение не нужно.',
    'detail.inactiveUser': 'Пользователь деактивирован. Сначала активируйте его.',
    'detail.invalidToken': 'Ссылка недействительна, уже использована или устарела. Запросите новую.',
    'field.invalidToken': 'Ссылка недействительна, уже использована или устарела.',
  },
});
