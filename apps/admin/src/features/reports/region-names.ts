/**
 * A center's region is stored as typed in Azerbaijani (`centers.region`, free text). Readers of the English and
 * Russian console see the usual names of Azerbaijan's economic regions (2021 division); a region not in this list
 * shows as stored.
 */
const REGIONS: Record<string, { en: string; ru: string }> = {
  'Bakı': { en: 'Baku', ru: 'Баку' },
  'Abşeron-Xızı': { en: 'Absheron-Khizi', ru: 'Абшерон-Хызы' },
  'Dağlıq Şirvan': { en: 'Mountainous Shirvan', ru: 'Горный Ширван' },
  'Gəncə-Daşkəsən': { en: 'Ganja-Dashkasan', ru: 'Гянджа-Дашкесан' },
  'Qarabağ': { en: 'Karabakh', ru: 'Карабах' },
  'Qazax-Tovuz': { en: 'Gazakh-Tovuz', ru: 'Газах-Товуз' },
  'Quba-Xaçmaz': { en: 'Guba-Khachmaz', ru: 'Губа-Хачмаз' },
  'Lənkəran-Astara': { en: 'Lankaran-Astara', ru: 'Ленкорань-Астара' },
  'Mərkəzi Aran': { en: 'Central Aran', ru: 'Центральный Аран' },
  'Mil-Muğan': { en: 'Mil-Mughan', ru: 'Миль-Мугань' },
  'Şəki-Zaqatala': { en: 'Shaki-Zagatala', ru: 'Шеки-Загатала' },
  'Şərqi Zəngəzur': { en: 'East Zangezur', ru: 'Восточный Зангезур' },
  'Naxçıvan': { en: 'Nakhchivan', ru: 'Нахчыван' },
  'Şirvan-Salyan': { en: 'Shirvan-Salyan', ru: 'Ширван-Сальян' },
};

export function regionName(region: string, locale: string): string {
  if (locale !== 'en' && locale !== 'ru') return region;
  return REGIONS[region.trim()]?.[locale] ?? region;
}
