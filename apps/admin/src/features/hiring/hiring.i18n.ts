import type { FeatureMessages } from '../../i18n/catalogue';

/** Vacancies, the candidate board, HR's pipeline dashboard and the alumnus's "Vacancies" page. */
export const hiringMessages: FeatureMessages = {
  az: {
    resources: {
      vacancies: {
        name: 'Vakansiya |||| Vakansiyalar',
        fields: {
          title: 'Vəzifə', language: 'Elanın dili', centerId: 'Mərkəz', department: 'Şöbə', description: 'Təsvir', posts: 'Yer sayı',
          opensOn: 'Açılma tarixi', closesOn: 'Bağlanma tarixi', openToAlumni: 'Məzunlar müraciət edə bilər', staffRole: 'İşə götürülən kim olur',
          status: 'Vəziyyət', ownerName: 'Məsul', candidates: 'Namizədlər', q: 'Axtarış',
          requirements: { languages: 'Dillər', minHours: 'Minimum təsdiqlənmiş saat', certificateTypes: 'Tələb olunan sertifikatlar' },
          language_code: 'Dil (məs. en)', level: 'Minimum səviyyə',
          fitWeights: { hours: 'Çəki: saatlar, %', reliability: 'Çəki: etibarlılıq, %', ratings: 'Çəki: qiymətlər, %', languages: 'Çəki: dillər, %', certificates: 'Çəki: sertifikatlar, %' },
        },
      },
    },
    audit: {
      sentences: {
        vacancies: { create: '%{actor} (%{role}) vakansiya yaratdı', update: '%{actor} (%{role}) vakansiyanı dəyişdi', add: '%{actor} (%{role}) vakansiyaya namizəd əlavə etdi' },
        candidates: { move: '%{actor} (%{role}) namizədin mərhələsini dəyişdi', note: '%{actor} (%{role}) namizəd haqqında qeyd yazdı', interview: '%{actor} (%{role}) namizədə müsahibə təyin etdi' },
        hiring: { hired: '%{actor} (%{role}) məzunu işə götürdü (işçi hesabı verildi)', dashboard: { export: '%{actor} (%{role}) işə qəbul panelini ixrac etdi' } },
      },
      entities: { vacancies: 'vakansiya', candidates: 'namizəd', candidate: 'namizəd', 'hiring-dashboard': 'işə qəbul paneli' },
    },
    hiring: {
      menu: { vacancies: 'Vakansiyalar', dashboard: 'İşə qəbul paneli', myVacancies: 'Vakansiyalar' },
      languages: { az: 'Azərbaycanca', en: 'İngiliscə', ru: 'Rusca' },
      statuses: { draft: 'Qaralama', open: 'Açıq', closed: 'Bağlı' },
      staffRoles: { coordinator: 'Mərkəzin koordinatoru (konsola giriş)', staff: 'Əməkdaş (konsola girişsiz)' },
      stages: { sourced: 'Seçilib', contacted: 'Əlaqə saxlanılıb', interview: 'Müsahibə', offer: 'Təklif', hired: 'İşə götürülüb', declined: 'Seçilmədi', withdrawn: 'İmtina edib' },
      moveTo: { contacted: 'Əlaqə saxlanıldı', interview: 'Müsahibəyə', offer: 'Təklif et', hired: 'İşə götür', declined: 'Seçilmədi', withdrawn: 'İmtina etdi' },
      sources: { sourced: 'Hovuzdan seçilib', applied: 'Özü müraciət edib' },
      weightsHelp: 'Uyğunluq balının hissələrinin çəkiləri. Boş qalsa, standart çəkilər işlənir: saatlar 30, etibarlılıq 25, qiymətlər 20, dillər 15, sertifikatlar 10.',
      placeHelp: 'Mərkəz və ya şöbə göstərin. Koordinator vəzifəsi üçün mərkəz mütləqdir.',
      hours: '%{hours} saat',
      board: {
        title: 'Namizədlər lövhəsi', add: 'Namizəd əlavə et', empty: 'Boşdur', outcomes: 'Nəticələr', notes: 'Qeydlər (%{smart_count})',
        moved: 'Namizəd köçürüldü: %{stage}', stale: 'Bu kartı bu arada başqası köçürüb — lövhə yeniləndi.', open: 'Ətraflı',
        dragHint: 'Kartı sütuna sürüşdürün və ya düymələrlə köçürün.', nextInterview: 'Müsahibə: %{date}', hiredStaff: 'İşçi hesabı yaradıldı', postsFilled: 'Bütün yerlər tutulub (%{hired} / %{posts}): daha birini işə götürmək olmaz.',
      },
      add: {
        title: 'Namizəd əlavə et', search: 'Məzunun adı', hint: 'Yalnız iş hovuzuna razılıq vermiş məzunlar göstərilir, uyğunluq balına görə sıralanıb.',
        fit: 'Uyğunluq: %{score}', note: 'İlk qeyd (istəyə görə)', added: 'Namizəd əlavə olundu', none: 'Heç kim tapılmadı',
      },
      candidate: {
        history: 'Mərhələlər', notes: 'Qeydlər', addNote: 'Qeyd əlavə et', noteSaved: 'Qeyd saxlanıldı', interviews: 'Müsahibələr',
        schedule: 'Müsahibə təyin et', startsAt: 'Başlama vaxtı', minutes: 'Müddət (dəqiqə)', place: 'Yer', scheduled: 'Müsahibə təyin edildi, namizədə məktub göndərildi',
        reason: 'Səbəb (istəyə görə)', staffAccount: 'İşçi hesabı: %{role}', locale: 'Məktubların dili', source: 'Mənbə', none: 'Hələ yoxdur',
      },
      dashboard: {
        title: 'İşə qəbul paneli', lead: 'Könüllülərdən məzunlara, məzunlardan DOST əməkdaşlarına qədər bütün yol.',
        from: 'Başlanğıc', to: 'Son', center: 'Mərkəz', cohort: 'Axın (qəbul)', all: 'Hamısı', apply: 'Göstər',
        funnel: 'Huni', byCenter: 'Mərkəzlər üzrə', byCohort: 'Axınlar üzrə', byMonth: 'Aylar üzrə (dövr ərzində)',
        headline: 'Dövrdə işə götürülən əməkdaşların %{share}%-i proqramdan gəlib', headlineNone: 'Dövrdə yeni əməkdaş işə götürülməyib',
        headlineHint: 'Proqramdan: %{fromProgramme}, digər yeni əməkdaşlar: %{otherHires}',
        timeToHire: 'İşə götürmə müddəti', timeToHireValue: 'median %{median} gün, orta %{average} gün (%{smart_count} nəfər)', timeToHireNone: 'Dövrdə işə götürülən yoxdur',
        steps: { volunteers: 'Könüllülər', alumni: 'Məzunlar', optedIn: 'Razılıq verənlər', contacted: 'Əlaqə saxlanılanlar', interviewed: 'Müsahibə keçənlər', hired: 'İşə götürülənlər' },
        conversion: 'əvvəlkinin %{value}%-i', exportXlsx: 'XLSX yüklə', exportCsv: 'CSV yüklə', exportFailed: 'Faylı yükləmək alınmadı', noCenter: 'Mərkəzsiz', noCohort: 'Axınsız',
        vacancies: 'Vakansiyalara keç',
      },
      my: {
        title: 'Vakansiyalar', lead: 'DOST məzunlar üçün açıq vakansiyalar. Müraciət etdikdə kadrlar şöbəsi profilinizi və xidmət tarixçənizi görür.',
        none: 'Hazırda məzunlar üçün açıq vakansiya yoxdur.', apply: 'Müraciət et', applied: 'Müraciət etmisiniz', sent: 'Müraciətiniz göndərildi',
        mine: 'Müraciətlərim', noneMine: 'Hələ müraciətiniz yoxdur.', withdraw: 'Müraciəti geri götür', withdrawn: 'Müraciət geri götürüldü',
        closesOn: 'Son tarix: %{date}', posts: 'Yer sayı: %{posts}', interview: 'Müsahibə: %{date}, %{place}', notAlumni: 'Vakansiyalar yalnız proqramı bitirmiş məzunlar üçündür.',
        requirements: 'Tələblər', hours: 'ən azı %{smart_count} saat xidmət',
      },
    },
  },
  en: {
    resources: {
      vacancies: {
        name: 'Vacancy |||| Vacancies',
        fields: {
          title: 'Position', language: 'Language of the posting', centerId: 'Center', department: 'Department', description: 'Description', posts: 'Posts',
          opensOn: 'Opens on', closesOn: 'Closes on', openToAlumni: 'Alumni may apply', staffRole: 'The person hired becomes',
          status: 'Status', ownerName: 'Owner', candidates: 'Candidates', q: 'Search',
          requirements: { languages: 'Languages', minHours: 'Minimum approved hours', certificateTypes: 'Required certificates' },
          language_code: 'Language (e.g. en)', level: 'Minimum level',
          fitWeights: { hours: 'Weight: hours, %', reliability: 'Weight: reliability, %', ratings: 'Weight: ratings, %', languages: 'Weight: languages, %', certificates: 'Weight: certificates, %' },
        },
      },
    },
    audit: {
      sentences: {
        vacancies: { create: '%{actor} (%{role}) created a vacancy', update: '%{actor} (%{role}) changed a vacancy', add: '%{actor} (%{role}) added a candidate to a vacancy' },
        candidates: { move: '%{actor} (%{role}) moved a candidate', note: '%{actor} (%{role}) wrote a note on a candidate', interview: '%{actor} (%{role}) scheduled a job interview' },
        hiring: { hired: '%{actor} (%{role}) hired an alumnus (staff account given)', dashboard: { export: '%{actor} (%{role}) exported the hiring dashboard' } },
      },
      entities: { vacancies: 'vacancy', candidates: 'candidate', candidate: 'candidate', 'hiring-dashboard': 'hiring dashboard' },
    },
    hiring: {
      menu: { vacancies: 'Vacancies', dashboard: 'Hiring dashboard', myVacancies: 'Vacancies' },
      languages: { az: 'Azerbaijani', en: 'English', ru: 'Russian' },
      statuses: { draft: 'Draft', open: 'Open', closed: 'Closed' },
      staffRoles: { coordinator: 'Coordinator of the center (console access)', staff: 'Staff (no console access)' },
      stages: { sourced: 'Sourced', contacted: 'Contacted', interview: 'Interview', offer: 'Offer', hired: 'Hired', declined: 'Not selected', withdrawn: 'Withdrew' },
      moveTo: { contacted: 'Contacted', interview: 'To interview', offer: 'Make an offer', hired: 'Hire', declined: 'Not selected', withdrawn: 'Withdrew' },
      sources: { sourced: 'Sourced from the pool', applied: 'Applied' },
      weightsHelp: 'Weights of the fit score\'s parts. Left empty, the defaults apply: hours 30, reliability 25, ratings 20, languages 15, certificates 10.',
      placeHelp: 'Give a center or a department. A coordinator post needs a center.',
      hours: '%{hours} hour |||| %{hours} hours',
      board: {
        title: 'Candidate board', add: 'Add a candidate', empty: 'Empty', outcomes: 'Outcomes', notes: 'Notes (%{smart_count})',
        moved: 'Candidate moved: %{stage}', stale: 'Someone moved this card in the meantime — the board was refreshed.', open: 'Details',
        dragHint: 'Drag a card to a column or use the buttons.', nextInterview: 'Interview: %{date}', hiredStaff: 'Staff account created', postsFilled: 'Every post is filled (%{hired} / %{posts}): no one else can be hired.',
      },
      add: {
        title: 'Add a candidate', search: 'Alumnus\'s name', hint: 'Only alumni who opted in to the job pool are shown, sorted by fit score.',
        fit: 'Fit: %{score}', note: 'A first note (optional)', added: 'Candidate added', none: 'Nobody found',
      },
      candidate: {
        history: 'Stages', notes: 'Notes', addNote: 'Add a note', noteSaved: 'Note saved', interviews: 'Interviews',
        schedule: 'Schedule an interview', startsAt: 'Starts at', minutes: 'Duration (minutes)', place: 'Place', scheduled: 'Interview scheduled, the candidate was mailed',
        reason: 'Reason (optional)', staffAccount: 'Staff account: %{role}', locale: 'Mail language', source: 'Source', none: 'None yet',
      },
      dashboard: {
        title: 'Hiring dashboard', lead: 'The whole way from volunteers to alumni to DOST staff.',
        from: 'From', to: 'To', center: 'Center', cohort: 'Cohort (intake)', all: 'All', apply: 'Show',
        funnel: 'Funnel', byCenter: 'By center', byCohort: 'By cohort', byMonth: 'By month (in the period)',
        headline: '%{share}% of the staff hired in the period came from the programme', headlineNone: 'No staff hired in the period',
        headlineHint: 'From the programme: %{fromProgramme}, other new staff: %{otherHires}',
        timeToHire: 'Time to hire', timeToHireValue: 'median %{median} days, average %{average} days (%{smart_count} people)', timeToHireNone: 'Nobody hired in the period',
        steps: { volunteers: 'Volunteers', alumni: 'Alumni', optedIn: 'Opted in', contacted: 'Contacted', interviewed: 'Interviewed', hired: 'Hired' },
        conversion: '%{value}% of the step before', exportXlsx: 'Download XLSX', exportCsv: 'Download CSV', exportFailed: 'The file could not be downloaded', noCenter: 'No center', noCohort: 'No cohort',
        vacancies: 'Go to vacancies',
      },
      my: {
        title: 'Vacancies', lead: 'DOST vacancies open to alumni. When you apply, human resources see your profile and your service history.',
        none: 'There are no vacancies open to alumni right now.', apply: 'Apply', applied: 'You applied', sent: 'Your application was sent',
        mine: 'My applications', noneMine: 'You have no applications yet.', withdraw: 'Withdraw the application', withdrawn: 'Application withdrawn',
        closesOn: 'Closes on %{date}', posts: 'Posts: %{posts}', interview: 'Interview: %{date}, %{place}', notAlumni: 'Vacancies are for alumni who completed the programme.',
        requirements: 'Requirements', hours: 'at least %{smart_count} hours of service',
      },
    },
  },
  ru: {
    resources: {
      vacancies: {
        name: 'Вакансия |||| Вакансии',
        fields: {
          title: 'Должность', language: 'Язык объявления', centerId: 'Центр', department: 'Отдел', description: 'Описание', posts: 'Мест',
          opensOn: 'Дата открытия', closesOn: 'Дата закрытия', openToAlumni: 'Выпускники могут откликнуться', staffRole: 'Кем станет принятый',
          status: 'Статус', ownerName: 'Ответственный', candidates: 'Кандидаты', q: 'Поиск',
          requirements: { languages: 'Языки', minHours: 'Минимум подтверждённых часов', certificateTypes: 'Нужные сертификаты' },
          language_code: 'Язык (например, en)', level: 'Минимальный уровень',
          fitWeights: { hours: 'Вес: часы, %', reliability: 'Вес: надёжность, %', ratings: 'Вес: оценки, %', languages: 'Вес: языки, %', certificates: 'Вес: сертификаты, %' },
        },
      },
    },
    audit: {
      sentences: {
        vacancies: { create: '%{actor} (%{role}) создал(а) вакансию', update: '%{actor} (%{role}) изменил(а) вакансию', add: '%{actor} (%{role}) добавил(а) кандидата в вакансию' },
        candidates: { move: '%{actor} (%{role}) переместил(а) кандидата', note: '%{actor} (%{role}) написал(а) заметку о кандидате', interview: '%{actor} (%{role}) назначил(а) собеседование' },
        hiring: { hired: '%{actor} (%{role}) принял(а) выпускника на работу (выдана учётная запись сотрудника)', dashboard: { export: '%{actor} (%{role}) выгрузил(а) панель найма' } },
      },
      entities: { vacancies: 'вакансия', candidates: 'кандидат', candidate: 'кандидат', 'hiring-dashboard': 'панель найма' },
    },
    hiring: {
      menu: { vacancies: 'Вакансии', dashboard: 'Панель найма', myVacancies: 'Вакансии' },
      languages: { az: 'Азербайджанский', en: 'Английский', ru: 'Русский' },
      statuses: { draft: 'Черновик', open: 'Открыта', closed: 'Закрыта' },
      staffRoles: { coordinator: 'Координатор центра (доступ к консоли)', staff: 'Сотрудник (без доступа к консоли)' },
      stages: { sourced: 'Отобран', contacted: 'Связались', interview: 'Собеседование', offer: 'Предложение', hired: 'Принят', declined: 'Не выбран', withdrawn: 'Отказался' },
      moveTo: { contacted: 'Связались', interview: 'На собеседование', offer: 'Сделать предложение', hired: 'Принять', declined: 'Не выбран', withdrawn: 'Отказался' },
      sources: { sourced: 'Из кадрового резерва', applied: 'Откликнулся сам' },
      weightsHelp: 'Веса частей балла соответствия. Если пусто — стандартные: часы 30, надёжность 25, оценки 20, языки 15, сертификаты 10.',
      placeHelp: 'Укажите центр или отдел. Для должности координатора нужен центр.',
      hours: '%{hours} ч',
      board: {
        title: 'Доска кандидатов', add: 'Добавить кандидата', empty: 'Пусто', outcomes: 'Итоги', notes: 'Заметки (%{smart_count})',
        moved: 'Кандидат перемещён: %{stage}', stale: 'Эту карточку тем временем переместил кто-то другой — доска обновлена.', open: 'Подробнее',
        dragHint: 'Перетащите карточку в колонку или используйте кнопки.', nextInterview: 'Собеседование: %{date}', hiredStaff: 'Учётная запись сотрудника создана', postsFilled: 'Все места заняты (%{hired} / %{posts}): принять ещё одного нельзя.',
      },
      add: {
        title: 'Добавить кандидата', search: 'Имя выпускника', hint: 'Показаны только выпускники, давшие согласие на кадровый резерв, по баллу соответствия.',
        fit: 'Соответствие: %{score}', note: 'Первая заметка (необязательно)', added: 'Кандидат добавлен', none: 'Никого не найдено',
      },
      candidate: {
        history: 'Этапы', notes: 'Заметки', addNote: 'Добавить заметку', noteSaved: 'Заметка сохранена', interviews: 'Собеседования',
        schedule: 'Назначить собеседование', startsAt: 'Начало', minutes: 'Длительность (минут)', place: 'Место', scheduled: 'Собеседование назначено, кандидату отправлено письмо',
        reason: 'Причина (необязательно)', staffAccount: 'Учётная запись сотрудника: %{role}', locale: 'Язык писем', source: 'Источник', none: 'Пока нет',
      },
      dashboard: {
        title: 'Панель найма', lead: 'Весь путь: от волонтёров к выпускникам и к сотрудникам DOST.',
        from: 'С', to: 'По', center: 'Центр', cohort: 'Набор', all: 'Все', apply: 'Показать',
        funnel: 'Воронка', byCenter: 'По центрам', byCohort: 'По наборам', byMonth: 'По месяцам (за период)',
        headline: '%{share}% сотрудников, принятых за период, пришли из программы', headlineNone: 'За период новых сотрудников не принято',
        headlineHint: 'Из программы: %{fromProgramme}, другие новые сотрудники: %{otherHires}',
        timeToHire: 'Срок найма', timeToHireValue: 'медиана %{median} дн., среднее %{average} дн. (%{smart_count} чел.)', timeToHireNone: 'За период никто не принят',
        steps: { volunteers: 'Волонтёры', alumni: 'Выпускники', optedIn: 'Дали согласие', contacted: 'Связались', interviewed: 'Прошли собеседование', hired: 'Приняты' },
        conversion: '%{value}% от предыдущего', exportXlsx: 'Скачать XLSX', exportCsv: 'Скачать CSV', exportFailed: 'Не удалось скачать файл', noCenter: 'Без центра', noCohort: 'Без набора',
        vacancies: 'К вакансиям',
      },
      my: {
        title: 'Вакансии', lead: 'Вакансии DOST, открытые для выпускников. Откликнувшись, вы открываете отделу кадров свой профиль и историю служения.',
        none: 'Сейчас нет вакансий, открытых для выпускников.', apply: 'Откликнуться', applied: 'Вы откликнулись', sent: 'Отклик отправлен',
        mine: 'Мои отклики', noneMine: 'У вас пока нет откликов.', withdraw: 'Отозвать отклик', withdrawn: 'Отклик отозван',
        closesOn: 'До %{date}', posts: 'Мест: %{posts}', interview: 'Собеседование: %{date}, %{place}', notAlumni: 'Вакансии — для выпускников, завершивших программу.',
        requirements: 'Требования', hours: 'не менее %{smart_count} ч служения',
      },
    },
  },
};
