import type { Locale } from '../../i18n';
import { describeRosterGap } from './roster-explain';
import type { RosterGapReason } from './roster.types';

// Every reason a coordinator can meet, in the three console languages: no placeholder, no English in az/ru.
const CASES: [RosterGapReason, Record<Locale, string>][] = [
  [
    { code: 'MAX_MINUTES', count: 3, total: 3 },
    {
      az: 'uyğun könüllülərin hamısı (3 nəfər) maksimum iş saatını aşar',
      en: 'all 3 qualified volunteers would exceed their maximum hours',
      ru: 'все подходящие волонтёры (3) превысят свой максимум часов',
    },
  ],
  [
    { code: 'REST', count: 1, total: 1 },
    {
      az: 'yeganə uyğun könüllü növbələr arasında minimum istirahət vaxtını ala bilməz',
      en: 'the only qualified volunteer would not get their minimum rest between shifts',
      ru: 'единственный подходящий волонтёр не получит минимального отдыха между сменами',
    },
  ],
  [
    { code: 'MIN_CONSECUTIVE_DAYS', count: 21, total: 40 },
    {
      az: '40 uyğun könüllüdən 21 nəfəri əlavə edilsə, ardıcıl iş günlərinin minimum sayını pozar',
      en: '21 of 40 qualified volunteers would break their minimum run of working days if added',
      ru: '21 из 40 подходящих волонтёров при добавлении нарушит минимальное число рабочих дней подряд',
    },
  ],
  [
    { code: 'POSITION_NOT_ALLOWED', position: 'protocol' },
    {
      az: 'əlçatan və uyğun könüllülərdən heç kim bu vəzifədə işləyə bilməz: Protokol',
      en: 'no available qualified volunteer may work as Protocol',
      ru: 'ни одному доступному подходящему волонтёру нельзя работать на этой позиции: Протокол',
    },
  ],
];

const positionName = (_code: string, locale: Locale) => ({ az: 'Protokol', en: 'Protocol', ru: 'Протокол' })[locale];

describe('describeRosterGap', () => {
  it.each(CASES)('%j in az, en and ru', (reason, expected) => {
    for (const locale of ['az', 'en', 'ru'] as const) expect(describeRosterGap(reason, locale, { positionName })).toBe(expected[locale]);
  });

  it('has words for every code in every language', () => {
    const codes: RosterGapReason['code'][] = [
      'NOBODY_AVAILABLE', 'QUALIFICATION_MISSING', 'LANGUAGE_MISSING', 'POSITION_NOT_ALLOWED', 'ALL_ALREADY_ON_SHIFT', 'SHIFTS_PER_DAY', 'OVERLAP',
      'REST', 'MAX_MINUTES', 'MAX_CONSECUTIVE_DAYS', 'MAX_WEEKENDS', 'POSITION_CAP', 'MIN_MINUTES', 'MIN_CONSECUTIVE_DAYS', 'MIN_DAYS_OFF', 'COSTLIER',
    ];
    for (const code of codes) {
      const r: RosterGapReason = { code, count: 2, total: 5, qualification: 'first-aid', language: 'tr', minLevel: 'B1', position: 'info' };
      const az = describeRosterGap(r, 'az');
      const ru = describeRosterGap(r, 'ru');
      expect(az).not.toMatch(/undefined|volunteer|shift/);
      expect(ru).toMatch(/[а-я]/);
      expect(ru).not.toMatch(/undefined|volunteer/);
      expect(describeRosterGap(r, 'en')).not.toMatch(/undefined/);
    }
  });
});
