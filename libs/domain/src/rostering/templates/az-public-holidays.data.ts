import type { LocalizedText } from '../../i18n';
import type { IsoDate } from '../../time';

/**
 * `holiday`: a non-working holiday of the Labour Code (art. 105) or, for Novruz, Ramazan and Qurban,
 * the dates fixed each year by the Cabinet of Ministers. `transferred`: a weekday off because a holiday
 * fell on a weekend or on another holiday (the Labour Code moves it to the next working day), or a
 * working day swapped by a Cabinet decision.
 */
export interface PublicHoliday {
  date: IsoDate;
  kind: 'holiday' | 'transferred';
  name: LocalizedText;
}

const NEW_YEAR: LocalizedText = { az: 'Yeni il bayramı', en: 'New Year', ru: 'Новый год' };
const WOMEN: LocalizedText = { az: 'Beynəlxalq Qadınlar Günü', en: "International Women's Day", ru: 'Международный женский день' };
const NOVRUZ: LocalizedText = { az: 'Novruz bayramı', en: 'Novruz', ru: 'Новруз байрамы' };
const RAMAZAN: LocalizedText = { az: 'Ramazan bayramı', en: 'Ramadan Bayram (Eid al-Fitr)', ru: 'Рамазан байрамы' };
const QURBAN: LocalizedText = { az: 'Qurban bayramı', en: 'Gurban Bayram (Eid al-Adha)', ru: 'Гурбан байрамы' };
const VICTORY_FASCISM: LocalizedText = { az: 'Faşizm üzərində Qələbə Günü', en: 'Victory over Fascism Day', ru: 'День Победы над фашизмом' };
const INDEPENDENCE: LocalizedText = { az: 'Müstəqillik Günü', en: 'Independence Day', ru: 'День независимости' };
const SALVATION: LocalizedText = { az: 'Azərbaycan xalqının Milli Qurtuluş Günü', en: 'National Salvation Day', ru: 'День национального спасения азербайджанского народа' };
const ARMED_FORCES: LocalizedText = { az: 'Silahlı Qüvvələr Günü', en: 'Armed Forces Day', ru: 'День Вооружённых сил' };
const VICTORY: LocalizedText = { az: 'Zəfər Günü', en: 'Victory Day', ru: 'День Победы' };
const FLAG: LocalizedText = { az: 'Dövlət Bayrağı Günü', en: 'National Flag Day', ru: 'День Государственного флага' };
const SOLIDARITY: LocalizedText = { az: 'Dünya Azərbaycanlılarının Həmrəyliyi Günü', en: 'World Azerbaijanis Solidarity Day', ru: 'День солидарности азербайджанцев мира' };

const holiday = (date: IsoDate, name: LocalizedText): PublicHoliday => ({ date, kind: 'holiday', name });
const transferred = (date: IsoDate, of: LocalizedText): PublicHoliday => ({
  date,
  kind: 'transferred',
  name: { az: `İstirahət günü (${of.az})`, en: `Day off (${of.en})`, ru: `Выходной день (${of.ru})` },
});

/**
 * Seed data, editable by admins: copy it into the database once, then maintain it there. Verify the
 * next year's Novruz/Ramazan/Qurban dates and any swapped days against the Cabinet of Ministers'
 * decision (published each December) before generating shifts for it.
 *
 * Left out on purpose because they are working days: 20 January (Day of National Mourning), 12 November
 * (Constitution Day) and 17 November (National Revival Day) — holidays in name, but the Labour Code
 * keeps them as working days (press coverage of November 2024 and 2025 confirms centers work then).
 * Also 20 September and 18 October (working holidays).
 */
export const AZ_PUBLIC_HOLIDAYS_2025_2026: readonly PublicHoliday[] = [
  holiday('2025-01-01', NEW_YEAR),
  holiday('2025-01-02', NEW_YEAR),
  transferred('2025-01-03', NEW_YEAR), // swapped with Saturday 28 Dec 2024 by the Cabinet
  holiday('2025-03-08', WOMEN),
  transferred('2025-03-10', WOMEN), // 8 March was a Saturday
  holiday('2025-03-20', NOVRUZ),
  holiday('2025-03-21', NOVRUZ),
  holiday('2025-03-22', NOVRUZ),
  holiday('2025-03-23', NOVRUZ),
  holiday('2025-03-24', NOVRUZ),
  transferred('2025-03-25', NOVRUZ), // 22–23 March were the weekend
  transferred('2025-03-26', NOVRUZ),
  holiday('2025-03-30', RAMAZAN),
  holiday('2025-03-31', RAMAZAN),
  transferred('2025-04-01', RAMAZAN), // 30 March was a Sunday
  holiday('2025-05-09', VICTORY_FASCISM),
  holiday('2025-05-28', INDEPENDENCE),
  holiday('2025-06-06', QURBAN),
  holiday('2025-06-07', QURBAN),
  transferred('2025-06-09', QURBAN), // 7 June was a Saturday
  holiday('2025-06-15', SALVATION),
  transferred('2025-06-16', SALVATION), // 15 June was a Sunday
  holiday('2025-06-26', ARMED_FORCES),
  holiday('2025-11-08', VICTORY),
  holiday('2025-11-09', FLAG),
  transferred('2025-11-10', VICTORY), // 8–9 November were the weekend
  transferred('2025-11-11', FLAG),
  holiday('2025-12-31', SOLIDARITY),

  holiday('2026-01-01', NEW_YEAR),
  holiday('2026-01-02', NEW_YEAR),
  holiday('2026-03-08', WOMEN),
  transferred('2026-03-09', WOMEN), // 8 March is a Sunday
  holiday('2026-03-20', NOVRUZ),
  holiday('2026-03-20', RAMAZAN), // Ramazan coincides with Novruz in 2026
  holiday('2026-03-21', NOVRUZ),
  holiday('2026-03-21', RAMAZAN),
  holiday('2026-03-22', NOVRUZ),
  holiday('2026-03-23', NOVRUZ),
  holiday('2026-03-24', NOVRUZ),
  transferred('2026-03-25', NOVRUZ), // 21–22 March are the weekend
  transferred('2026-03-26', NOVRUZ),
  transferred('2026-03-27', RAMAZAN), // Ramazan days that fell on Novruz move on
  transferred('2026-03-30', RAMAZAN),
  holiday('2026-05-09', VICTORY_FASCISM),
  transferred('2026-05-11', VICTORY_FASCISM), // 9 May is a Saturday
  holiday('2026-05-27', QURBAN),
  holiday('2026-05-28', QURBAN),
  holiday('2026-05-28', INDEPENDENCE), // Qurban's second day is Independence Day
  transferred('2026-05-29', INDEPENDENCE),
  holiday('2026-06-15', SALVATION),
  holiday('2026-06-26', ARMED_FORCES),
  holiday('2026-11-08', VICTORY),
  holiday('2026-11-09', FLAG),
  transferred('2026-11-10', VICTORY), // 8 November is a Sunday and the 9th is a holiday itself
  holiday('2026-12-31', SOLIDARITY),
];

/** The distinct dates, sorted: what `expandShiftTemplate` takes as `skipDates`. */
export function nonWorkingDates(holidays: readonly PublicHoliday[]): IsoDate[] {
  return [...new Set(holidays.map((h) => h.date))].sort();
}
