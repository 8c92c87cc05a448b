import type { FeatureMessages } from '../../i18n/catalogue';

export const eventsMessages: FeatureMessages = {
  az: {
    resources: {
      events: {
        name: 'Tədbir |||| Tədbirlər',
        fields: {
          name: { az: 'Ad (azərbaycanca)', en: 'Ad (ingiliscə)', ru: 'Ad (rusca)' },
          venue: 'Məkan',
          startsAt: 'Başlayır',
          endsAt: 'Bitir',
          status: 'Status',
          organizerIds: 'Təşkilatçılar',
          q: 'Axtarış',
        },
      },
    },
    events: {
      nameColumn: 'Ad',
      statuses: { draft: 'Qaralama', published: 'Dərc edilib', completed: 'Başa çatıb', cancelled: 'Ləğv edilib' },
      timeZoneHint: 'Bakı vaxtı ilə',
      youOrganize: 'Bu tədbiri yaradan kimi onun təşkilatçısı olacaqsınız və onu siyahınızda görəcəksiniz.',
    },
  },
  en: {
    resources: {
      events: {
        name: 'Event |||| Events',
        fields: {
          name: { az: 'Name (Azerbaijani)', en: 'Name (English)', ru: 'Name (Russian)' },
          venue: 'Venue',
          startsAt: 'Starts',
          endsAt: 'Ends',
          status: 'Status',
          organizerIds: 'Organisers',
          q: 'Search',
        },
      },
    },
    events: {
      nameColumn: 'Name',
      statuses: { draft: 'Draft', published: 'Published', completed: 'Completed', cancelled: 'Cancelled' },
      timeZoneHint: 'Baku time',
      youOrganize: 'You become an organiser of the event you create and will see it in your list.',
    },
  },
  ru: {
    resources: {
      events: {
        name: 'Мероприятие |||| Мероприятия',
        fields: {
          name: { az: 'Название (азерб.)', en: 'Название (англ.)', ru: 'Название (рус.)' },
          venue: 'Место',
          startsAt: 'Начало',
          endsAt: 'Окончание',
          status: 'Статус',
          organizerIds: 'Организаторы',
          q: 'Поиск',
        },
      },
    },
    events: {
      nameColumn: 'Название',
      statuses: { draft: 'Черновик', published: 'Опубликовано', completed: 'Завершено', cancelled: 'Отменено' },
      timeZoneHint: 'по бакинскому времени',
      youOrganize: 'Вы станете организатором созданного мероприятия и увидите его в своём списке.',
    },
  },
};
