import { Injectable } from '@nestjs/common';
import { bakuDateOf, centerScope, eventScope, fillRate, minutesToHours, noShowRate, regionalAncestor } from '@dost/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { csvFile, xlsxFile, type ExportFile, type SheetCell, type SheetTable } from '../common/http/spreadsheet';
import type { Locale } from '../common/i18n/locale';
import type { MonthRangeQueryDto, ReportExportQueryDto } from './dto/report-query.dto';
import { REPORT_LABELS, type ExportColumnKey } from './reports-export.labels';
import {
  ReportsRepository, type AttendanceAgg, type CenterRow, type FillAgg, type GroupRow, type Grouping, type HoursAgg, type MonthRange, type NewVolunteersAgg,
} from './reports.repository';
import {
  CENTER_TABLES, EVENT_TABLES, NATIONAL_TABLES, type CenterReportDto, type EventReportDto, type Figures, type HourCoverageDto, type Named,
  type NationalReportDto, type RegionalRollupDto, type ReportTable, type RoleCoverageDto,
} from './reports.types';
import './reports.messages';

/** A report covers at most two years: enough to compare a month with the same month a year before. */
export const MAX_REPORT_MONTHS = 24;

const named = (r: { nameAz: string; nameEn: string; nameRu: string }): Named => ({ az: r.nameAz, en: r.nameEn, ru: r.nameRu });

function addMonths(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The figures of one group from the four aggregates (absent = nothing happened). */
function figures(h?: HoursAgg, f?: FillAgg, a?: AttendanceAgg, n?: NewVolunteersAgg): Figures {
  const slots = f?.slots ?? 0;
  const filled = f?.filled ?? 0;
  const attended = a?.attended ?? 0;
  const noShows = a?.noShows ?? 0;
  const minutes = h?.minutes ?? 0;
  return {
    approvedMinutes: minutes, approvedHours: minutesToHours(minutes), activeVolunteers: h?.volunteers ?? 0,
    // The domain's definitions, fed with the sums SQL made (a sum of places is what fillRate sums too).
    slots, filled, fillRate: fillRate([{ slots, filled }]), attended, noShows, noShowRate: noShowRate({ attended, noShows }),
    newVolunteers: n?.count ?? 0,
  };
}

/** The key of the centers under no regional center in the roll-up. */
const NO_REGION = 'none';

const byKey = <T extends GroupRow>(rows: T[], grouping: Grouping): Map<string, T> => new Map(rows.filter((r) => r.grouping === grouping).map((r) => [String(r.key), r]));
const pct = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

export interface ExportRequest {
  actor: AuthUser;
  locale: Locale;
  requestId?: string;
}

/** Reports on hours and shifts: per center and month, the network by month, region and center, one event. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repo: ReportsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The months asked (default: the 12 months up to this one in Baku), checked. */
  range(query: { from?: string; to?: string }, now: Date): { from: string; to: string; range: MonthRange } {
    const to = query.to ?? (query.from ? addMonths(query.from, 11) : bakuDateOf(now.getTime()).slice(0, 7));
    const from = query.from ?? addMonths(to, -11);
    if (to < from) throw ApiProblem.validation([{ field: 'to', code: 'monthRangeOrder' }]);
    if (monthsBetween(from, to).length > MAX_REPORT_MONTHS) throw ApiProblem.validation([{ field: 'from', code: 'monthRangeTooLong', params: { max: MAX_REPORT_MONTHS } }]);
    return { from, to, range: { from: `${from}-01`, until: `${addMonths(to, 1)}-01` } };
  }

  async center(actor: AuthUser, id: string, query: MonthRangeQueryDto, now = new Date()): Promise<CenterReportDto> {
    const scope = centerScope(actor);
    const { from, to, range } = this.range(query, now);
    const center = await this.repo.center(id, scope);
    if (!center) throw ApiProblem.notFound();
    const { month: months, total } = await this.aggregate([id], range, ['month', 'total']);
    return {
      center: { id: center.id, name: named(center), region: center.region },
      from, to,
      months: monthsBetween(from, to).map((month) => ({ month, ...(months.get(month) ?? figures()) })),
      totals: total.get('null') ?? figures(),
    };
  }

  async national(actor: AuthUser, query: MonthRangeQueryDto, now = new Date()): Promise<NationalReportDto> {
    const scope = centerScope(actor);
    const events = eventScope(actor);
    const { from, to, range } = this.range(query, now);
    const [centers, { month: months, region: regions, center: perCenter, total }, eventRows, network] = await Promise.all([
      this.repo.centers(scope),
      this.aggregate(scope, range, ['month', 'region', 'center', 'total']),
      this.repo.eventHours(events, range),
      this.repo.network(),
    ]);
    const regionalCenters = await this.regionalRollup(scope, range, centers, network, perCenter);
    const eventMonths = new Map(eventRows.filter((r) => r.grouping === 'month').map((r) => [String(r.key), r]));
    const eventTotal = eventRows.find((r) => r.grouping === 'total');
    const eventFigures = (h?: HoursAgg) => ({ eventMinutes: h?.minutes ?? 0, eventHours: minutesToHours(h?.minutes ?? 0), eventVolunteers: h?.volunteers ?? 0 });
    const regionNames = [...new Set(centers.map((c) => c.region))].sort((a, b) => a.localeCompare(b, 'az'));
    return {
      from, to,
      months: monthsBetween(from, to).map((month) => ({ month, ...(months.get(month) ?? figures()), ...eventFigures(eventMonths.get(month)) })),
      regions: regionNames.map((region) => ({ region, centers: centers.filter((c) => c.region === region).length, ...(regions.get(region) ?? figures()) })),
      regionalCenters,
      centers: centers.map((c) => ({ centerId: c.id, name: named(c), region: c.region, ...(perCenter.get(c.id) ?? figures()) })),
      totals: { ...(total.get('null') ?? figures()), ...eventFigures(eventTotal) },
    };
  }

  async event(actor: AuthUser, id: string): Promise<EventReportDto> {
    const scope = eventScope(actor);
    const event = await this.repo.event(id, scope);
    if (!event) throw ApiProblem.notFound();
    const [shifts, positions, minutes] = await Promise.all([this.repo.eventShifts(id, scope), this.repo.eventPositions(id, scope), this.repo.eventMinutesByRole(id, scope)]);
    const roleMinutes = new Map(minutes.map((m) => [m.positionId ?? 'null', m]));
    const roles: RoleCoverageDto[] = positions
      .filter((p) => shifts.some((s) => s.positionId === p.id) || roleMinutes.has(p.id))
      .map((p) => {
        const own = shifts.filter((s) => s.positionId === p.id);
        return roleRow(p.id, named(p), own, roleMinutes.get(p.id)?.minutes ?? 0);
      });
    const unassigned = roleMinutes.get('null');
    if (unassigned) roles.push(roleRow(null, null, [], unassigned.minutes));
    const all = roleRow(null, null, shifts, minutes.reduce((s, m) => s + m.minutes, 0));
    return {
      event: { id: event.id, name: named(event), startsAt: new Date(event.startsAt).toISOString(), endsAt: new Date(event.endsAt).toISOString() },
      roles,
      hours: coverageByHour(shifts),
      totals: {
        slots: all.slots, filled: all.filled, attended: all.attended, noShows: all.noShows, fillRate: all.fillRate, noShowRate: all.noShowRate,
        approvedMinutes: all.approvedMinutes, approvedHours: all.approvedHours,
        // A volunteer with minutes in two roles counts once.
        activeVolunteers: await this.repo.eventVolunteers(id, scope),
      },
    };
  }

  /**
   * The roll-up by the network tree: every center in scope goes to its regional ancestor (@dost/domain
   * regionalAncestor); sums of the centers' figures, rates recomputed from them, distinct volunteers exact.
   */
  private async regionalRollup(
    scope: 'all' | readonly string[], range: MonthRange, centers: CenterRow[], network: Awaited<ReturnType<ReportsRepository['network']>>,
    perCenter: Map<string, Figures>,
  ): Promise<RegionalRollupDto[]> {
    const regionOf = new Map<string, string>();
    for (const c of centers) regionOf.set(c.id, regionalAncestor(network, c.id) ?? NO_REGION);
    const volunteers = await this.repo.regionVolunteers(scope, range, new Map([...regionOf].filter(([, r]) => r !== NO_REGION)));
    const outside = await this.repo.regionVolunteers(scope, range, new Map([...regionOf].filter(([, r]) => r === NO_REGION).map(([c]) => [c, c])));
    const byId = new Map(network.map((n) => [n.id, n]));
    const groups = new Map<string, CenterRow[]>();
    for (const c of centers) groups.set(regionOf.get(c.id) as string, [...(groups.get(regionOf.get(c.id) as string) ?? []), c]);
    const rows: RegionalRollupDto[] = [...groups].map(([region, members]) => {
      const f = members.map((m) => perCenter.get(m.id) ?? figures());
      const sum = (k: 'approvedMinutes' | 'slots' | 'filled' | 'attended' | 'noShows' | 'newVolunteers') => f.reduce((s, x) => s + x[k], 0);
      const [minutes, slots, filled, attended, noShows] = [sum('approvedMinutes'), sum('slots'), sum('filled'), sum('attended'), sum('noShows')];
      const head = region === NO_REGION ? undefined : byId.get(region);
      return {
        regionalCenterId: head?.id ?? null,
        name: head ? named(head) : null,
        centers: members.map((m) => ({ id: m.id, name: named(m) })),
        approvedMinutes: minutes, approvedHours: minutesToHours(minutes),
        // Outside the regions there is no one place to count distinct people: the centers' own counts add up.
        activeVolunteers: region === NO_REGION ? members.reduce((s, m) => s + (outside.get(m.id) ?? 0), 0) : (volunteers.get(region) ?? 0),
        slots, filled, fillRate: fillRate([{ slots, filled }]), attended, noShows, noShowRate: noShowRate({ attended, noShows }),
        newVolunteers: sum('newVolunteers'),
      };
    });
    return rows.sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.az.localeCompare(b.name.az, 'az')));
  }

  /**
   * The four aggregates of the centers in `scope` — four queries, each one scan for every grouping asked —
   * as figures per grouping, keyed by month / center id / region ('null' for the total).
   */
  private async aggregate(scope: 'all' | readonly string[], range: MonthRange, groupings: Grouping[]): Promise<Record<Grouping, Map<string, Figures>>> {
    const [h, f, a, n] = await Promise.all([
      this.repo.centerHours(scope, range), this.repo.centerFill(scope, range, groupings),
      this.repo.centerAttendance(scope, range, groupings), this.repo.newVolunteers(scope, range, groupings),
    ]);
    const out = {} as Record<Grouping, Map<string, Figures>>;
    for (const g of groupings) {
      const [hm, fm, am, nm] = [byKey(h, g), byKey(f, g), byKey(a, g), byKey(n, g)];
      const keys = new Set([...hm.keys(), ...fm.keys(), ...am.keys(), ...nm.keys()]);
      if (g === 'total') keys.add('null');
      out[g] = new Map([...keys].map((k) => [k, figures(hm.get(k), fm.get(k), am.get(k), nm.get(k))]));
    }
    return out;
  }

  // ——— exports ———

  async exportCenter(req: ExportRequest, id: string, query: MonthRangeQueryDto, now = new Date()): Promise<ExportFile> {
    const report = await this.center(req.actor, id, query, now);
    const L = REPORT_LABELS[req.locale];
    const tables = pickTables(CENTER_TABLES, query, { months: () => monthsTable(req.locale, report.months, false) });
    return this.write(req, query, tables, `${L.files.center}-${report.from}-${report.to}`, { report: 'center', centerId: id, from: report.from, to: report.to });
  }

  async exportNational(req: ExportRequest, query: MonthRangeQueryDto, now = new Date()): Promise<ExportFile> {
    const report = await this.national(req.actor, query, now);
    const L = REPORT_LABELS[req.locale];
    const c = L.columns;
    const rates = (x: Figures): SheetCell[] => [x.approvedHours, x.activeVolunteers, pct(x.fillRate), pct(x.noShowRate), x.newVolunteers];
    const rateHeader = [c.approvedHours, c.activeVolunteers, c.fillRate, c.noShowRate, c.newVolunteers];
    const tables = pickTables(NATIONAL_TABLES, query, {
      months: () => monthsTable(req.locale, report.months, true),
      regions: () => ({ name: L.sheets.regions, header: [c.region, c.centers, ...rateHeader], rows: report.regions.map((r) => [r.region, r.centers, ...rates(r)]) }),
      regionalCenters: () => ({
        name: L.sheets.regionalCenters, header: [c.regionalCenter, c.members, ...rateHeader],
        rows: report.regionalCenters.map((r) => [
          r.name ? r.name[req.locale] || r.name.az : '—', r.centers.map((m) => m.name[req.locale] || m.name.az).join(', '), ...rates(r),
        ]),
      }),
      centers: () => ({ name: L.sheets.centers, header: [c.center, c.region, ...rateHeader], rows: report.centers.map((r) => [r.name[req.locale] || r.name.az, r.region, ...rates(r)]) }),
    });
    return this.write(req, query, tables, `${L.files.national}-${report.from}-${report.to}`, { report: 'national', from: report.from, to: report.to });
  }

  async exportEvent(req: ExportRequest, id: string, query: ReportExportQueryDto): Promise<ExportFile> {
    const report = await this.event(req.actor, id);
    const L = REPORT_LABELS[req.locale];
    const c = L.columns;
    const tables = pickTables(EVENT_TABLES, query, {
      roles: () => ({
        name: L.sheets.roles,
        header: [c.role, c.slots, c.filled, c.fillRate, c.attended, c.noShows, c.noShowRate, c.approvedHours],
        rows: report.roles.map((r) => [r.name ? r.name[req.locale] || r.name.az : L.noRole, r.slots, r.filled, pct(r.fillRate), r.attended, r.noShows, pct(r.noShowRate), r.approvedHours]),
      }),
      hours: () => ({ name: L.sheets.hours, header: [c.hour, c.slots, c.filled, c.attended], rows: report.hours.map((h) => [h.hour.replace('T', ' '), h.slots, h.filled, h.attended]) }),
    });
    return this.write(req, query, tables, `${L.files.event}-${id.slice(0, 8)}`, { report: 'event', eventId: id });
  }

  private async write(req: ExportRequest, query: ReportExportQueryDto, tables: SheetTable[], filename: string, details: Record<string, unknown>): Promise<ExportFile> {
    const format = query.format ?? 'csv';
    await this.audit.record({
      actor: req.actor, action: 'reports.export', entity: 'report', entityId: (details.centerId ?? details.eventId ?? null) as string | null, requestId: req.requestId,
      details: { ...details, format, tables: tables.map((t) => t.name) },
    });
    return format === 'xlsx' ? xlsxFile(tables, filename) : csvFile(tables[0], `${filename}${query.table ? `-${query.table}` : ''}`);
  }
}

function roleRow(positionId: string | null, name: Named | null, shifts: { slots: number; filled: number; attended: number; noShows: number }[], minutes: number): RoleCoverageDto {
  const slots = shifts.reduce((s, x) => s + x.slots, 0);
  const filled = shifts.reduce((s, x) => s + Math.min(x.filled, x.slots), 0);
  const attended = shifts.reduce((s, x) => s + x.attended, 0);
  const noShows = shifts.reduce((s, x) => s + x.noShows, 0);
  return {
    positionId, name, slots, filled, attended, noShows, fillRate: fillRate(shifts), noShowRate: noShowRate({ attended, noShows }),
    approvedMinutes: minutes, approvedHours: minutesToHours(minutes),
  };
}

const HOUR_MS = 3_600_000;

/** Each Baku hour touched by a shift: the places, filled places and attended people of the shifts running in it. */
export function coverageByHour(shifts: readonly { startsAt: Date; endsAt: Date; slots: number; filled: number; attended: number }[]): HourCoverageDto[] {
  const byHour = new Map<number, HourCoverageDto>();
  for (const s of shifts) {
    const start = new Date(s.startsAt).getTime();
    const end = new Date(s.endsAt).getTime();
    // Baku is UTC+4 all year: a UTC hour boundary is a Baku hour boundary.
    for (let h = Math.floor(start / HOUR_MS) * HOUR_MS; h < end; h += HOUR_MS) {
      const baku = new Date(h + 4 * HOUR_MS).toISOString();
      const row = byHour.get(h) ?? { hour: `${baku.slice(0, 10)}T${baku.slice(11, 13)}:00`, slots: 0, filled: 0, attended: 0 };
      row.slots += s.slots;
      row.filled += Math.min(s.filled, s.slots);
      row.attended += s.attended;
      byHour.set(h, row);
    }
  }
  return [...byHour.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
}

function monthsTable(locale: Locale, months: (Figures & { month: string; eventHours?: number; eventVolunteers?: number })[], withEvents: boolean): SheetTable {
  const L = REPORT_LABELS[locale];
  const keys: ExportColumnKey[] = ['month', 'approvedHours', 'activeVolunteers', 'slots', 'filled', 'fillRate', 'attended', 'noShows', 'noShowRate', 'newVolunteers'];
  if (withEvents) keys.push('eventHours', 'eventVolunteers');
  return {
    name: L.sheets.months,
    header: keys.map((k) => L.columns[k]),
    rows: months.map((m) => [
      m.month, m.approvedHours, m.activeVolunteers, m.slots, m.filled, pct(m.fillRate), m.attended, m.noShows, pct(m.noShowRate), m.newVolunteers,
      ...(withEvents ? [m.eventHours ?? 0, m.eventVolunteers ?? 0] : []),
    ]),
  };
}

/** The table asked for (it must belong to the report), or — no table asked — all of them (CSV takes the first). */
function pickTables<T extends ReportTable>(own: readonly T[], query: ReportExportQueryDto, build: Record<T, () => SheetTable>): SheetTable[] {
  if (query.table && !(own as readonly string[]).includes(query.table)) throw ApiProblem.validation([{ field: 'table', code: 'tableNotInReport' }]);
  const wanted = query.table ? [query.table as T] : (query.format ?? 'csv') === 'csv' ? [own[0]] : own;
  return wanted.map((t) => build[t]());
}
