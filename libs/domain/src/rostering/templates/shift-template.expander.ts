import { addDays, bakuInstant, daysBetween, isIsoDate, isLocalTime, isoWeekday, type IsoDate, type IsoInstant, type IsoWeekday } from '../../time';

/** A weekly recurrence, e.g. Mon–Fri 09:00–13:00 for two greeters. Times are Baku wall-clock times. */
export interface WeeklyShiftTemplate {
  id: string;
  /** 1 = Monday … 7 = Sunday. */
  weekdays: readonly IsoWeekday[];
  startTime: string;
  /** Not after `startTime` means the shift ends the next day (a night shift, 22:00–06:00). */
  endTime: string;
  slots: number;
  positionId: string;
}

export interface ExpandedShift {
  templateId: string;
  positionId: string;
  /** The Baku date the shift starts on. */
  date: IsoDate;
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  slots: number;
}

export interface ExpandRange {
  /** First and last date, both included. */
  from: IsoDate;
  to: IsoDate;
  /** Non-working dates on which nothing is generated (holidays, a center's closed days). */
  skipDates?: Iterable<IsoDate>;
}

export type TemplateErrorCode = 'WEEKDAYS_EMPTY' | 'WEEKDAY_INVALID' | 'TIME_INVALID' | 'SAME_START_AND_END' | 'SLOTS_INVALID';

/** A year and a bit: a longer range is almost certainly a typo in a year, and would flood the table. */
export const MAX_EXPANSION_DAYS = 400;

export function validateShiftTemplate(template: WeeklyShiftTemplate): TemplateErrorCode[] {
  const errors: TemplateErrorCode[] = [];
  if (template.weekdays.length === 0) errors.push('WEEKDAYS_EMPTY');
  if (template.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) errors.push('WEEKDAY_INVALID');
  if (!isLocalTime(template.startTime) || !isLocalTime(template.endTime)) errors.push('TIME_INVALID');
  else if (template.startTime === template.endTime) errors.push('SAME_START_AND_END');
  if (!Number.isInteger(template.slots) || template.slots < 1) errors.push('SLOTS_INVALID');
  return errors;
}

/**
 * The concrete shifts of one template in a date range, in date order, with instants written in
 * +04:00. Throws RangeError on an invalid template or range (validate input first to show errors).
 * Deciding which generated shifts may replace existing ones (never those with assignments) is the
 * caller's job: this only says what the template means.
 */
export function expandShiftTemplate(template: WeeklyShiftTemplate, range: ExpandRange): ExpandedShift[] {
  const errors = validateShiftTemplate(template);
  if (errors.length > 0) throw new RangeError(`Invalid shift template ${template.id}: ${errors.join(', ')}`);
  const days = checkedRange(range);
  const skip = new Set(range.skipDates ?? []);
  const overnight = template.endTime <= template.startTime;
  const shifts: ExpandedShift[] = [];
  for (let i = 0; i <= days; i += 1) {
    const date = addDays(range.from, i);
    if (!template.weekdays.includes(isoWeekday(date)) || skip.has(date)) continue;
    shifts.push({
      templateId: template.id,
      positionId: template.positionId,
      date,
      startsAt: bakuInstant(date, template.startTime),
      endsAt: bakuInstant(overnight ? addDays(date, 1) : date, template.endTime),
      slots: template.slots,
    });
  }
  return shifts;
}

/** Several templates at once (a center's week), ordered by start, then position, then template. */
export function expandShiftTemplates(templates: readonly WeeklyShiftTemplate[], range: ExpandRange): ExpandedShift[] {
  const skip = [...(range.skipDates ?? [])];
  return templates
    .flatMap((t) => expandShiftTemplate(t, { ...range, skipDates: skip }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.positionId.localeCompare(b.positionId) || a.templateId.localeCompare(b.templateId));
}

function checkedRange(range: ExpandRange): number {
  if (!isIsoDate(range.from) || !isIsoDate(range.to)) throw new RangeError('The range needs two dates (YYYY-MM-DD).');
  const days = daysBetween(range.from, range.to);
  if (days < 0) throw new RangeError('The range ends before it starts.');
  if (days >= MAX_EXPANSION_DAYS) throw new RangeError(`The range is longer than ${MAX_EXPANSION_DAYS} days.`);
  return days;
}
