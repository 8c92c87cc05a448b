import type { FeatureMessages } from '../../i18n/catalogue';

export const centersMessages: FeatureMessages = {
  az: {
    resources: {
      centers: {
        name: 'Mərkəz |||| Mərkəzlər',
        fields: {
          code: 'Kod',
          kind: 'Növ',
          region: 'Region',
          name: { az: 'Ad (azərbaycanca)', en: 'Ad (ingiliscə)', ru: 'Ad (rusca)' },
          address: 'Ünvan',
          latitude: 'Enlik',
          longitude: 'Uzunluq',
          phone: 'Telefon',
          openingHours: 'İş saatları',
          active: 'Fəaldır',
          demo: 'Demo',
          q: 'Axtarış',
        },
      },
    },
    centers: {
      nameColumn: 'Ad',
      kinds: { regional_center: 'Regional mərkəz', district_branch: 'Rayon filialı', smart_point: '"Smart DOST" məntəqəsi' },
      demoHint: 'Ünvan, telefon və koordinatlar nümayiş üçün uydurulub',
      location: 'Yer',
      names: 'Adlar',
    },
  },
  en: {
    resources: {
      centers: {
        name: 'Center |||| Centers',
        fields: {
          code: 'Code',
          kind: 'Kind',
          region: 'Region',
          name: { az: 'Name (Azerbaijani)', en: 'Name (English)', ru: 'Name (Russian)' },
          address: 'Address',
          latitude: 'Latitude',
          longitude: 'Longitude',
          phone: 'Phone',
          openingHours: 'Opening hours',
          active: 'Active',
          demo: 'Demo',
          q: 'Search',
        },
      },
    },
    centers: {
      nameColumn: 'Name',
      kinds: { regional_center: 'Regional center', district_branch: 'District branch', smart_point: '"Smart DOST" point' },
      demoHint: 'Address, phone and coordinates are invented for the demo',
      location: 'Location',
      names: 'Names',
    },
  },
  ru: {
    resources: {
      centers: {
        name: 'Центр |||| Центры',
        fields: {
          code: 'Код',
          kind: 'Тип',
          region: 'Регион',
          name: { az: 'Название (азерб.)', en: 'Название (англ.)', ru: 'Название (рус.)' },
          address: 'Адрес',
          latitude: 'Широта',
          longitude: 'Долгота',
          phone: 'Телефон',
          openingHours: 'Часы работы',
          active: 'Активен',
          demo: 'Демо',
          q: 'Поиск',
        },
      },
    },
    centers: {
      nameColumn: 'Название',
      kinds: { regional_center: 'Региональный центр', district_branch: 'Районный филиал', smart_point: 'Пункт «Smart DOST»' },
      demoHint: 'Адрес, телефон и координаты придуманы для демонстрации',
      location: 'Расположение',
      names: 'Названия',
    },
  },
};
