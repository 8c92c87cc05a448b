import type { FeatureMessages } from '../../i18n/catalogue';

/** "Work to do" on the staff dashboard: one line per kind of pending work. */
export const workToDoMessages: FeatureMessages = {
  az: {
    workToDo: {
      title: 'Görüləcək işlər', open: 'Aç', allDone: 'Hazırda gözləyən iş yoxdur.',
      kinds: {
        centerGaps: 'Mərkəzlərdə yaxın 7 gündə boş yerlər', eventGaps: 'Tədbirlərdə yaxın 7 gündə boş yerlər', swapApprovals: 'Təsdiq gözləyən növbə dəyişmələri',
        hoursToApprove: 'Təsdiq gözləyən saatlar', newApplications: 'Yeni müraciətlər', expiringQualifications: 'Müddəti 30 gün ərzində bitən kvalifikasiyalar',
      },
      shifts: '%{smart_count} növbədə |||| %{smart_count} növbədə',
    },
  },
  en: {
    workToDo: {
      title: 'Work to do', open: 'Open', allDone: 'Nothing is waiting right now.',
      kinds: {
        centerGaps: 'Open places at centers in the next 7 days', eventGaps: 'Open places at events in the next 7 days', swapApprovals: 'Shift swaps waiting for approval',
        hoursToApprove: 'Hours waiting for approval', newApplications: 'New applications', expiringQualifications: 'Qualifications expiring within 30 days',
      },
      shifts: 'on %{smart_count} shift |||| on %{smart_count} shifts',
    },
  },
  ru: {
    workToDo: {
      title: 'Что нужно сделать', open: 'Открыть', allDone: 'Сейчас ничего не ждёт решения.',
      kinds: {
        centerGaps: 'Свободные места в центрах на ближайшие 7 дней', eventGaps: 'Свободные места на мероприятиях на ближайшие 7 дней', swapApprovals: 'Обмены сменами ждут одобрения',
        hoursToApprove: 'Часы ждут подтверждения', newApplications: 'Новые заявки', expiringQualifications: 'Квалификации, истекающие в ближайшие 30 дней',
      },
      shifts: 'смен: %{smart_count}',
    },
  },
};
