import type { FeatureMessages } from '../../i18n/catalogue';

/** People: the staff directory of volunteers ("Könüllülər") and a volunteer's profile. */
export const peopleMessages: FeatureMessages = {
  az: {
    resources: {
      volunteers: {
        name: 'Könüllü |||| Könüllülər',
        fields: {
          fullName: 'Ad, soyad', status: 'Vəziyyət', homeCenter: 'Əsas mərkəz', homeCenterId: 'Mərkəz (tabe mərkəzlərlə birlikdə)', languages: 'Dillər', approvedMinutes: 'Saat',
          reliability: 'Etibarlılıq', lastShiftAt: 'Son növbə', q: 'Ad və ya e-poçt', language: 'Dil', minLevel: 'Minimal səviyyə', qualification: 'Kvalifikasiya',
        },
      },
    },
    people: {
      title: 'Könüllülər',
      empty: 'Bu süzgəclərə uyğun könüllü tapılmadı.',
      all: 'Hamısı',
      anyLevel: 'İstənilən səviyyə',
      exportCsv: 'CSV yüklə',
      exportXlsx: 'Excel yüklə',
      exportFailed: 'Faylı yükləmək alınmadı: %{message}',
      status: { applicant: 'Namizəd', active: 'Aktiv', paused: 'Fasilədə', alumni: 'Məzun', staff: 'Əməkdaş', exited: 'Ayrılıb' },
      sections: {
        contact: 'Əlaqə', languages: 'Dillər və boş vaxt', qualifications: 'Kvalifikasiyalar', shifts: 'Növbələr', hours: 'Saatlar', notes: 'Əməkdaş qeydləri',
        history: 'Status tarixçəsi',
      },
      fields: {
        email: 'E-poçt', phone: 'Telefon', fin: 'FİN', birthDate: 'Doğum tarixi', locale: 'Məktub və ekran dili', memberSince: 'Qeydiyyatdan keçib',
        availability: 'Həftəlik boş vaxt', preferredCenters: 'Üstünlük verdiyi mərkəzlər', skills: 'Bacarıqlar', account: 'Hesab', signupBlocked: 'Növbəyə yazılma bloklanıb',
      },
      localeNames: { az: 'Azərbaycan dili', en: 'İngilis dili', ru: 'Rus dili' },
      noAccount: 'Hələ hesabı yoxdur',
      none: '—',
      fin: { reveal: 'FİN-i göstər', hint: 'Hər baxış audit jurnalında qeyd olunur.', failed: 'FİN-i göstərmək alınmadı: %{message}' },
      shifts: {
        ahead: 'Qarşıdakı', past: 'Keçmiş', none: 'Növbə yoxdur.', shiftCancelled: 'Növbə ləğv edilib',
        assignment: { assigned: 'Təyin olunub', waitlisted: 'Gözləmə siyahısında', cancelled: 'Ləğv edilib', no_show: 'Gəlməyib', completed: 'İştirak edib' },
      },
      hours: {
        approved: 'Təsdiqlənmiş saat', pending: 'Təsdiq gözləyən', reliability: 'Etibarlılıq', attended: 'Gəldiyi növbələr', noShows: 'Gəlmədiyi növbələr',
        open: 'Saat qeydlərinə bax', reliabilityHint: 'Gəldiyi növbələrin bitmiş növbələrə nisbəti',
      },
      notes: { placeholder: 'Qeyd yazın (yalnız əməkdaşlar görür)', add: 'Qeyd əlavə et', none: 'Hələ qeyd yoxdur.', added: 'Qeyd əlavə olundu' },
      history: { system: 'sistem', none: 'Tarixçə boşdur.', by: '%{name}', reasons: { onboarded: 'qəbul prosesi tamamlandı' } },
      actions: {
        title: 'Əməliyyatlar',
        paused: 'Fasiləyə al', active: 'Yenidən aktivləşdir', exited: 'Proqramdan çıxar', alumni: 'Məzun kimi qeyd et', staff: 'Əməkdaş kimi qeyd et', applicant: 'Namizədə qaytar',
        homeCenter: 'Əsas mərkəzi dəyiş',
      },
      dialog: {
        statusTitle: '%{name}: %{action}', homeCenterTitle: '%{name}: Əsas mərkəzi dəyiş', noOtherCenter: 'Seçə biləcəyiniz başqa mərkəz yoxdur: əsas mərkəzi yalnız koordinatoru olduğunuz mərkəzlər arasında dəyişmək olar.', reason: 'Səbəb', reasonOptional: 'Səbəb (istəyə görə)',
        reasonRequired: 'Səbəbi yazın.', center: 'Yeni əsas mərkəz', centerRequired: 'Mərkəzi seçin.', confirm: 'Təsdiqlə', cancel: 'İmtina',
        statusChanged: 'Status dəyişdirildi: %{status}', homeCenterChanged: 'Əsas mərkəz dəyişdirildi',
        statusHint: {
          paused: 'Könüllü fasilə müddətində növbələrə təyin olunmayacaq. Səbəb tarixçədə saxlanılır.',
          active: 'Könüllü yenidən növbələrə yazıla və təyin oluna bilər.',
          exited: 'Proqramdan çıxmaq son addımdır: qayıtmaq üçün yenidən müraciət etmək lazımdır.',
          alumni: 'Könüllü məzunlar siyahısına keçir.', staff: 'Məzun əməkdaş kimi qeyd olunur.', applicant: '',
        },
      },
    },
  },
  en: {
    resources: {
      volunteers: {
        name: 'Volunteer |||| Volunteers',
        fields: {
          fullName: 'Full name', status: 'Status', homeCenter: 'Home center', homeCenterId: 'Center (with the centers under it)', languages: 'Languages', approvedMinutes: 'Hours',
          reliability: 'Reliability', lastShiftAt: 'Last shift', q: 'Name or e-mail', language: 'Language', minLevel: 'Minimum level', qualification: 'Qualification',
        },
      },
    },
    people: {
      title: 'Volunteers',
      empty: 'No volunteers match these filters.',
      all: 'All',
      anyLevel: 'Any level',
      exportCsv: 'Download CSV',
      exportXlsx: 'Download Excel',
      exportFailed: 'Could not download the file: %{message}',
      status: { applicant: 'Applicant', active: 'Active', paused: 'Paused', alumni: 'Alumni', staff: 'Staff', exited: 'Left' },
      sections: {
        contact: 'Contact', languages: 'Languages and availability', qualifications: 'Qualifications', shifts: 'Shifts', hours: 'Hours', notes: 'Staff notes',
        history: 'Status history',
      },
      fields: {
        email: 'E-mail', phone: 'Phone', fin: 'FIN', birthDate: 'Date of birth', locale: 'Language of mail and screens', memberSince: 'Registered',
        availability: 'Weekly availability', preferredCenters: 'Preferred centers', skills: 'Skills', account: 'Account', signupBlocked: 'Self sign-up blocked',
      },
      localeNames: { az: 'Azerbaijani', en: 'English', ru: 'Russian' },
      noAccount: 'No account yet',
      none: '—',
      fin: { reveal: 'Show FIN', hint: 'Every view is recorded in the audit log.', failed: 'Could not show the FIN: %{message}' },
      shifts: {
        ahead: 'Upcoming', past: 'Past', none: 'No shifts.', shiftCancelled: 'Shift cancelled',
        assignment: { assigned: 'Assigned', waitlisted: 'Waitlisted', cancelled: 'Cancelled', no_show: 'No-show', completed: 'Attended' },
      },
      hours: {
        approved: 'Approved hours', pending: 'Awaiting approval', reliability: 'Reliability', attended: 'Shifts attended', noShows: 'No-shows',
        open: 'Open the hour entries', reliabilityHint: 'Shifts attended out of shifts that are over',
      },
      notes: { placeholder: 'Write a note (only staff see it)', add: 'Add note', none: 'No notes yet.', added: 'Note added' },
      history: { system: 'system', none: 'No history.', by: '%{name}', reasons: { onboarded: 'onboarding completed' } },
      actions: {
        title: 'Actions',
        paused: 'Pause', active: 'Reactivate', exited: 'Mark as left', alumni: 'Mark as alumni', staff: 'Mark as staff', applicant: 'Back to applicant',
        homeCenter: 'Change home center',
      },
      dialog: {
        statusTitle: '%{name}: %{action}', homeCenterTitle: '%{name}: Change home center', noOtherCenter: 'There is no other center you may choose: a home center can only be moved between centers you coordinate.', reason: 'Reason', reasonOptional: 'Reason (optional)',
        reasonRequired: 'Write the reason.', center: 'New home center', centerRequired: 'Choose a center.', confirm: 'Confirm', cancel: 'Cancel',
        statusChanged: 'Status changed: %{status}', homeCenterChanged: 'Home center changed',
        statusHint: {
          paused: 'While paused the volunteer is not assigned to shifts. The reason is kept in the history.',
          active: 'The volunteer can sign up and be assigned to shifts again.',
          exited: 'Leaving is final: to come back the person applies again.',
          alumni: 'The volunteer moves to the alumni.', staff: 'The alumnus is recorded as staff.', applicant: '',
        },
      },
    },
  },
  ru: {
    resources: {
      volunteers: {
        name: 'Волонтёр |||| Волонтёры',
        fields: {
          fullName: 'ФИО', status: 'Статус', homeCenter: 'Основной центр', homeCenterId: 'Центр (вместе с подчинёнными)', languages: 'Языки', approvedMinutes: 'Часы',
          reliability: 'Надёжность', lastShiftAt: 'Последняя смена', q: 'Имя или e-mail', language: 'Язык', minLevel: 'Мин. уровень', qualification: 'Квалификация',
        },
      },
    },
    people: {
      title: 'Волонтёры',
      empty: 'Нет волонтёров, подходящих под фильтры.',
      all: 'Все',
      anyLevel: 'Любой уровень',
      exportCsv: 'Скачать CSV',
      exportXlsx: 'Скачать Excel',
      exportFailed: 'Не удалось скачать файл: %{message}',
      status: { applicant: 'Кандидат', active: 'Активен', paused: 'На паузе', alumni: 'Выпускник', staff: 'Сотрудник', exited: 'Выбыл' },
      sections: {
        contact: 'Контакты', languages: 'Языки и свободное время', qualifications: 'Квалификации', shifts: 'Смены', hours: 'Часы', notes: 'Заметки сотрудников',
        history: 'История статуса',
      },
      fields: {
        email: 'E-mail', phone: 'Телефон', fin: 'ФИН', birthDate: 'Дата рождения', locale: 'Язык писем и интерфейса', memberSince: 'Зарегистрирован',
        availability: 'Свободное время в неделю', preferredCenters: 'Предпочитаемые центры', skills: 'Навыки', account: 'Учётная запись', signupBlocked: 'Запись на смены заблокирована',
      },
      localeNames: { az: 'Азербайджанский', en: 'Английский', ru: 'Русский' },
      noAccount: 'Учётной записи пока нет',
      none: '—',
      fin: { reveal: 'Показать ФИН', hint: 'Каждый просмотр записывается в журнал аудита.', failed: 'Не удалось показать ФИН: %{message}' },
      shifts: {
        ahead: 'Предстоящие', past: 'Прошедшие', none: 'Смен нет.', shiftCancelled: 'Смена отменена',
        assignment: { assigned: 'Назначен', waitlisted: 'В листе ожидания', cancelled: 'Отменено', no_show: 'Не пришёл', completed: 'Участвовал' },
      },
      hours: {
        approved: 'Подтверждённые часы', pending: 'Ждут подтверждения', reliability: 'Надёжность', attended: 'Пришёл на смены', noShows: 'Неявки',
        open: 'Открыть записи часов', reliabilityHint: 'Доля смен, на которые пришёл, среди завершённых',
      },
      notes: { placeholder: 'Заметка (видят только сотрудники)', add: 'Добавить заметку', none: 'Заметок пока нет.', added: 'Заметка добавлена' },
      history: { system: 'система', none: 'История пуста.', by: '%{name}', reasons: { onboarded: 'оформление завершено' } },
      actions: {
        title: 'Действия',
        paused: 'Поставить на паузу', active: 'Вернуть в активные', exited: 'Отметить выбытие', alumni: 'Отметить как выпускника', staff: 'Отметить как сотрудника', applicant: 'Вернуть в кандидаты',
        homeCenter: 'Сменить основной центр',
      },
      dialog: {
        statusTitle: '%{name}: %{action}', homeCenterTitle: '%{name}: Сменить основной центр', noOtherCenter: 'Нет другого центра, который вы можете выбрать: основной центр меняется только между центрами, которые вы координируете.', reason: 'Причина', reasonOptional: 'Причина (необязательно)',
        reasonRequired: 'Укажите причину.', center: 'Новый основной центр', centerRequired: 'Выберите центр.', confirm: 'Подтвердить', cancel: 'Отмена',
        statusChanged: 'Статус изменён: %{status}', homeCenterChanged: 'Основной центр изменён',
        statusHint: {
          paused: 'На паузе волонтёра не назначают на смены. Причина сохраняется в истории.',
          active: 'Волонтёр снова может записываться и назначаться на смены.',
          exited: 'Выбытие окончательно: чтобы вернуться, нужно подать заявку снова.',
          alumni: 'Волонтёр переходит в выпускники.', staff: 'Выпускник отмечается как сотрудник.', applicant: '',
        },
      },
    },
  },
};
