import type { CenterKind } from '../../organisation/organisation.types';

/**
 * The demo organisation created on the first start. Names of the Barda and Ağalı centers and of the
 * SOCGOV 2025 event come from public press coverage (shared/CONTEXT.md); addresses, phones, coordinates
 * and the Baku/Sumqayıt numbering are invented for the demo, which is why every row is flagged `demo`.
 */
export interface DemoCenter {
  code: string;
  kind: CenterKind;
  region: string;
  nameAz: string;
  nameEn: string;
  nameRu: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  openingHours: string;
}

export const DEMO_CENTERS: DemoCenter[] = [
  {
    code: 'baku-1', kind: 'regional_center', region: 'Bakı',
    nameAz: 'Bakı 1 nömrəli DOST Mərkəzi', nameEn: 'Baku DOST Center No. 1', nameRu: 'Центр DOST № 1 города Баку',
    address: 'Bakı şəhəri, Yasamal rayonu (demo ünvan)', latitude: 40.3893, longitude: 49.8237,
    phone: '+994 12 555 01 01', openingHours: 'B.e.–Cümə 09:00–18:00',
  },
  {
    code: 'baku-2', kind: 'regional_center', region: 'Bakı',
    nameAz: 'Bakı 2 nömrəli DOST Mərkəzi', nameEn: 'Baku DOST Center No. 2', nameRu: 'Центр DOST № 2 города Баку',
    address: 'Bakı şəhəri, Binəqədi rayonu (demo ünvan)', latitude: 40.4532, longitude: 49.8121,
    phone: '+994 12 555 02 02', openingHours: 'B.e.–Cümə 09:00–18:00',
  },
  {
    code: 'baku-3', kind: 'regional_center', region: 'Bakı',
    nameAz: 'Bakı 3 nömrəli DOST Mərkəzi', nameEn: 'Baku DOST Center No. 3', nameRu: 'Центр DOST № 3 города Баку',
    address: 'Bakı şəhəri, Xətai rayonu (demo ünvan)', latitude: 40.3797, longitude: 49.9511,
    phone: '+994 12 555 03 03', openingHours: 'B.e.–Cümə 09:00–18:00',
  },
  {
    code: 'baku-4', kind: 'regional_center', region: 'Bakı',
    nameAz: 'Bakı 4 nömrəli DOST Mərkəzi', nameEn: 'Baku DOST Center No. 4', nameRu: 'Центр DOST № 4 города Баку',
    address: 'Bakı şəhəri, Sabunçu rayonu (demo ünvan)', latitude: 40.4431, longitude: 49.9489,
    phone: '+994 12 555 04 04', openingHours: 'B.e.–Cümə 09:00–18:00',
  },
  {
    code: 'sumqayit', kind: 'district_branch', region: 'Abşeron-Xızı',
    nameAz: 'Sumqayıt DOST filialı', nameEn: 'Sumgait DOST Branch', nameRu: 'Сумгайытский филиал DOST',
    address: 'Sumqayıt şəhəri (demo ünvan)', latitude: 40.5897, longitude: 49.6686,
    phone: '+994 18 555 05 05', openingHours: 'B.e.–Cümə 09:00–18:00',
  },
  {
    code: 'barda', kind: 'regional_center', region: 'Qarabağ',
    nameAz: 'Qarabağ Regional DOST Mərkəzi', nameEn: 'Karabakh Regional DOST Center', nameRu: 'Карабахский региональный центр DOST',
    address: 'Bərdə şəhəri (demo ünvan)', latitude: 40.3744, longitude: 47.1266,
    phone: '+994 20 555 06 06', openingHours: 'B.e.–Cümə 09:00–18:00',
  },
  {
    code: 'agali', kind: 'smart_point', region: 'Şərqi Zəngəzur',
    nameAz: 'Ağalı kəndi "Smart DOST" xidmət məntəqəsi', nameEn: '"Smart DOST" service point, Ağalı village',
    nameRu: 'Пункт обслуживания «Smart DOST», село Агалы',
    address: 'Zəngilan rayonu, Ağalı kəndi (demo ünvan)', latitude: 39.0856, longitude: 46.6544,
    phone: '+994 26 555 07 07', openingHours: 'B.e.–Cümə 09:00–18:00',
  },
];

/** The demo network tree, child code → parent code (invented: which branch reports to which center). */
export const DEMO_PARENTS: Readonly<Record<string, string>> = { sumqayit: 'baku-1' };

export const DEMO_EVENT = {
  nameAz: 'SOCGOV 2025: İnsanlar və transformasiya üçün süni intellekt',
  nameEn: 'SOCGOV 2025: Artificial Intelligence for People and Transformation',
  nameRu: 'SOCGOV 2025: Искусственный интеллект для людей и трансформации',
  venue: 'Gülüstan Sarayı, Bakı',
  startsAt: new Date('2025-10-24T09:00:00+04:00'),
  endsAt: new Date('2025-10-24T18:00:00+04:00'),
  status: 'completed' as const,
};
