import { describeIneligibility, formatMinutes } from './eligibility.messages';
import type { Locale } from '../../i18n';
import type { IneligibilityDetails } from './eligibility.types';
import { qualificationNameFrom } from '../qualifications';

const other = { shiftId: 's2', startsAt: '2025-10-22T05:00:00Z', endsAt: '2025-10-22T09:00:00Z', placeName: { az: 'Mərkəz 2', en: 'Center 2', ru: 'Центр 2' } };

describe('describeIneligibility', () => {
  it.each<[Locale, string]>([
    ['az', 'Sizin artıq 09:00–13:00 arası növbəniz var: Mərkəz 2.'],
    ['en', 'You already have a shift 09:00–13:00 at Center 2.'],
    ['ru', 'У вас уже есть смена 09:00–13:00: Центр 2.'],
  ])('a collision in %s, times in Baku', (locale, sentence) => {
    expect(describeIneligibility({ code: 'COLLIDES', with: other }, locale)).toBe(sentence);
  });

  it.each<[IneligibilityDetails, Locale, string]>([
    [{ code: 'WINDOW_NOT_OPEN', opensAt: '2025-10-17T05:00:00Z' }, 'az', 'Bu növbəyə yazılış hələ açılmayıb. Açılma vaxtı: 17.10.2025, 09:00.'],
    [{ code: 'WINDOW_NOT_OPEN', opensAt: '2025-10-17T05:00:00Z' }, 'en', 'Sign-up for this shift opens on 17 Oct 2025, 09:00.'],
    [{ code: 'LANGUAGE_MISSING', missing: [{ language: 'en', minLevel: 'B2', level: 'A2' }, { language: 'tr', minLevel: 'B1', level: null }] }, 'az', 'Bu vəzifə üçün dil bilikləri tələb olunur: ingilis dili — ən azı B2, türk dili — ən azı B1.'],
    [{ code: 'LANGUAGE_MISSING', missing: [{ language: 'en', minLevel: 'B2', level: 'A2' }] }, 'en', 'This position needs English at B2 or above.'],
    [{ code: 'QUALIFICATION_MISSING', missing: [{ code: 'first_aid', expiredOn: '2025-06-30' }] }, 'ru', 'Для этой позиции нужна квалификация, которой у вас нет: Первая помощь (срок истёк 30.06.2025).'],
    [{ code: 'REST_TOO_SHORT', with: other, restMinutes: 30, minRestMinutes: 660 }, 'az', 'Növbələr arasında ən azı 11 saat istirahət olmalıdır, bu növbə ilə 09:00–13:00 növbəniz (Mərkəz 2) arasında isə cəmi 30 dəqiqə fasilə qalır.'],
    [{ code: 'CAP_REACHED', weekStart: '2025-10-20', plannedMinutes: 1200, shiftMinutes: 240, capMinutes: 1200 }, 'az', 'Bu növbə ilə 20.10.2025 – 26.10.2025 həftəsində cəmi 24 saat olardı, həftəlik limit isə 20 saat.'],
    [{ code: 'TOO_MANY_TODAY', date: '2025-10-22', count: 1, max: 1 }, 'ru', 'В день можно взять не больше 1 смены, а на 22.10.2025 у вас их уже 1.'],
    [{ code: 'HOURS_TOO_LOW', requiredMinutes: 600, approvedMinutes: 150 }, 'en', 'This position needs at least 10 h of approved volunteering (you have 2 h 30 min).'],
    [{ code: 'CUTOFF_PASSED', cutoffAt: '2025-10-21T09:00:00+04:00' }, 'az', 'Bu növbədən imtina etmək üçün son vaxt keçib (21.10.2025, 09:00). Zəhmət olmasa, koordinatorla əlaqə saxlayın.'],
  ])('%j in %s', (reason, locale, sentence) => {
    expect(describeIneligibility(reason, locale, { qualificationName: (code, l) => (code === 'first_aid' && l === 'ru' ? 'Первая помощь' : code) })).toBe(sentence);
  });

  const every: IneligibilityDetails[] = [
    { code: 'NOT_ACTIVE', status: 'paused' },
    { code: 'BLOCKED_NO_SHOWS', noShowCount: 3, limit: 3 },
    { code: 'STARTED', startsAt: '2025-10-22T05:00:00Z', ended: false },
    { code: 'STARTED', startsAt: '2025-10-22T05:00:00Z', ended: true },
    { code: 'TOO_YOUNG', minAge: 18, age: 17 },
    { code: 'LANGUAGE_MISSING', missing: [{ language: 'xx', minLevel: 'A1', level: null }] },
    { code: 'QUALIFICATION_MISSING', missing: [{ code: 'protocol', expiredOn: null }] },
    { code: 'HOURS_TOO_LOW', requiredMinutes: 60, approvedMinutes: 0 },
    { code: 'FULL', slots: 2, assignedCount: 2 },
    { code: 'COLLIDES', with: { ...other, placeName: 'SOCGOV 2025' } },
    { code: 'REST_TOO_SHORT', with: other, restMinutes: 0, minRestMinutes: 60 },
    { code: 'TOO_MANY_TODAY', date: '2025-10-22', count: 2, max: 2 },
    { code: 'CAP_REACHED', weekStart: '2025-10-20', plannedMinutes: 600, shiftMinutes: 240, capMinutes: 720 },
    { code: 'WINDOW_NOT_OPEN', opensAt: '2025-10-17T05:00:00Z' },
    { code: 'OUTSIDE_POOL', place: 'center' },
    { code: 'OUTSIDE_POOL', place: 'event' },
    { code: 'CUTOFF_PASSED', cutoffAt: '2025-10-21T05:00:00Z' },
  ];
  const locales: Locale[] = ['az', 'en', 'ru'];
  it.each(every.flatMap((r) => locales.map((l) => [r.code, l, r] as const)))('%s has a full sentence in %s', (_code, locale, reason) => {
    const text = describeIneligibility(reason, locale);
    expect(text).toMatch(/^\S.*[.)]$/);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each<[IneligibilityDetails, Locale, string]>([
    [{ code: 'COLLIDES', with: other }, 'az', 'Könüllünün artıq 09:00–13:00 arası növbəsi var: Mərkəz 2.'],
    [{ code: 'COLLIDES', with: other }, 'en', 'The volunteer already has a shift 09:00–13:00 at Center 2.'],
    [{ code: 'COLLIDES', with: other }, 'ru', 'У волонтёра уже есть смена 09:00–13:00: Центр 2.'],
    [{ code: 'CAP_REACHED', weekStart: '2025-10-20', plannedMinutes: 1200, shiftMinutes: 240, capMinutes: 1200 }, 'az', 'Bu növbə ilə könüllünün 20.10.2025 – 26.10.2025 həftəsində cəmi 24 saat olardı, həftəlik limit isə 20 saat.'],
    [{ code: 'HOURS_TOO_LOW', requiredMinutes: 600, approvedMinutes: 150 }, 'en', 'This position needs at least 10 h of approved volunteering (the volunteer has 2 h 30 min).'],
  ])('for staff, %j in %s speaks about the volunteer', (reason, locale, sentence) => {
    expect(describeIneligibility(reason, locale, { audience: 'staff' })).toBe(sentence);
  });

  it.each(every.flatMap((r) => locales.map((l) => [r.code, l, r] as const)))('for staff, %s in %s never says "you"', (_code, locale, reason) => {
    const text = describeIneligibility(reason, locale, { audience: 'staff' });
    expect(text).toMatch(/^\S.*[.)]$/);
    expect(text).not.toMatch({ az: /\bsiz|növbəniz|yaşınız|buraxdığınız|saxlayın/i, en: /\byou|your\b/i, ru: /\bвас\b|\bвы\b|\bваш/i }[locale]);
  });

  it('names the qualifications from the catalogue the caller passes, not their codes (a code not in it stays as it is)', () => {
    const reason: IneligibilityDetails = { code: 'QUALIFICATION_MISSING', missing: [{ code: 'e-gov-training', expiredOn: null }, { code: 'crane-licence', expiredOn: null }] };
    const catalogue = [{ code: 'e-gov-training', name: { az: 'Elektron xidmətlər üzrə təlim', en: 'E-services training', ru: 'Обучение по электронным услугам' } }];
    const qualificationName = (code: string, l: 'az' | 'en' | 'ru') => qualificationNameFrom(catalogue, code, l);
    expect(describeIneligibility(reason, 'az', { audience: 'staff', qualificationName })).toBe('Könüllüdə bu vəzifə üçün lazım olan kvalifikasiya yoxdur: Elektron xidmətlər üzrə təlim, crane-licence.');
    expect(describeIneligibility(reason, 'en', { qualificationName })).toBe('This position needs a qualification you do not have: E-services training, crane-licence.');
    // Without a catalogue, the code.
    expect(describeIneligibility(reason, 'en')).toBe('This position needs a qualification you do not have: e-gov-training, crane-licence.');
  });

  it('Azerbaijani sentences are in Azerbaijani, Russian ones in Cyrillic', () => {
    for (const r of every) {
      expect(describeIneligibility(r, 'ru')).toMatch(/[а-яё]/i);
      expect(describeIneligibility(r, 'az')).not.toMatch(/[а-яё]/i);
    }
  });
});

describe('formatMinutes', () => {
  it.each<[number, Locale, string]>([
    [0, 'az', '0 dəqiqə'],
    [45, 'az', '45 dəqiqə'],
    [60, 'az', '1 saat'],
    [150, 'az', '2 saat 30 dəqiqə'],
    [660, 'en', '11 h'],
    [150, 'ru', '2 ч 30 мин'],
  ])('%i min in %s → %s', (minutes, locale, text) => expect(formatMinutes(minutes, locale)).toBe(text));
});
