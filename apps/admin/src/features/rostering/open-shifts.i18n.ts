import type { FeatureMessages } from '../../i18n/catalogue';

/** The volunteer's "Open shifts" filters (center, position, date); the page's other words are in rostering.i18n.ts. */
export const openShiftsMessages: FeatureMessages = {
  az: {
    rostering: {
      openFilters: {
        center: 'Mərkəz', position: 'Vəzifə', allCenters: 'Bütün mərkəzlər', allPositions: 'Bütün vəzifələr',
        positionHint: 'Mərkəzi seçin', clear: 'Filtrləri təmizlə', empty: 'Seçdiyiniz filtrlərə uyğun açıq növbə yoxdur.', none: 'Hələlik açıq növbə yoxdur.',
      },
    },
  },
  en: {
    rostering: {
      openFilters: {
        center: 'Center', position: 'Position', allCenters: 'All centers', allPositions: 'All positions',
        positionHint: 'Choose a center', clear: 'Clear filters', empty: 'No open shifts match the chosen filters.', none: 'No open shifts yet.',
      },
    },
  },
  ru: {
    rostering: {
      openFilters: {
        center: 'Центр', position: 'Позиция', allCenters: 'Все центры', allPositions: 'Все позиции',
        positionHint: 'Выберите центр', clear: 'Сбросить фильтры', empty: 'Нет открытых смен по выбранным фильтрам.', none: 'Открытых смен пока нет.',
      },
    },
  },
};
