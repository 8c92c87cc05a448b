import type { FeatureMessages } from '../../i18n/catalogue';

/** Reports: a center by month, the network, an event. Azerbaijani first. */
const az = {
  reports: {
    menu: 'Hesabatlar',
    title: 'Hesabatlar',
    tabs: { national: 'Ölkə üzrə', center: 'Mərkəz üzrə', event: 'Tədbir üzrə' },
    from: 'İlk ay', to: 'Son ay', center: 'Mərkəz', event: 'Tədbir', show: 'Göstər',
    pickCenter: 'Mərkəz seçin.', pickEvent: 'Tədbir seçin.', empty: 'Bu dövrdə məlumat yoxdur.',
    downloadCsv: 'CSV yüklə', downloadXlsx: 'Excel yüklə', download: 'Yüklə',
    sections: {
      months: 'Aylar üzrə', regions: 'Bölgələr üzrə', centers: 'Mərkəzlər üzrə', roles: 'Vəzifələr üzrə', hours: 'Saatlar üzrə',
      hoursChart: 'Təsdiqlənmiş saatlar və fəal könüllülər', ratesChart: 'Növbələrin doluluğu və gəlməmə, %', coverageChart: 'Yerlər, tutulanlar və gələnlər',
    },
    columns: {
      month: 'Ay', approvedHours: 'Təsdiqlənmiş saatlar', activeVolunteers: 'Fəal könüllülər', slots: 'Yerlər', filled: 'Tutulmuş yerlər', fillRate: 'Doluluq',
      attended: 'Gələnlər', noShows: 'Gəlməyənlər', noShowRate: 'Gəlməmə', newVolunteers: 'Yeni könüllülər', eventHours: 'Tədbir saatları',
      eventVolunteers: 'Tədbirlərdə fəal könüllülər', region: 'Bölgə', centers: 'Mərkəz sayı', center: 'Mərkəz', role: 'Vəzifə', hour: 'Saat',
    },
    totals: 'Cəmi',
    noRole: 'Vəzifəsiz (əl ilə yazılan saatlar)',
    totalsNote: 'Cəmi sətrində könüllü dövr ərzində bir dəfə sayılır; tədbir saatları mərkəzlərin saatlarına qatılmır.',
  },
};

const en = {
  reports: {
    menu: 'Reports',
    title: 'Reports',
    tabs: { national: 'Network', center: 'Center', event: 'Event' },
    from: 'First month', to: 'Last month', center: 'Center', event: 'Event', show: 'Show',
    pickCenter: 'Choose a center.', pickEvent: 'Choose an event.', empty: 'Nothing in this period.',
    downloadCsv: 'CSV', downloadXlsx: 'Excel (XLSX)', download: 'Download',
    sections: {
      months: 'By month', regions: 'By region', centers: 'By center', roles: 'By role', hours: 'By hour',
      hoursChart: 'Approved hours and active volunteers', ratesChart: 'Shifts filled and no-shows, %', coverageChart: 'Places, filled and attended',
    },
    columns: {
      month: 'Month', approvedHours: 'Approved hours', activeVolunteers: 'Active volunteers', slots: 'Places', filled: 'Filled', fillRate: 'Shifts filled',
      attended: 'Attended', noShows: 'No-shows', noShowRate: 'No-show rate', newVolunteers: 'New volunteers', eventHours: 'Event hours',
      eventVolunteers: 'Volunteers active at events', region: 'Region', centers: 'Centers', center: 'Center', role: 'Role', hour: 'Hour',
    },
    totals: 'Total',
    noRole: 'No role (manual entries)',
    totalsNote: 'In the total a volunteer counts once over the period; event hours are not added to the centers\u2019 hours.',
  },
};

const ru = {
  reports: {
    menu: 'Отчёты',
    title: 'Отчёты',
    tabs: { national: 'По стране', center: 'По центру', event: 'По мероприятию' },
    from: 'Первый месяц', to: 'Последний месяц', center: 'Центр', event: 'Мероприятие', show: 'Показать',
    pickCenter: 'Выберите центр.', pickEvent: 'Выберите мероприятие.', empty: 'За этот период данных нет.',
    downloadCsv: 'CSV', downloadXlsx: 'Excel (XLSX)', download: 'Скачать',
    sections: {
      months: 'По месяцам', regions: 'По регионам', centers: 'По центрам', roles: 'По ролям', hours: 'По часам',
      hoursChart: 'Подтверждённые часы и активные волонтёры', ratesChart: 'Заполненность смен и неявки, %', coverageChart: 'Места, занято и пришли',
    },
    columns: {
      month: 'Месяц', approvedHours: 'Подтверждённые часы', activeVolunteers: 'Активные волонтёры', slots: 'Места', filled: 'Занято', fillRate: 'Заполненность',
      attended: 'Пришли', noShows: 'Не пришли', noShowRate: 'Неявки', newVolunteers: 'Новые волонтёры', eventHours: 'Часы на мероприятиях',
      eventVolunteers: 'Активные на мероприятиях', region: 'Регион', centers: 'Центров', center: 'Центр', role: 'Роль', hour: 'Час',
    },
    totals: 'Итого',
    noRole: 'Без роли (ручные записи)',
    totalsNote: 'В итоге волонтёр считается один раз за период; часы мероприятий не прибавляются к часам центров.',
  },
};

export const reportsMessages: FeatureMessages = { az, en, ru };
