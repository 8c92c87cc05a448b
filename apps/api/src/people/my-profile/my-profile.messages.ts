import { registerMessages } from '../../common/i18n/messages';

registerMessages({
  az: {
    'detail.emailChangeLinkInvalid': 'Təsdiq keçidi etibarsızdır, vaxtı bitib və ya artıq istifadə olunub. Profilinizdə yenisini istəyin.',
    'field.noPersonRecord': 'Bu məlumat yalnız könüllülərin (və ya müraciət edənlərin) profilində saxlanılır.',
    'field.sameEmail': 'Bu, artıq hesabınızın e-poçt ünvanıdır.',
  },
  en: {
    'detail.emailChangeLinkInvalid': 'The confirmation link is invalid, expired or already used. Ask for a new one in your profile.',
    'field.noPersonRecord': 'This is kept only on the profile of a volunteer (or applicant).',
    'field.sameEmail': 'This already is your account’s e-mail address.',
  },
  ru: {
    'detail.emailChangeLinkInvalid': 'Ссылка подтверждения недействительна, устарела или уже использована. Запросите новую в профиле.',
    'field.noPersonRecord': 'Эти данные хранятся только в профиле волонтёра (или кандидата).',
    'field.sameEmail': 'Это уже адрес e-mail вашей учётной записи.',
  },
});
