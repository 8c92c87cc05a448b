import type { CalendarOverride } from './az-holidays';
import { HOLIDAY_NAMES, transferredName } from './az-holidays';

/**
 * Where the Cabinet's published lists differ from the Labour Code's computation: the first start puts
 * these into the overrides table (then they are the admins' data), and marks the years confirmed.
 * 2025: 3 January was swapped with Saturday 28 December 2024 (art. 105.7). 2026: none.
 */
export const AZ_CALENDAR_DECREES: readonly CalendarOverride[] = [
  {
    date: '2025-01-03', action: 'add', kind: 'transferred', name: transferredName(HOLIDAY_NAMES.newYear),
    note: 'Nazirlər Kabinetinin qərarı: 28 dekabr 2024-cü il (şənbə) iş günü ilə yerdəyişmə',
  },
];

/** Years whose list was checked against the Cabinet's published decision. */
export const AZ_CONFIRMED_YEARS: readonly number[] = [2025, 2026];
