import type { FeatureMessages } from '../../i18n/catalogue';

/** Qualifications: the catalogue (admins), a volunteer's qualifications and the grant dialog, training sessions, expiring ones. */
export const qualificationsMessages: FeatureMessages = {
  az: {
    resources: {
      qualifications: {
        name: 'Kvalifikasiya |||| Kvalifikasiyalar',
        fields: { code: 'Kod', name: { az: 'Ad (azərbaycanca)', en: 'Ad (ingiliscə)', ru: 'Ad (rusca)' }, validityMonths: 'Qüvvədə olma müddəti (ay)', active: 'İstifadədədir' },
      },
    },
    qualifications: {
      menu: { training: 'Təlim qeydiyyatı', expiring: 'Müddəti bitən kvalifikasiyalar' },
      catalogue: {
        title: 'Kvalifikasiyalar kataloqu', noExpiry: 'Müddətsiz', months: '%{smart_count} ay |||| %{smart_count} ay', yes: 'Bəli', no: 'Xeyr',
        codeHint: 'Kiçik latın hərfləri, rəqəmlər və defis (məs. first-aid). Yaradıldıqdan sonra dəyişmir: vəzifələr və verilmiş kvalifikasiyalar bu kodu istifadə edir.',
        validityHint: 'Boş qalsa, kvalifikasiya müddətsizdir. Məs. 24 ay: 15.01.2026 tarixində verilən kvalifikasiya 14.01.2028 daxil olmaqla qüvvədədir.',
        wholeMonths: 'Ayların sayı tam ədəd olmalıdır (1–120).',
      },
      held: {
        title: 'Kvalifikasiyalar', none: 'Kvalifikasiya yoxdur.', grant: 'Kvalifikasiya ver', revoke: 'Geri al', revokeConfirm: '«%{name}» kvalifikasiyası geri alınsın?',
        revoked: 'Kvalifikasiya geri alındı', validUntil: '%{date} tarixinədək (daxil olmaqla)', noExpiry: 'Müddətsiz', expired: 'Müddəti bitib', expiresIn: '%{smart_count} gün qalıb |||| %{smart_count} gün qalıb',
        grantedOn: 'Verilib: %{date}', byTraining: 'təlim əsasında', evidence: 'Sübut',
      },
      grant: {
        title: 'Kvalifikasiya ver', for: 'Könüllü: %{name}', qualification: 'Kvalifikasiya', date: 'Alınma tarixi', evidence: 'Sübut (kurs, sertifikat nömrəsi və s.)',
        fileName: 'Skan edilmiş sənədin adı (istəyə görə)', submit: 'Ver', cancel: 'İmtina', granted: 'Kvalifikasiya verildi', renewed: 'Kvalifikasiya yeniləndi',
        preview: 'Qüvvədədir: %{date} daxil olmaqla', previewNoExpiry: 'Bu kvalifikasiya müddətsizdir',
      },
      training: {
        title: 'Təlim qeydiyyatı', intro: 'Təlimi bir dəfə qeyd edin: seçdiyiniz bütün iştirakçılara kvalifikasiya eyni anda verilir. Eyni təlimi yenidən göndərmək heç kimə ikinci dəfə vermir.',
        qualification: 'Kvalifikasiya', date: 'Təlim tarixi', trainer: 'Təlimçi', notes: 'Qeyd (istəyə görə)', attendees: 'İştirakçılar', search: 'Könüllünü adı ilə axtarın',
        submit: 'Qeyd et və kvalifikasiyanı ver', result: 'Verildi: %{granted}, yeniləndi: %{renewed}, artıq var idi: %{unchanged}', recent: 'Son təlimlər',
        none: 'Hələ təlim qeyd edilməyib.', attendeesCount: '%{smart_count} iştirakçı |||| %{smart_count} iştirakçı', noPeople: 'Heç kim tapılmadı',
      },
      expiring: {
        title: 'Müddəti 30 gün ərzində bitən kvalifikasiyalar', none: 'Yaxın 30 gündə müddəti bitən kvalifikasiya yoxdur.', person: 'Könüllü', center: 'Əsas mərkəz',
        qualification: 'Kvalifikasiya', validUntil: 'Son gün', daysLeft: 'Qalıb', reminded: 'Könüllüyə xatırlatma göndərilib', notReminded: 'Xatırlatma hələ göndərilməyib',
        grant: 'Yenilə',
      },
    },
  },
  en: {
    resources: {
      qualifications: {
        name: 'Qualification |||| Qualifications',
        fields: { code: 'Code', name: { az: 'Name (Azerbaijani)', en: 'Name (English)', ru: 'Name (Russian)' }, validityMonths: 'Valid for (months)', active: 'In use' },
      },
    },
    qualifications: {
      menu: { training: 'Record a training', expiring: 'Expiring qualifications' },
      catalogue: {
        title: 'Qualifications catalogue', noExpiry: 'No expiry', months: '%{smart_count} month |||| %{smart_count} months', yes: 'Yes', no: 'No',
        codeHint: 'Lower-case Latin letters, digits and hyphens (e.g. first-aid). It cannot change later: positions and grants use the code.',
        validityHint: 'Leave empty for no expiry. E.g. 24 months: granted on 15 Jan 2026, valid through 14 Jan 2028.',
        wholeMonths: 'The number of months must be a whole number (1–120).',
      },
      held: {
        title: 'Qualifications', none: 'No qualifications.', grant: 'Grant qualification', revoke: 'Revoke', revokeConfirm: 'Revoke “%{name}”?',
        revoked: 'Qualification revoked', validUntil: 'valid through %{date}', noExpiry: 'No expiry', expired: 'Expired', expiresIn: '%{smart_count} day left |||| %{smart_count} days left',
        grantedOn: 'Granted: %{date}', byTraining: 'by a training session', evidence: 'Evidence',
      },
      grant: {
        title: 'Grant qualification', for: 'Volunteer: %{name}', qualification: 'Qualification', date: 'Earned on', evidence: 'Evidence (course, certificate number…)',
        fileName: 'Name of the scanned document (optional)', submit: 'Grant', cancel: 'Cancel', granted: 'Qualification granted', renewed: 'Qualification renewed',
        preview: 'Valid through %{date}', previewNoExpiry: 'This qualification does not expire',
      },
      training: {
        title: 'Record a training', intro: 'Record the session once: everyone you pick is granted the qualification in one step. Sending the same session again grants nobody twice.',
        qualification: 'Qualification', date: 'Date of the training', trainer: 'Trainer', notes: 'Notes (optional)', attendees: 'Attendees', search: 'Search a volunteer by name',
        submit: 'Record and grant', result: 'Granted: %{granted}, renewed: %{renewed}, already held: %{unchanged}', recent: 'Recent trainings',
        none: 'No trainings recorded yet.', attendeesCount: '%{smart_count} attendee |||| %{smart_count} attendees', noPeople: 'Nobody found',
      },
      expiring: {
        title: 'Qualifications expiring within 30 days', none: 'No qualification expires in the next 30 days.', person: 'Volunteer', center: 'Home center',
        qualification: 'Qualification', validUntil: 'Last valid day', daysLeft: 'Left', reminded: 'The volunteer has been reminded', notReminded: 'Not reminded yet',
        grant: 'Renew',
      },
    },
  },
  ru: {
    resources: {
      qualifications: {
        name: 'Квалификация |||| Квалификации',
        fields: { code: 'Код', name: { az: 'Название (азербайджанский)', en: 'Название (английский)', ru: 'Название (русский)' }, validityMonths: 'Срок действия (месяцев)', active: 'Используется' },
      },
    },
    qualifications: {
      menu: { training: 'Записать обучение', expiring: 'Истекающие квалификации' },
      catalogue: {
        title: 'Каталог квалификаций', noExpiry: 'Бессрочно', months: '%{smart_count} мес.', yes: 'Да', no: 'Нет',
        codeHint: 'Строчные латинские буквы, цифры и дефис (например, first-aid). Потом не меняется: его используют позиции и выданные квалификации.',
        validityHint: 'Пусто — бессрочно. Например, 24 месяца: выдана 15.01.2026, действует по 14.01.2028 включительно.',
        wholeMonths: 'Число месяцев должно быть целым (1–120).',
      },
      held: {
        title: 'Квалификации', none: 'Квалификаций нет.', grant: 'Выдать квалификацию', revoke: 'Отозвать', revokeConfirm: 'Отозвать «%{name}»?',
        revoked: 'Квалификация отозвана', validUntil: 'по %{date} включительно', noExpiry: 'Бессрочно', expired: 'Срок истёк', expiresIn: 'осталось дней: %{smart_count}',
        grantedOn: 'Выдана: %{date}', byTraining: 'по итогам обучения', evidence: 'Подтверждение',
      },
      grant: {
        title: 'Выдать квалификацию', for: 'Волонтёр: %{name}', qualification: 'Квалификация', date: 'Дата получения', evidence: 'Подтверждение (курс, номер сертификата…)',
        fileName: 'Название скана документа (необязательно)', submit: 'Выдать', cancel: 'Отмена', granted: 'Квалификация выдана', renewed: 'Квалификация продлена',
        preview: 'Действует по %{date} включительно', previewNoExpiry: 'Эта квалификация бессрочная',
      },
      training: {
        title: 'Записать обучение', intro: 'Запишите обучение один раз: всем выбранным участникам квалификация выдаётся сразу. Повторная отправка того же обучения никому не выдаёт её дважды.',
        qualification: 'Квалификация', date: 'Дата обучения', trainer: 'Тренер', notes: 'Примечание (необязательно)', attendees: 'Участники', search: 'Найдите волонтёра по имени',
        submit: 'Записать и выдать', result: 'Выдано: %{granted}, продлено: %{renewed}, уже было: %{unchanged}', recent: 'Последние обучения',
        none: 'Обучений пока нет.', attendeesCount: 'участников: %{smart_count}', noPeople: 'Никого не найдено',
      },
      expiring: {
        title: 'Квалификации, истекающие в ближайшие 30 дней', none: 'В ближайшие 30 дней ни одна квалификация не истекает.', person: 'Волонтёр', center: 'Основной центр',
        qualification: 'Квалификация', validUntil: 'Последний день', daysLeft: 'Осталось', reminded: 'Волонтёру отправлено напоминание', notReminded: 'Напоминание ещё не отправлено',
        grant: 'Продлить',
      },
    },
  },
};
