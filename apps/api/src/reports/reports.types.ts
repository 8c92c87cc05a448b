/** A name in the three languages, as every console screen receives it. */
export interface Named {
  az: string;
  en: string;
  ru: string;
}

/** The figures of one month, or of a whole range (then `month` is absent). Rates are 0…1, null without inputs. */
export interface Figures {
  approvedMinutes: number;
  approvedHours: number;
  /** Distinct volunteers with approved minutes (`monthlyHours` in @dost/domain). */
  activeVolunteers: number;
  /** `fillRate` inputs: places and filled places of published shifts starting in the period. */
  slots: number;
  filled: number;
  fillRate: number | null;
  /** `noShowRate` inputs: completed and no-show assignments on shifts starting in the period. */
  attended: number;
  noShows: number;
  noShowRate: number | null;
  /** Applications moved to onboarded in the period (at their home center). */
  newVolunteers: number;
}

export interface MonthFiguresDto extends Figures {
  month: string;
}

export interface CenterReportDto {
  center: { id: string; name: Named; region: string };
  from: string;
  to: string;
  months: MonthFiguresDto[];
  totals: Figures;
}

export interface EventHoursFigures {
  eventMinutes: number;
  eventHours: number;
  eventVolunteers: number;
}

export interface NationalMonthDto extends MonthFiguresDto, EventHoursFigures {}

export interface RegionFiguresDto extends Figures {
  region: string;
  centers: number;
}

export interface CenterFiguresDto extends Figures {
  centerId: string;
  name: Named;
  region: string;
}

/** The figures rolled up to a regional center: itself and every center below it (the network tree). */
export interface RegionalRollupDto extends Figures {
  /** The regional center; null for the centers under no regional center ("outside the regions"). */
  regionalCenterId: string | null;
  name: Named | null;
  /** The centers in the roll-up (in the caller's scope). */
  centers: { id: string; name: Named }[];
}

export interface NationalReportDto {
  from: string;
  to: string;
  /** The centers' figures per month; event hours apart, in `eventMinutes` / `eventHours` / `eventVolunteers`. */
  months: NationalMonthDto[];
  regions: RegionFiguresDto[];
  /** By the network tree: each regional center with everything below it. */
  regionalCenters: RegionalRollupDto[];
  centers: CenterFiguresDto[];
  totals: Figures & EventHoursFigures;
}

export interface RoleCoverageDto {
  /** Null: minutes without a role (manual entries: preparation, training…). */
  positionId: string | null;
  name: Named | null;
  slots: number;
  filled: number;
  attended: number;
  noShows: number;
  fillRate: number | null;
  noShowRate: number | null;
  approvedMinutes: number;
  approvedHours: number;
}

export interface HourCoverageDto {
  /** The Baku hour, 'YYYY-MM-DDTHH:00'. */
  hour: string;
  /** Places, filled places and attended assignments of the shifts running during that hour. */
  slots: number;
  filled: number;
  attended: number;
}

export interface EventReportDto {
  event: { id: string; name: Named; startsAt: string; endsAt: string };
  roles: RoleCoverageDto[];
  hours: HourCoverageDto[];
  totals: { slots: number; filled: number; attended: number; noShows: number; fillRate: number | null; noShowRate: number | null; approvedMinutes: number; approvedHours: number; activeVolunteers: number };
}

export const REPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The tables a report can export (CSV: one; XLSX: the one asked, or all of them as sheets). */
export const CENTER_TABLES = ['months'] as const;
export const NATIONAL_TABLES = ['months', 'regions', 'regionalCenters', 'centers'] as const;
export const EVENT_TABLES = ['roles', 'hours'] as const;
export const REPORT_TABLES = ['months', 'regions', 'regionalCenters', 'centers', 'roles', 'hours'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
