import type { FeatureMessages } from '../../i18n/catalogue';

/**
 * The volunteer's "Open shifts" filters (center, position, date, issue 19's personal list), the card's details,
 * leaving a waitlist and the calendar buttons; the pages' other words are in rostering.i18n.ts.
 */
export const openShiftsMessages: FeatureMessages = {
  az: {
    rostering: {
      openFilters: {
        center: 'Mərkəz', position: 'Vəzifə', allCenters: 'Bütün mərkəzlər', myCenters: 'Mənim mərkəzlərim', allPositions: 'Bütün vəzifələr',
        positionHint: 'Mərkəzi seçin', clear: 'Filtrləri təmizlə', empty: 'Seçdiyiniz filtrlərə uyğun açıq növbə yoxdur.', none: 'Hələlik açıq növbə yoxdur.',
        showAll: 'Hələ açılmayanlar və dolu olanlar',
        mineEmpty: 'Mərkəzlərinizdə indi yazıla biləcəyiniz növbə yoxdur. «Bütün mərkəzlər»i seçin və ya hələ açılmayan və dolu növbələri göstərin.',
      },
      openCard: {
        address: 'Ünvan', duties: 'Vəzifələr', contact: 'Əlaqə', waitlistPlace: 'Gözləmə siyahısındakı yeriniz: %{n}',
        notifyFree: 'Yer boşalanda xəbər ver', notifyFreeHint: 'Gözləmə siyahısına düşürsünüz: yer boşalan kimi növbə sizə keçir və e-poçtla xəbər veririk.',
      },
      myShifts: { leaveWaitlist: 'Gözləmə siyahısından çıx', leaveWaitlistTitle: 'Gözləmə siyahısından çıxılsın?', leaveWaitlistYes: 'Bəli, çıxıram' },
      calendarLinks: {
        add: 'Təqviminizə əlavə edin', google: 'Google Təqvimə əlavə et', apple: 'Apple Təqvimə əlavə et', outlook: 'Outlook-a əlavə et', field: 'Təqvim linki (əl ilə əlavə etmək üçün)',
        replaceTitle: 'Yeni link yaradılsın?', replaceText: 'Köhnə link dərhal işləməyi dayandıracaq: onu əlavə etdiyiniz təqvimlərdə növbələriniz artıq yenilənməyəcək. Yeni linki yenidən əlavə etməli olacaqsınız.',
        replaceYes: 'Bəli, yeni link yarat', keep: 'Xeyr, köhnəsi qalsın',
      },
    },
  },
  en: {
    rostering: {
      openFilters: {
        center: 'Center', position: 'Position', allCenters: 'All centers', myCenters: 'My centers', allPositions: 'All positions',
        positionHint: 'Choose a center', clear: 'Clear filters', empty: 'No open shifts match the chosen filters.', none: 'No open shifts yet.',
        showAll: 'Not open yet and full ones',
        mineEmpty: 'Your centers have no shift you can sign up for now. Choose "All centers" or show the ones not open yet and full.',
      },
      openCard: {
        address: 'Address', duties: 'Duties', contact: 'Contact', waitlistPlace: 'Your place on the waitlist: %{n}',
        notifyFree: 'Notify me if a place frees up', notifyFreeHint: 'You join the waitlist: when a place frees up the shift becomes yours and we e-mail you.',
      },
      myShifts: { leaveWaitlist: 'Leave the waitlist', leaveWaitlistTitle: 'Leave the waitlist?', leaveWaitlistYes: 'Yes, leave it' },
      calendarLinks: {
        add: 'Add to your calendar', google: 'Add to Google Calendar', apple: 'Add to Apple Calendar', outlook: 'Add to Outlook', field: 'Calendar link (to add by hand)',
        replaceTitle: 'Create a new link?', replaceText: 'The old link stops working at once: calendars you added it to will no longer update your shifts. You will have to add the new link again.',
        replaceYes: 'Yes, create a new link', keep: 'No, keep the old one',
      },
    },
  },
  ru: {
    rostering: {
      openFilters: {
        center: 'Центр', position: 'Позиция', allCenters: 'Все центры', myCenters: 'Мои центры', allPositions: 'Все позиции',
        positionHint: 'Выберите центр', clear: 'Сбросить фильтры', empty: 'Нет открытых смен по выбранным фильтрам.', none: 'Открытых смен пока нет.',
        showAll: 'Ещё не открытые и заполненные',
        mineEmpty: 'В ваших центрах сейчас нет смен, на которые можно записаться. Выберите «Все центры» или покажите ещё не открытые и заполненные.',
      },
      openCard: {
        address: 'Адрес', duties: 'Обязанности', contact: 'Контакт', waitlistPlace: 'Ваше место в листе ожидания: %{n}',
        notifyFree: 'Сообщить, если место освободится', notifyFreeHint: 'Вы встаёте в лист ожидания: когда место освободится, смена перейдёт к вам, и мы напишем на e-mail.',
      },
      myShifts: { leaveWaitlist: 'Выйти из листа ожидания', leaveWaitlistTitle: 'Выйти из листа ожидания?', leaveWaitlistYes: 'Да, выйти' },
      calendarLinks: {
        add: 'Добавьте в свой календарь', google: 'Добавить в Google Календарь', apple: 'Добавить в Apple Календарь', outlook: 'Добавить в Outlook', field: 'Ссылка на календарь (чтобы добавить вручную)',
        replaceTitle: 'Создать новую ссылку?', replaceText: 'Старая ссылка сразу перестанет работать: календари, в которые вы её добавили, больше не будут обновлять ваши смены. Новую ссылку нужно будет добавить заново.',
        replaceYes: 'Да, создать новую', keep: 'Нет, оставить старую',
      },
    },
  },
};
