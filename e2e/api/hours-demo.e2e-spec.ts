import { approvedMinutes, monthlyHours, type LedgerEntry } from '@dost/domain';
import { Client } from 'pg';

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
        WHERE e.status = 'completed' AND a.status = 'completed'`,
    );
    expect(rows[0].worked).toBeGreaterThan(20);
    expect(rows[0]).toEqual({ worked: rows[0].worked, recorded: rows[0].worked, approved: rows[0].worked });
  });
});
