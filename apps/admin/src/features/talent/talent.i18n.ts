import type { FeatureMessages } from '../../i18n/catalogue';

/** HR's talent pool and evidence pack. Azerbaijani first. */
const az = {
  talent: {
    menu: 'İstedad bazası',
    title: 'İstedad bazası',
    intro: 'İşə namizəd olmağa razılıq vermiş məzunlar. Sıralama uyğunluq balına görədir: hər sətirdə balın hissələrinə baxın.',
    filters: {
      q: 'Ad', vacancy: 'Vakansiya (bal onun tələblərinə görə)', noVacancy: 'Vakansiyasız (standart çəkilər)', minHours: 'Ən az saat (cəmi)',
      minHours12m: 'Ən az saat (son 12 ay)', minAttendance: 'Ən az davamiyyət, %', maxNoShows: 'Ən çox gəlməmə', minRating: 'Ən az orta rəy (1–5)',
      language: 'Dil', level: 'Ən az səviyyə', center: 'Xidmət etdiyi mərkəz', positionCode: 'Vəzifə kodu', certificateType: 'Sertifikat növünün kodu',
      educationLevel: 'Təhsil', region: 'Bölgə', availability: 'Məşğulluq', alumniSinceFrom: 'Məzun olub (bu tarixdən)', alumniSinceTo: 'Məzun olub (bu tarixədək)',
      sort: 'Sıralama', any: 'Hamısı', search: 'Axtar', reset: 'Təmizlə', more: 'Daha çox süzgəc', less: 'Az süzgəc',
    },
    sorts: { fitScore: 'Uyğunluq balı', approvedHours: 'Saatlar (cəmi)', hours12m: 'Saatlar (son 12 ay)', attendance: 'Davamiyyət', rating: 'Orta rəy', alumniSince: 'Məzun olma tarixi', fullName: 'Ad' },
    columns: {
      fullName: 'Ad', fit: 'Uyğunluq balı', hours: 'Saatlar', hours12m: 'Son 12 ay', attendance: 'Davamiyyət', noShows: 'Gəlməmə', rating: 'Orta rəy',
      languages: 'Dillər', region: 'Bölgə', alumniSince: 'Məzun olub', actions: '',
    },
    parts: { hours: 'Saatlar', reliability: 'Etibarlılıq', ratings: 'Rəylər', languages: 'Dillər', certificates: 'Sertifikatlar' },
    partLine: '%{part}: %{value} × %{weight} = %{points} bal',
    fitExplain: 'Bal = hissələrin xallarının cəmi ÷ çəkilərin cəmi × 100',
    total: '%{total} nəfər',
    empty: 'Bu süzgəclərə uyğun məzun yoxdur.',
    evidence: 'Sübut paketi',
    addToVacancy: 'Vakansiyaya əlavə et',
    addPick: 'Hansı vakansiyaya?',
    added: 'Namizəd vakansiyaya əlavə olundu.',
    noVacancies: 'Açıq vakansiya yoxdur.',
    saved: {
      title: 'Saxlanmış axtarışlar', save: 'Axtarışı saxla', name: 'Axtarışın adı', none: 'Hələ saxlanmış axtarış yoxdur.', savedOk: 'Axtarış saxlandı.',
      apply: 'Tətbiq et', remove: 'Sil', removed: 'Axtarış silindi.',
    },
    education: { secondary: 'Orta', vocational: 'Peşə', bachelor_student: 'Bakalavr (tələbə)', bachelor: 'Bakalavr', master_student: 'Magistr (tələbə)', master: 'Magistr', doctorate: 'Doktorantura' },
    availabilityKinds: { full_time: 'Tam ştat', part_time: 'Yarım ştat', project: 'Layihə üzrə', not_available: 'Hazırda deyil' },
    pack: {
      title: 'Sübut paketi', back: 'İstedad bazasına qayıt', pdf: 'PDF yüklə', alumniSince: 'Məzun olub', education: 'Təhsil', field: 'İxtisas',
      region: 'Bölgə', availability: 'Məşğulluq', languages: 'Dillər', skills: 'Bacarıqlar', preferredCenters: 'Üstünlük verdiyi mərkəzlər',
      hours: 'Təsdiqlənmiş saatlar', hoursChart: 'İllər üzrə təsdiqlənmiş saatlar', year: 'İl', place: 'Mərkəz / tədbir', position: 'Vəzifə', minutes: 'Saat',
      reliability: 'Etibarlılıq', attended: 'Gəldiyi növbələr', noShows: 'Gəlmədiyi növbələr', attendance: 'Davamiyyət',
      ratings: 'Koordinator rəyləri', punctuality: 'Dəqiqlik', communication: 'Ünsiyyət', service: 'Vətəndaşlara xidmət', teamwork: 'Komanda işi',
      average: 'Orta', comment: 'Şərh', rater: 'Rəy verən', certificates: 'Sertifikatlar', serial: 'Nömrə', verify: 'Yoxla', status: 'Vəziyyət',
      statuses: { valid: 'Qüvvədədir', revoked: 'Ləğv edilib', superseded: 'Əvəzlənib' },
      roles: 'Tədbirlərdəki rollar', event: 'Tədbir', shifts: 'Növbə', shiftCount: '%{smart_count} növbə', certificate: 'Sertifikat', notes: 'Koordinator qeydləri', none: 'Yoxdur', audited: 'Bu səhifəyə baxış və PDF yükləmə jurnala yazılır.',
    },
  },
};

const en = {
  talent: {
    menu: 'Talent pool',
    title: 'Talent pool',
    intro: 'Alumni who agreed to be considered for jobs. Ranked by fit score: open a row\'s score to see its parts.',
    filters: {
      q: 'Name', vacancy: 'Vacancy (score by its requirements)', noVacancy: 'No vacancy (default weights)', minHours: 'Min hours (total)',
      minHours12m: 'Min hours (last 12 months)', minAttendance: 'Min attendance, %', maxNoShows: 'Max no-shows', minRating: 'Min average rating (1–5)',
      language: 'Language', level: 'Min level', center: 'Center served', positionCode: 'Position code', certificateType: 'Certificate type code',
      educationLevel: 'Education', region: 'Region', availability: 'Availability', alumniSinceFrom: 'Alumni since (from)', alumniSinceTo: 'Alumni since (to)',
      sort: 'Sort by', any: 'Any', search: 'Search', reset: 'Clear', more: 'More filters', less: 'Fewer filters',
    },
    sorts: { fitScore: 'Fit score', approvedHours: 'Hours (total)', hours12m: 'Hours (last 12 months)', attendance: 'Attendance', rating: 'Average rating', alumniSince: 'Alumni since', fullName: 'Name' },
    columns: {
      fullName: 'Name', fit: 'Fit score', hours: 'Hours', hours12m: 'Last 12 months', attendance: 'Attendance', noShows: 'No-shows', rating: 'Avg rating',
      languages: 'Languages', region: 'Region', alumniSince: 'Alumni since', actions: '',
    },
    parts: { hours: 'Hours', reliability: 'Reliability', ratings: 'Ratings', languages: 'Languages', certificates: 'Certificates' },
    partLine: '%{part}: %{value} × %{weight} = %{points} points',
    fitExplain: 'Score = sum of the parts\' points ÷ sum of the weights × 100',
    total: '%{total} people',
    empty: 'No alumni match these filters.',
    evidence: 'Evidence pack',
    addToVacancy: 'Add to vacancy',
    addPick: 'Which vacancy?',
    added: 'Added to the vacancy as a candidate.',
    noVacancies: 'No open vacancies.',
    saved: {
      title: 'Saved searches', save: 'Save search', name: 'Search name', none: 'No saved searches yet.', savedOk: 'Search saved.',
      apply: 'Apply', remove: 'Delete', removed: 'Search deleted.',
    },
    education: { secondary: 'Secondary', vocational: 'Vocational', bachelor_student: 'Bachelor (student)', bachelor: 'Bachelor', master_student: 'Master (student)', master: 'Master', doctorate: 'Doctorate' },
    availabilityKinds: { full_time: 'Full time', part_time: 'Part time', project: 'Project-based', not_available: 'Not available now' },
    pack: {
      title: 'Evidence pack', back: 'Back to the talent pool', pdf: 'Download PDF', alumniSince: 'Alumni since', education: 'Education', field: 'Field of study',
      region: 'Region', availability: 'Availability', languages: 'Languages', skills: 'Skills', preferredCenters: 'Preferred centers',
      hours: 'Approved hours', hoursChart: 'Approved hours by year', year: 'Year', place: 'Center / event', position: 'Position', minutes: 'Hours',
      reliability: 'Reliability', attended: 'Shifts attended', noShows: 'No-shows', attendance: 'Attendance',
      ratings: 'Coordinator ratings', punctuality: 'Punctuality', communication: 'Communication', service: 'Service to citizens', teamwork: 'Teamwork',
      average: 'Average', comment: 'Comment', rater: 'Rated by', certificates: 'Certificates', serial: 'Serial', verify: 'Verify', status: 'Status',
      statuses: { valid: 'Valid', revoked: 'Revoked', superseded: 'Superseded' },
      roles: 'Roles at events', event: 'Event', shifts: 'Shifts', shiftCount: '%{smart_count} shift |||| %{smart_count} shifts', certificate: 'Certificate', notes: 'Coordinator notes', none: 'None', audited: 'Viewing this page and downloading the PDF are recorded in the audit log.',
    },
  },
};

const ru = {
  talent: {
    menu: 'Кадровый резерв',
    title: 'Кадровый резерв',
    intro: 'Выпускники, согласившиеся рассматриваться на вакансии. Порядок — по баллу соответствия: раскройте балл, чтобы увидеть его части.',
    filters: {
      q: 'Имя', vacancy: 'Вакансия (балл по её требованиям)', noVacancy: 'Без вакансии (веса по умолчанию)', minHours: 'Мин. часов (всего)',
      minHours12m: 'Мин. часов (12 месяцев)', minAttendance: 'Мин. явка, %', maxNoShows: 'Макс. неявок', minRating: 'Мин. средняя оценка (1–5)',
      language: 'Язык', level: 'Мин. уровень', center: 'Центр службы', positionCode: 'Код должности', certificateType: 'Код типа сертификата',
      educationLevel: 'Образование', region: 'Регион', availability: 'Занятость', alumniSinceFrom: 'Выпускник с (от)', alumniSinceTo: 'Выпускник с (до)',
      sort: 'Сортировка', any: 'Любой', search: 'Найти', reset: 'Сбросить', more: 'Больше фильтров', less: 'Меньше фильтров',
    },
    sorts: { fitScore: 'Балл соответствия', approvedHours: 'Часы (всего)', hours12m: 'Часы (12 месяцев)', attendance: 'Явка', rating: 'Средняя оценка', alumniSince: 'Дата выпуска', fullName: 'Имя' },
    columns: {
      fullName: 'Имя', fit: 'Балл соответствия', hours: 'Часы', hours12m: 'За 12 месяцев', attendance: 'Явка', noShows: 'Неявки', rating: 'Ср. оценка',
      languages: 'Языки', region: 'Регион', alumniSince: 'Выпускник с', actions: '',
    },
    parts: { hours: 'Часы', reliability: 'Надёжность', ratings: 'Оценки', languages: 'Языки', certificates: 'Сертификаты' },
    partLine: '%{part}: %{value} × %{weight} = %{points} балла',
    fitExplain: 'Балл = сумма баллов частей ÷ сумма весов × 100',
    total: 'Человек: %{total}',
    empty: 'Нет выпускников, подходящих под фильтры.',
    evidence: 'Пакет подтверждений',
    addToVacancy: 'Добавить в вакансию',
    addPick: 'В какую вакансию?',
    added: 'Кандидат добавлен в вакансию.',
    noVacancies: 'Открытых вакансий нет.',
    saved: {
      title: 'Сохранённые поиски', save: 'Сохранить поиск', name: 'Название поиска', none: 'Сохранённых поисков пока нет.', savedOk: 'Поиск сохранён.',
      apply: 'Применить', remove: 'Удалить', removed: 'Поиск удалён.',
    },
    education: { secondary: 'Среднее', vocational: 'Профессиональное', bachelor_student: 'Бакалавриат (студент)', bachelor: 'Бакалавр', master_student: 'Магистратура (студент)', master: 'Магистр', doctorate: 'Докторантура' },
    availabilityKinds: { full_time: 'Полная занятость', part_time: 'Частичная занятость', project: 'Проектная работа', not_available: 'Сейчас не готов(а)' },
    pack: {
      title: 'Пакет подтверждений', back: 'Назад в кадровый резерв', pdf: 'Скачать PDF', alumniSince: 'Выпускник с', education: 'Образование', field: 'Специальность',
      region: 'Регион', availability: 'Занятость', languages: 'Языки', skills: 'Навыки', preferredCenters: 'Предпочтительные центры',
      hours: 'Подтверждённые часы', hoursChart: 'Подтверждённые часы по годам', year: 'Год', place: 'Центр / мероприятие', position: 'Должность', minutes: 'Часы',
      reliability: 'Надёжность', attended: 'Смены с явкой', noShows: 'Неявки', attendance: 'Явка',
      ratings: 'Оценки координаторов', punctuality: 'Пунктуальность', communication: 'Общение', service: 'Обслуживание граждан', teamwork: 'Командная работа',
      average: 'Среднее', comment: 'Комментарий', rater: 'Оценил(а)', certificates: 'Сертификаты', serial: 'Номер', verify: 'Проверить', status: 'Статус',
      statuses: { valid: 'Действует', revoked: 'Отозван', superseded: 'Заменён' },
      roles: 'Роли на мероприятиях', event: 'Мероприятие', shifts: 'Смен', shiftCount: '%{smart_count} смена |||| %{smart_count} смены |||| %{smart_count} смен', certificate: 'Сертификат', notes: 'Заметки координаторов', none: 'Нет', audited: 'Просмотр этой страницы и скачивание PDF записываются в журнал аудита.',
    },
  },
};

export const talentMessages: FeatureMessages = { az, en, ru };
