import { approvedMinutes, monthlyHours, type LedgerEntry } from '@dost/domain';
import { Client } from 'pg';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

/** The demo's hours are what a new user sees first on every hours screen: they must add up exactly. */
describe('the demo organisation has a true hours history', () => {
  let db: Client;
  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${process.env.E2E_DATABASE}`;
    db = new Client({ connectionString: url.toString() });
    await db.connect();
  });
  afterAll(() => db.end());

  const ledger = async (): Promise<(LedgerEntry & { id: string })[]> =>
    (await db.query(`SELECT id, volunteer_id, status, minutes, to_char(work_date, 'YYYY-MM-DD') AS work_date, center_id, event_id FROM hour_entries`)).rows.map((r) => ({
      id: r.id, volunteerId: r.volunteer_id, status: r.status, minutes: r.minutes, workDate: r.work_date, centerId: r.center_id, eventId: r.event_id,
    }));

  it('every volunteer total equals the approved minutes of the ledger, and the monthly roll-up equals monthlyHours', async () => {
    const rows = await ledger();
    expect(rows.filter((r) => r.status === 'approved').length).toBeGreaterThan(200);
    // Demo volunteers only: other tests add people of their own with made-up totals.
    const totals = (await db.query(`SELECT id, approved_minutes FROM volunteers WHERE demo`)).rows;
    for (const v of totals) expect([v.id, v.approved_minutes]).toEqual([v.id, approvedMinutes(rows.filter((r) => r.volunteerId === v.id))]);

    const rollup = (await db.query(`SELECT to_char(month, 'YYYY-MM') AS month, owner_id, sum(approved_minutes)::int AS minutes, count(*) FILTER (WHERE approved_minutes > 0)::int AS people
                                      FROM monthly_hours GROUP BY 1, 2 ORDER BY 2, 1`)).rows;
    const owners = [...new Set(rows.map((r) => r.centerId ?? r.eventId!))].sort();
    const expected = owners.flatMap((owner) => monthlyHours(rows.filter((r) => (r.centerId ?? r.eventId) === owner)).map((m) => ({ month: m.month, owner_id: owner, minutes: m.approvedMinutes, people: m.activeVolunteers })));
    expect(rollup.filter((r) => r.minutes > 0)).toEqual(expected.sort((a, b) => a.owner_id.localeCompare(b.owner_id) || a.month.localeCompare(b.month)));
    // The national report's counters: the network's months (centers only) equal monthlyHours too.
    const network = (await db.query(`SELECT to_char(month, 'YYYY-MM') AS month, sum(approved_minutes)::int AS "approvedMinutes", sum(volunteers)::int AS "activeVolunteers"
                                       FROM monthly_active WHERE scope = 'all' GROUP BY 1 HAVING sum(volunteers) > 0 ORDER BY 1`)).rows;
    expect(network).toEqual(monthlyHours(rows.filter((r) => r.centerId !== null)));
  });

  it('has pending entries to approve, no-shows, one volunteer blocked by them, and the demo volunteer short of a milestone', async () => {
    const pending = (await db.query(`SELECT count(*)::int AS n FROM hour_entries h JOIN centers c ON c.id = h.center_id WHERE h.status = 'pending' AND c.code = 'barda'`)).rows[0].n;
    expect(pending).toBeGreaterThan(3);
    const noShows = (await db.query(`SELECT count(*)::int AS n FROM shift_assignments WHERE status = 'no_show'`)).rows[0].n;
    expect(noShows).toBeGreaterThan(3);
    const blocked = (await db.query(`SELECT email FROM volunteers WHERE signup_blocked`)).rows.map((r) => r.email);
    expect(blocked).toEqual(['volunteer05@demo.dost.local']);
    const tural = (await db.query(`SELECT approved_minutes FROM volunteers WHERE email = 'volunteer@demo.dost.local'`)).rows[0];
    expect(tural.approved_minutes).toBeGreaterThan(10 * 60);
    expect(tural.approved_minutes).toBeLessThan(50 * 60);
  });

  it('SOCGOV 2025: everyone who worked it has an attendance record and approved hours', async () => {
    const { rows } = await db.query(
      `SELECT count(*)::int AS worked, count(r.id)::int AS recorded, count(h.id) FILTER (WHERE h.status = 'approved')::int AS approved
         FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id JOIN events e ON e.id = s.event_id
         LEFT JOIN attendance_records r ON r.assignment_id = a.id LEFT JOIN hour_entries h ON h.attendance_id = r.id
        WHERE e.status = 'completed' AND e.demo AND a.status = 'completed'`,
    );
    expect(rows[0].worked).toBeGreaterThan(20);
    expect(rows[0]).toEqual({ worked: rows[0].worked, recorded: rows[0].worked, approved: rows[0].worked });
  });
  it('the national report counts the demo volunteers onboarded as new volunteers, month by month and center by center', async () => {
    const base = process.env.E2E_BASE_URL!;
    const login = await request(base).post('/api/v1/auth/login').send({ email: 'admin@dost.local', password: E2E_PASSWORD }).expect(200);
    type Report = { months: { month: string; newVolunteers: number }[]; centers: { centerId: string; newVolunteers: number }[]; totals: { newVolunteers: number } };
    const national = async (from: string, to: string): Promise<Report> =>
      (await request(base).get('/api/v1/reports/national').query({ from, to }).set('Authorization', `Bearer ${login.body.accessToken}`).expect(200)).body;
    // From the tables: people moved to onboarded in the Baku months of the range, at their application's home center.
    const onboardedIn = async (from: string, to: string) => (await db.query(
      `SELECT to_char(timezone('Asia/Baku', t.at), 'YYYY-MM') AS month, a.home_center_id AS center, a.volunteer_id AS volunteer, v.demo
         FROM application_transitions t JOIN applications a ON a.id = t.application_id JOIN volunteers v ON v.id = a.volunteer_id
        WHERE t.to_status = 'onboarded' AND timezone('Asia/Baku', t.at) >= $1::date AND timezone('Asia/Baku', t.at) < ($2::date + interval '1 month')`,
      [`${from}-01`, `${to}-01`],
    )).rows as { month: string; center: string; volunteer: string; demo: boolean }[];
    const agrees = (report: Report, onboarded: { month: string; center: string }[]) => {
      expect(report.months.reduce((s, m) => s + m.newVolunteers, 0)).toBe(onboarded.length);
      expect(report.totals.newVolunteers).toBe(onboarded.length);
      for (const m of report.months) expect([m.month, m.newVolunteers]).toEqual([m.month, onboarded.filter((r) => r.month === m.month).length]);
      for (const c of report.centers) expect([c.centerId, c.newVolunteers]).toEqual([c.centerId, onboarded.filter((r) => r.center === c.centerId).length]);
    };
    const bakuMonth = (at: number) => new Date(at + 4 * 3_600_000).toISOString().slice(0, 7);
    const plusMonths = (month: string, n: number) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1 + n, 1)).toISOString().slice(0, 7);

    // The demo's onboardings, from the first one: up to 24 months (the report's limit), never past this month.
    const [{ first }] = (await db.query(
      `SELECT to_char(timezone('Asia/Baku', min(t.at)), 'YYYY-MM') AS first FROM application_transitions t JOIN applications a ON a.id = t.application_id
         JOIN volunteers v ON v.id = a.volunteer_id WHERE v.demo AND t.to_status = 'onboarded'`,
    )).rows;
    const until = [plusMonths(first, 23), bakuMonth(Date.now())].sort()[0];
    const onboarded = await onboardedIn(first, until);
    const demo = onboarded.filter((r) => r.demo);
    expect(new Set(demo.map((r) => r.volunteer)).size).toBe(demo.length);
    expect(demo.length).toBeGreaterThan(20);
    // Other specs may onboard a person of their own in this run (the recruitment flow); they count too.
    const report = await national(first, until);
    agrees(report, onboarded);
    expect(report.months.filter((m) => m.newVolunteers > 0).length).toBeGreaterThanOrEqual(3);
    expect(report.centers.filter((c) => c.newVolunteers > 0).length).toBeGreaterThan(1);

    // The 20 weeks of center history: the recent newcomers, exactly as the tables have them.
    const from = bakuMonth(Date.now() - 20 * 7 * 86_400_000);
    const recent = await onboardedIn(from, bakuMonth(Date.now()));
    expect(recent.filter((r) => r.demo).length).toBeGreaterThan(0);
    agrees(await national(from, bakuMonth(Date.now())), recent);

    // Every demo volunteer with hours came through an onboarded application, before the first hours, along the pipeline.
    const paths = (await db.query(
      `SELECT v.email, to_char(min(h.work_date), 'YYYY-MM-DD') AS first_day,
              (SELECT array_agg(t.to_status ORDER BY t.at) FROM application_transitions t JOIN applications a ON a.id = t.application_id WHERE a.volunteer_id = v.id) AS steps,
              (SELECT max(t.at) FROM application_transitions t JOIN applications a ON a.id = t.application_id WHERE a.volunteer_id = v.id AND t.to_status = 'onboarded') AS onboarded_at
         FROM volunteers v JOIN hour_entries h ON h.volunteer_id = v.id WHERE v.demo GROUP BY v.id`,
    )).rows as { email: string; first_day: string; steps: string[]; onboarded_at: Date | null }[];
    expect(paths.length).toBeGreaterThan(20);
    for (const p of paths) {
      expect([p.email, p.steps]).toEqual([p.email, ['submitted', 'screening', 'interview', 'offered', 'accepted', 'onboarded']]);
      expect([p.email, p.onboarded_at!.getTime() < Date.parse(`${p.first_day}T00:00:00+04:00`)]).toEqual([p.email, true]);
    }
    // The open intake the applicant demo shows is untouched: nobody has been taken on it yet.
    const open = (await db.query(
      `SELECT count(a.id)::int AS n FROM intakes i LEFT JOIN applications a ON a.intake_id = i.id AND a.status = 'onboarded' AND a.email LIKE '%@demo.dost.local' WHERE i.demo AND i.status = 'open'`,
    )).rows[0].n;
    expect(open).toBe(0);
  });
});
