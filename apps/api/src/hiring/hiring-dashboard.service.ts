import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, bakuDateOf, FUNNEL_STEPS, isIsoDate, funnelConversion, programmeHireShare, timeToHire, type FunnelCounts } from '@dost/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { csvFile, xlsxFile, type ExportFile, type SheetTable } from '../common/http/spreadsheet';
import { AuditService } from '../audit/audit.service';
import type { DashboardDto, DashboardExportQueryDto, DashboardQueryDto } from './dto/hiring.dto';
import type { LocalName } from './hiring.repository';

type Locale = 'az' | 'en' | 'ru';

interface GroupRow { center_id: string | null; intake_id: string | null; volunteers: number; alumni: number; opted_in: number; contacted: number; interviewed: number; hired: number }

const zero = (): FunnelCounts => ({ volunteers: 0, alumni: 0, optedIn: 0, contacted: 0, interviewed: 0, hired: 0 });
const add = (a: FunnelCounts, r: GroupRow): FunnelCounts => ({
  volunteers: a.volunteers + r.volunteers, alumni: a.alumni + r.alumni, optedIn: a.optedIn + r.opted_in,
  contacted: a.contacted + r.contacted, interviewed: a.interviewed + r.interviewed, hired: a.hired + r.hired,
});

const LABELS: Record<Locale, Record<string, string>> = {
  az: {
    funnel: 'Huni', byCenter: 'Mərkəzlər üzrə', byCohort: 'Axınlar üzrə', byMonth: 'Aylar üzrə', headline: 'Əsas göstərici', step: 'Mərhələ', count: 'Say',
    conversion: 'Əvvəlki mərhələdən, %', center: 'Mərkəz', cohort: 'Axın', month: 'Ay', none: '—',
    volunteers: 'Könüllülər', alumni: 'Məzunlar', optedIn: 'Razılıq verənlər', contacted: 'Əlaqə saxlanılanlar', interviewed: 'Müsahibə keçənlər', hired: 'İşə götürülənlər',
    fromProgramme: 'Proqramdan işə götürülənlər', otherHires: 'Digər yeni əməkdaşlar', sharePercent: 'Proqramdan gələnlərin payı, %',
    medianDays: 'İşə götürmə müddəti (median, gün)', averageDays: 'İşə götürmə müddəti (orta, gün)', period: 'Dövr',
  },
  en: {
    funnel: 'Funnel', byCenter: 'By center', byCohort: 'By cohort', byMonth: 'By month', headline: 'Headline', step: 'Step', count: 'Count',
    conversion: 'Of the step before, %', center: 'Center', cohort: 'Cohort', month: 'Month', none: '—',
    volunteers: 'Volunteers', alumni: 'Alumni', optedIn: 'Opted in', contacted: 'Contacted', interviewed: 'Interviewed', hired: 'Hired',
    fromProgramme: 'Hired from the programme', otherHires: 'Other new staff', sharePercent: 'Share from the programme, %',
    medianDays: 'Time to hire (median, days)', averageDays: 'Time to hire (average, days)', period: 'Period',
  },
  ru: {
    funnel: 'Воронка', byCenter: 'По центрам', byCohort: 'По наборам', byMonth: 'По месяцам', headline: 'Главный показатель', step: 'Этап', count: 'Число',
    conversion: 'От предыдущего этапа, %', center: 'Центр', cohort: 'Набор', month: 'Месяц', none: '—',
    volunteers: 'Волонтёры', alumni: 'Выпускники', optedIn: 'Дали согласие', contacted: 'Связались', interviewed: 'Прошли собеседование', hired: 'Приняты на работу',
    fromProgramme: 'Принято из программы', otherHires: 'Другие новые сотрудники', sharePercent: 'Доля из программы, %',
    medianDays: 'Срок найма (медиана, дни)', averageDays: 'Срок найма (среднее, дни)', period: 'Период',
  },
};

/**
 * HR's pipeline view (docs/hiring.md). The funnel counts people as they stand now (everyone who served, all
 * time), grouped by home center and cohort (the intake they were onboarded through); the monthly series, time
 * to hire and the headline share count what happened in the period [from, to] (Baku dates).
 */
@Injectable()
export class HiringDashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  private period(q: DashboardQueryDto, now: Date): { from: string; to: string } {
    for (const k of ['from', 'to'] as const) {
      if (q[k] && !isIsoDate(q[k])) throw ApiProblem.validation([{ field: k, code: 'isIsoDate' }]);
    }
    const to = q.to ?? bakuDateOf(now.getTime());
    const from = q.from ?? `${addDays(to, -365).slice(0, 7)}-01`;
    // At most ten years: the monthly series has one row per month of the period.
    if (from > to || from < addDays(to, -3660)) throw ApiProblem.validation([{ field: 'from', code: 'hiringPeriod' }]);
    return { from, to };
  }

  async dashboard(q: DashboardQueryDto, now = new Date()): Promise<DashboardDto> {
    const { from, to } = this.period(q, now);
    const start = `${from}T00:00:00+04:00`;
    const end = `${addDays(to, 1)}T00:00:00+04:00`;
    const params: unknown[] = [];
    const filters: string[] = [];
    if (q.centerId) { params.push(q.centerId); filters.push(`p.center_id = $${params.length}`); }
    if (q.intakeId) { params.push(q.intakeId); filters.push(`p.intake_id = $${params.length}`); }
    const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
    const people = `
      SELECT v.id, v.home_center_id AS center_id,
        (SELECT a.intake_id FROM applications a WHERE a.volunteer_id = v.id AND a.status = 'onboarded' ORDER BY a.updated_at DESC LIMIT 1) AS intake_id,
        (v.status IN ('alumni', 'staff') OR EXISTS (SELECT 1 FROM alumni_profiles ap WHERE ap.volunteer_id = v.id)) AS alumni,
        EXISTS (SELECT 1 FROM job_pool_consents j WHERE j.volunteer_id = v.id) AS opted_in,
        EXISTS (SELECT 1 FROM candidates c JOIN candidate_stage_changes s ON s.candidate_id = c.id
                WHERE c.volunteer_id = v.id AND s.to_stage IN ('contacted', 'interview', 'offer', 'hired')) AS contacted,
        EXISTS (SELECT 1 FROM candidates c JOIN candidate_stage_changes s ON s.candidate_id = c.id
                WHERE c.volunteer_id = v.id AND s.to_stage IN ('interview', 'offer', 'hired')) AS interviewed,
        EXISTS (SELECT 1 FROM candidates c WHERE c.volunteer_id = v.id AND c.stage = 'hired') AS hired
      FROM volunteers v WHERE v.status <> 'applicant'`;
    const groups: GroupRow[] = await this.db.query(`
      WITH p AS (${people})
      SELECT p.center_id, p.intake_id, count(*)::int AS volunteers,
        (count(*) FILTER (WHERE p.alumni))::int AS alumni, (count(*) FILTER (WHERE p.opted_in))::int AS opted_in,
        (count(*) FILTER (WHERE p.contacted))::int AS contacted, (count(*) FILTER (WHERE p.interviewed))::int AS interviewed,
        (count(*) FILTER (WHERE p.hired))::int AS hired
      FROM p ${where} GROUP BY p.center_id, p.intake_id`, params);

    const funnel = groups.reduce(add, zero());
    const byCenterMap = new Map<string | null, FunnelCounts>();
    const byCohortMap = new Map<string | null, FunnelCounts>();
    for (const g of groups) {
      byCenterMap.set(g.center_id, add(byCenterMap.get(g.center_id) ?? zero(), g));
      byCohortMap.set(g.intake_id, add(byCohortMap.get(g.intake_id) ?? zero(), g));
    }
    const centers: { id: string; name_az: string; name_en: string; name_ru: string }[] = await this.db.query(
      'SELECT id, name_az, name_en, name_ru FROM centers WHERE id = ANY($1::uuid[])', [[...byCenterMap.keys()].filter(Boolean)]);
    const intakes: { id: string; name_az: string; name_en: string; name_ru: string; opens_on: string }[] = await this.db.query(
      'SELECT id, name_az, name_en, name_ru, opens_on::text FROM intakes WHERE id = ANY($1::uuid[])', [[...byCohortMap.keys()].filter(Boolean)]);
    const nameOf = (r?: { name_az: string; name_en: string; name_ru: string }): LocalName | null => (r ? { az: r.name_az, en: r.name_en, ru: r.name_ru } : null);

    // The period's events, with the same person filters.
    const monthParams: unknown[] = [start, end, ...params];
    const monthWhere = filters.map((f) => f.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + 2}`)).join(' AND ');
    const monthly: { month: string; contacted: number; interviewed: number; hired: number }[] = await this.db.query(`
      WITH p AS (${people})
      SELECT to_char(s.at AT TIME ZONE 'Asia/Baku', 'YYYY-MM') AS month,
        (count(DISTINCT c.volunteer_id) FILTER (WHERE s.to_stage = 'contacted'))::int AS contacted,
        (count(DISTINCT c.volunteer_id) FILTER (WHERE s.to_stage = 'interview'))::int AS interviewed,
        (count(DISTINCT c.volunteer_id) FILTER (WHERE s.to_stage = 'hired'))::int AS hired
      FROM candidate_stage_changes s JOIN candidates c ON c.id = s.candidate_id JOIN p ON p.id = c.volunteer_id
      WHERE s.at >= $1 AND s.at < $2 ${monthWhere ? `AND ${monthWhere}` : ''} GROUP BY 1`, monthParams);
    const optedMonthly: { month: string; opted_in: number }[] = await this.db.query(`
      WITH p AS (${people})
      SELECT to_char(j.given_at AT TIME ZONE 'Asia/Baku', 'YYYY-MM') AS month, count(DISTINCT j.volunteer_id)::int AS opted_in
      FROM job_pool_consents j JOIN p ON p.id = j.volunteer_id
      WHERE j.given_at >= $1 AND j.given_at < $2 ${monthWhere ? `AND ${monthWhere}` : ''} GROUP BY 1`, monthParams);
    const byMonth: DashboardDto['byMonth'] = [];
    for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) {
      const r = monthly.find((x) => x.month === m);
      byMonth.push({ month: m, optedIn: optedMonthly.find((x) => x.month === m)?.opted_in ?? 0, contacted: r?.contacted ?? 0, interviewed: r?.interviewed ?? 0, hired: r?.hired ?? 0 });
    }

    const hires: { created_at: Date; hired_at: Date }[] = await this.db.query(`
      WITH p AS (${people})
      SELECT c.created_at, c.hired_at FROM candidates c JOIN p ON p.id = c.volunteer_id
      WHERE c.stage = 'hired' AND c.hired_at >= $1 AND c.hired_at < $2 ${monthWhere ? `AND ${monthWhere}` : ''}`, monthParams);
    // The headline is the agency's: every staff account created in the period that is not a programme person.
    const [other]: { n: number }[] = await this.db.query(`
      SELECT count(*)::int AS n FROM users u
      WHERE u.created_at >= $1 AND u.created_at < $2
        AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('admin', 'hr', 'coordinator', 'organizer'))
        AND NOT EXISTS (SELECT 1 FROM volunteers v WHERE v.user_id = u.id)`, [start, end]);
    const [fromProgramme]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM candidates c WHERE c.stage = 'hired' AND c.hired_at >= $1 AND c.hired_at < $2`, [start, end]);

    return {
      from, to, funnel, conversion: funnelConversion(funnel),
      byCenter: [...byCenterMap.entries()].map(([id, c]) => ({ centerId: id, centerName: nameOf(centers.find((x) => x.id === id)), ...c }))
        .sort((a, b) => b.volunteers - a.volunteers),
      byCohort: [...byCohortMap.entries()].map(([id, c]) => ({ intakeId: id, intakeName: nameOf(intakes.find((x) => x.id === id)), opensOn: intakes.find((x) => x.id === id)?.opens_on ?? null, ...c }))
        .sort((a, b) => String(a.opensOn ?? '9999').localeCompare(String(b.opensOn ?? '9999'))),
      byMonth,
      timeToHire: timeToHire(hires.map((h) => ({ enteredAt: new Date(h.created_at), hiredAt: new Date(h.hired_at) }))),
      headline: { fromProgramme: fromProgramme.n, otherHires: other.n, sharePercent: programmeHireShare(fromProgramme.n, other.n) },
    };
  }

  async export(actor: AuthUser, q: DashboardExportQueryDto, locale: Locale, requestId?: string): Promise<ExportFile> {
    const d = await this.dashboard(q);
    const L = LABELS[locale];
    const steps = [...FUNNEL_STEPS];
    const tables: SheetTable[] = [
      { name: L.funnel, header: [L.step, L.count, L.conversion], rows: steps.map((s) => [L[s], d.funnel[s], d.conversion[s]]) },
      { name: L.byCenter, header: [L.center, ...steps.map((s) => L[s])], rows: d.byCenter.map((r) => [r.centerName?.[locale] ?? L.none, ...steps.map((s) => r[s])]) },
      { name: L.byCohort, header: [L.cohort, ...steps.map((s) => L[s])], rows: d.byCohort.map((r) => [r.intakeName?.[locale] ?? L.none, ...steps.map((s) => r[s])]) },
      {
        name: L.byMonth, header: [L.month, L.optedIn, L.contacted, L.interviewed, L.hired],
        rows: d.byMonth.map((r) => [r.month, r.optedIn, r.contacted, r.interviewed, r.hired]),
      },
      {
        name: L.headline, header: [L.period, L.fromProgramme, L.otherHires, L.sharePercent, L.medianDays, L.averageDays],
        rows: [[`${d.from} – ${d.to}`, d.headline.fromProgramme, d.headline.otherHires, d.headline.sharePercent, d.timeToHire.medianDays, d.timeToHire.averageDays]],
      },
    ];
    await this.audit.record({ actor, action: 'hiring.dashboard.export', entity: 'hiring-dashboard', details: { ...q }, requestId: requestId ?? null });
    const filename = `hiring-pipeline-${d.from}-${d.to}`;
    if (q.format === 'csv') {
      // One CSV holds one table: the funnel by center with the totals first, the file HR pastes into reports.
      return csvFile({ name: L.byCenter, header: [L.center, ...steps.map((s) => L[s])], rows: [[L.funnel, ...steps.map((s) => d.funnel[s])], ...tables[1].rows] }, filename);
    }
    return xlsxFile(tables, filename);
  }
}
