import { approvedMinutes, monthlyHours, type LedgerEntry } from '@dost/domain';
import { NotificationDeliveryEntity } from '../notifications/entities/notification-delivery.entity';
import { HoursFactory, daysAgo } from '../../test/hours-factory';
import { asUser, startRosteringHttp, type RosteringHttp } from '../../test/rostering-factory';
import type { CenterEntity } from '../organisation/entities/center.entity';
import type { TestVolunteer } from '../../test/rostering-factory';

const monthsApart = (a: string, b: string): number => Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)) - (Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7)));

/**
 * The approval queue and "My hours" over real HTTP on a real PostgreSQL: totals equal the ledger after
 * concurrent overlapping approvals, decisions count once, scope hides other centers' rows, corrections keep
 * the original and the history, and milestone mail goes out exactly once.
 */
describe('hours: approvals and My hours', () => {
  let h: RosteringHttp;
  let hf: HoursFactory;
  let as: ReturnType<typeof asUser>;
  let centerA: CenterEntity;
  let centerB: CenterEntity;
  let coordA: { token: string; userId: string };
  let coordA2: { token: string; userId: string };
  let coordB: { token: string; userId: string };
  let admin: { token: string; userId: string };

  beforeAll(async () => {
    h = await startRosteringHttp();
    hf = new HoursFactory(h.t);
    as = asUser(() => h.url);
    centerA = await h.f.center();
    centerB = await h.f.center();
    coordA = await h.f.loginAs(['coordinator'], { centerIds: [centerA.id] });
    coordA2 = await h.f.loginAs(['coordinator'], { centerIds: [centerA.id] });
    coordB = await h.f.loginAs(['coordinator'], { centerIds: [centerB.id] });
    admin = await h.f.loginAs(['admin']);
  });
  afterAll(() => h.t.close());

  const ledgerOf = async (where: string, params: unknown[]): Promise<LedgerEntry[]> =>
    (await h.t.db.query(`SELECT volunteer_id AS "volunteerId", status, minutes, to_char(work_date, 'YYYY-MM-DD') AS "workDate", center_id AS "centerId", event_id AS "eventId" FROM hour_entries WHERE ${where}`, params));
  const totalOf = async (volunteerId: string): Promise<number> => (await h.t.db.query(`SELECT approved_minutes FROM volunteers WHERE id = $1`, [volunteerId]))[0].approved_minutes;
  const mails = (toEmail: string, template: string) => h.t.db.getRepository(NotificationDeliveryEntity).find({ where: { toEmail, template } });

  async function expectTotalsExact(volunteers: TestVolunteer[], centerId: string): Promise<void> {
    for (const v of volunteers) {
      expect(await totalOf(v.volunteer.id)).toBe(approvedMinutes(await ledgerOf('volunteer_id = $1', [v.volunteer.id])));
    }
    const stored: { month: string; minutes: number; people: number }[] = await h.t.db.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, sum(approved_minutes)::int AS minutes, count(DISTINCT volunteer_id) FILTER (WHERE approved_minutes > 0)::int AS people
         FROM monthly_hours WHERE owner_id = $1 GROUP BY month HAVING sum(approved_minutes) > 0 ORDER BY month`,
      [centerId],
    );
    const expected = monthlyHours(await ledgerOf('center_id = $1', [centerId]));
    expect(stored.map((s) => ({ month: s.month, approvedMinutes: s.minutes, activeVolunteers: s.people }))).toEqual(expected);
    await expectCountersExact(centerId);
  }

  /**
   * The national counters (monthly_active) of the network, the center's region and the center equal the
   * ledger: per month `monthlyHours`, and over the whole span of months the distinct volunteers with
   * approved minutes (each counted in the first month of the span they were active, as the report reads them).
   */
  async function expectCountersExact(centerId: string): Promise<void> {
    const [{ region }] = await h.t.db.query(`SELECT region FROM centers WHERE id = $1`, [centerId]);
    const scopes: [string, string, unknown[]][] = [
      ['all', 'center_id IS NOT NULL', []],
      [`region:${region}`, 'center_id IN (SELECT id FROM centers WHERE region = $1)', [region]],
      [`center:${centerId}`, 'center_id = $1', [centerId]],
    ];
    for (const [scope, where, params] of scopes) {
      const entries = await ledgerOf(where, params);
      const perMonth = monthlyHours(entries);
      const stored: { month: string; minutes: number; people: number }[] = await h.t.db.query(
        `SELECT to_char(month, 'YYYY-MM') AS month, sum(approved_minutes)::int AS minutes, sum(volunteers)::int AS people
           FROM monthly_active WHERE scope = $1 GROUP BY month HAVING sum(volunteers) > 0 ORDER BY month`,
        [scope],
      );
      expect(stored.map((s) => ({ month: s.month, approvedMinutes: s.minutes, activeVolunteers: s.people }))).toEqual(perMonth);
      if (!perMonth.length) continue;
      // the last 12 months with data (other suites of this worker may have written other years)
      const until = perMonth[perMonth.length - 1].month;
      const from = perMonth.map((m) => m.month).find((m) => monthsApart(m, until) < 12) as string;
      const byVolunteer = new Map<string, LedgerEntry[]>();
      for (const e of entries.filter((x) => x.workDate.slice(0, 7) >= from && x.workDate.slice(0, 7) <= until)) {
        byVolunteer.set(e.volunteerId, [...(byVolunteer.get(e.volunteerId) ?? []), e]);
      }
      const distinct = [...byVolunteer.values()].filter((es) => approvedMinutes(es) > 0).length;
      const [{ n }] = await h.t.db.query(
        `SELECT COALESCE(sum(volunteers) FILTER (WHERE gap > (extract(year FROM month)::int * 12 + extract(month FROM month)::int) - (extract(year FROM $2::date)::int * 12 + extract(month FROM $2::date)::int)), 0)::int AS n
           FROM monthly_active WHERE scope = $1 AND month >= $2::date AND month <= $3::date`,
        [scope, `${from}-01`, `${until}-01`],
      );
      expect(n).toBe(distinct);
    }
  }

  it('concurrent approvals of overlapping sets keep totals and the monthly roll-up equal to the ledger; each entry changes once', async () => {
    const vols = await h.r.volunteers(3, { homeCenterId: centerA.id });
    const dates = [daysAgo(1), daysAgo(35), daysAgo(70)];
    const ids = (await Promise.all(vols.map((v, k) => hf.pending(v.volunteer.id, { centerId: centerA.id }, Array.from({ length: 12 }, (_, i) => 30 + 15 * ((i + k) % 7)), dates, v.userId)))).flat();
    const sets = [ids.slice(0, 24), ids.slice(12, 36), ids.slice(6, 30), ids.slice(0, 36).reverse(), ids.filter((_, i) => i % 2 === 0), ids.filter((_, i) => i % 3 === 0)];
    const tokens = [coordA.token, coordA2.token, admin.token];
    const answers = await Promise.all(sets.map((set, i) => as(tokens[i % tokens.length]).post('/hour-entries/decide', { ids: set, decision: 'approved' })));
    for (const a of answers) expect(a.status).toBe(200);
    const changed = answers.flatMap((a) => a.body.changed as string[]);
    expect(changed.sort()).toEqual([...ids].sort());
    await expectTotalsExact(vols, centerA.id);
    // one hours-approved mail per volunteer per request that changed something of theirs, never more than requests
    for (const v of vols) {
      const sent = await mails(v.volunteer.email, 'hours-approved');
      const requestsTouching = answers.filter((a) => (a.body.changed as string[]).some((id) => ids.indexOf(id) >= vols.indexOf(v) * 12 && ids.indexOf(id) < (vols.indexOf(v) + 1) * 12)).length;
      expect(sent).toHaveLength(requestsTouching);
      expect(sent.reduce((s, m) => s + (m.props.approvedMinutes as number), 0)).toBe(await totalOf(v.volunteer.id));
    }
  });

  it('concurrent approvals and rejections of the same rows: whatever wins, totals equal the ledger', async () => {
    const vols = await h.r.volunteers(2, { homeCenterId: centerA.id });
    const ids = (await Promise.all(vols.map((v) => hf.pending(v.volunteer.id, { centerId: centerA.id }, [60, 90, 120, 45, 75, 30, 240, 15], [daysAgo(2), daysAgo(40)], v.userId)))).flat();
    await Promise.all([
      as(coordA.token).post('/hour-entries/decide', { ids, decision: 'approved' }),
      as(coordA2.token).post('/hour-entries/decide', { ids: ids.slice(4), decision: 'rejected', reason: 'Sübut yoxdur' }),
      as(admin.token).post('/hour-entries/decide', { ids: ids.slice(0, 10), decision: 'approved' }),
      as(coordA.token).post('/hour-entries/decide', { ids: ids.slice(8, 14), decision: 'rejected', reason: 'Təkrar qeyd' }),
    ]);
    await expectTotalsExact(vols, centerA.id);
  });

  it('a double decide counts once; rejection without a reason changes nothing; rejection mails the reason', async () => {
    const v = await h.r.volunteer({ homeCenterId: centerA.id });
    const ids = await hf.pending(v.volunteer.id, { centerId: centerA.id }, [120, 60], [daysAgo(3)], v.userId);
    const first = await as(coordA.token).post('/hour-entries/decide', { ids: [ids[0]], decision: 'approved' }).expect(200);
    expect(first.body).toEqual({ changed: [ids[0]], unchanged: [], missing: [] });
    const again = await as(coordA.token).post('/hour-entries/decide', { ids: [ids[0]], decision: 'approved' }).expect(200);
    expect(again.body).toEqual({ changed: [], unchanged: [ids[0]], missing: [] });
    expect(await totalOf(v.volunteer.id)).toBe(120);
    expect(await mails(v.volunteer.email, 'hours-approved')).toHaveLength(1);

    const bad = await as(coordA.token).post('/hour-entries/decide', { ids: [ids[1]], decision: 'rejected', reason: '   ' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'hoursReasonRequired' })]);
    expect(bad.body.errors[0].message).toMatch(/səbəb/i);
    expect((await h.t.db.query(`SELECT status FROM hour_entries WHERE id = $1`, [ids[1]]))[0].status).toBe('pending');
    expect(await h.t.db.query(`SELECT 1 FROM hour_entry_changes WHERE entry_id = $1 AND action = 'rejected'`, [ids[1]])).toHaveLength(0);

    await as(coordA.token).post('/hour-entries/decide', { ids: [ids[1]], decision: 'rejected', reason: 'O gün mərkəz bağlı idi' }).expect(200);
    const rejected = await mails(v.volunteer.email, 'hours-rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].props.reason).toBe('O gün mərkəz bağlı idi');
    const mine = await as(v.token).get('/me/hour-entries?status=rejected').expect(200);
    expect(mine.body.data).toEqual([expect.objectContaining({ id: ids[1], status: 'rejected', decisionReason: 'O gün mərkəz bağlı idi' })]);
    expect(await totalOf(v.volunteer.id)).toBe(120);
  });

  it('scope: another center’s coordinator gets 404 and `missing`, and nothing changes', async () => {
    const v = await h.r.volunteer({ homeCenterId: centerA.id });
    const [id] = await hf.pending(v.volunteer.id, { centerId: centerA.id }, [90], [daysAgo(4)], v.userId);
    await as(coordB.token).get(`/hour-entries/${id}`).expect(404);
    await as(coordB.token).post(`/hour-entries/${id}/correct`, { minutes: 30, reason: 'x' }).expect(404);
    const list = await as(coordB.token).get(`/hour-entries?volunteerId=${v.volunteer.id}`).expect(200);
    expect(list.body).toEqual({ data: [], total: 0 });
    const d = await as(coordB.token).post('/hour-entries/decide', { ids: [id], decision: 'approved' }).expect(200);
    expect(d.body).toEqual({ changed: [], unchanged: [], missing: [id] });
    expect((await h.t.db.query(`SELECT status, minutes FROM hour_entries WHERE id = $1`, [id]))[0]).toEqual({ status: 'pending', minutes: 90 });
    // a volunteer sees only their own rows
    const other = await h.r.volunteer({ homeCenterId: centerA.id });
    expect((await as(other.token).get('/me/hour-entries').expect(200)).body.total).toBe(0);
    // hr reads, but may not decide
    const hr = await h.f.loginAs(['hr']);
    await as(hr.token).get(`/hour-entries/${id}`).expect(200);
    await as(hr.token).post('/hour-entries/decide', { ids: [id], decision: 'approved' }).expect(403);
    // the queue of A shows it, with names and the pending count
    const queue = await as(coordA.token).get(`/hour-entries?status=pending&volunteerId=${v.volunteer.id}`).expect(200);
    expect(queue.body.data[0]).toEqual(expect.objectContaining({ id, volunteerName: v.volunteer.fullName, minutes: 90, originalMinutes: 90, place: expect.objectContaining({ kind: 'center', id: centerA.id }) }));
    expect((await as(coordA.token).get('/hour-entries/pending-count').expect(200)).body.count).toBeGreaterThanOrEqual(1);
    expect((await as(coordB.token).get('/hour-entries/pending-count').expect(200)).body.count).toBe(0);
  });

  it('a correction keeps the original minutes and the history (who, from → to, why) and moves the total', async () => {
    const v = await h.r.volunteer({ homeCenterId: centerA.id });
    const [id] = await hf.pending(v.volunteer.id, { centerId: centerA.id }, [240], [daysAgo(5)], v.userId);
    await as(coordA.token).post('/hour-entries/decide', { ids: [id], decision: 'approved' }).expect(200);
    const noReason = await as(coordA.token).post(`/hour-entries/${id}/correct`, { minutes: 180 }).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const res = await as(coordA.token).post(`/hour-entries/${id}/correct`, { minutes: 180, reason: 'Bir saat tez getdi' }).expect(200);
    expect(res.body).toEqual(expect.objectContaining({ minutes: 180, originalMinutes: 240, status: 'approved', flags: ['corrected'] }));
    expect(res.body.history.map((c: { action: string }) => c.action)).toEqual(['created', 'approved', 'corrected']);
    expect(res.body.history[2]).toEqual(expect.objectContaining({ fromMinutes: 240, toMinutes: 180, reason: 'Bir saat tez getdi', byName: 'Test coordinator' }));
    expect(await totalOf(v.volunteer.id)).toBe(180);
    await expectTotalsExact([v], centerA.id);
  });

  it('national counters: two centers of one region, months going back to 0, a center moving to another region', async () => {
    const region = `Region ${Date.now()}`;
    const c1 = await h.f.center({ region });
    const c2 = await h.f.center({ region });
    const [v, w] = await h.r.volunteers(2, { homeCenterId: c1.id });
    const [a1, a2] = await hf.pending(v.volunteer.id, { centerId: c1.id }, [60, 90], [daysAgo(3), daysAgo(95)], v.userId);
    const [b1] = await hf.pending(v.volunteer.id, { centerId: c2.id }, [45], [daysAgo(3)], v.userId);
    const [w1] = await hf.pending(w.volunteer.id, { centerId: c2.id }, [120], [daysAgo(40)], w.userId);
    await Promise.all([
      as(admin.token).post('/hour-entries/decide', { ids: [a1, b1], decision: 'approved' }),
      as(admin.token).post('/hour-entries/decide', { ids: [a2, w1], decision: 'approved' }),
    ]);
    await expectCountersExact(c1.id);
    await expectCountersExact(c2.id);
    // v's month at c1 goes back to 0 (still active in the region through c2), then the earlier month too
    await as(admin.token).post(`/hour-entries/${a1}/correct`, { minutes: 0, reason: 'Səhv qeyd' }).expect(200);
    await as(admin.token).post('/hour-entries/decide', { ids: [a2], decision: 'rejected', reason: 'Təkrar qeyd' }).expect(200);
    await expectCountersExact(c1.id);
    await expectCountersExact(c2.id);
    // c2 moves to another region: both regions' counters follow (trigger)
    await h.t.db.query(`UPDATE centers SET region = $2 WHERE id = $1`, [c2.id, `${region} 2`]);
    await expectCountersExact(c1.id);
    await expectCountersExact(c2.id);
  });

  it('a milestone is mailed exactly once, even when the total falls below it and crosses it again', async () => {
    const v = await h.r.volunteer({ homeCenterId: centerA.id });
    const ids = await hf.pending(v.volunteer.id, { centerId: centerA.id }, [960, 960, 960, 180], [daysAgo(6), daysAgo(7)], v.userId);
    await Promise.all([
      as(coordA.token).post('/hour-entries/decide', { ids, decision: 'approved' }),
      as(coordA2.token).post('/hour-entries/decide', { ids: [...ids].reverse(), decision: 'approved' }),
    ]);
    expect(await totalOf(v.volunteer.id)).toBe(3060);
    await as(coordA.token).post('/hour-entries/decide', { ids: [ids[3]], decision: 'rejected', reason: 'Yoxlama' }).expect(200);
    await as(coordA.token).post('/hour-entries/decide', { ids: [ids[3]], decision: 'approved' }).expect(200);
    const sent = await mails(v.volunteer.email, 'hours-milestone');
    expect(sent).toHaveLength(1);
    expect(sent[0].props).toEqual(expect.objectContaining({ hours: 50, totalMinutes: 3060, nextHours: 100 }));
    const me = await as(v.token).get('/me/hours').expect(200);
    expect(me.body.milestones.map((m: { hours: number }) => m.hours)).toEqual([50]);
    expect(me.body.nextMilestone).toEqual({ hours: 100, remainingMinutes: 6000 - 3060 });
  });

  it('a volunteer adds a manual entry with per-field errors, and My hours shows pending, then the approved total and 12 months', async () => {
    const v = await h.r.volunteer({ homeCenterId: centerA.id });
    const me = as(v.token);
    const bad = await me.post('/me/hour-entries', { category: 'shift', workDate: daysAgo(-1), minutes: 0, note: '' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'minutes', 'note']);
    const future = await me.post('/me/hour-entries', { category: 'training', workDate: daysAgo(-1), minutes: 60, note: 'Təlim' }).expect(400);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'workDate', code: 'hoursDateFuture' })]);
    const old = await me.post('/me/hour-entries', { category: 'training', workDate: daysAgo(91), minutes: 60, note: 'Təlim' }).expect(400);
    expect(old.body.errors).toEqual([expect.objectContaining({ field: 'workDate', code: 'hoursDateTooOld' })]);
    const elsewhere = await me.post('/me/hour-entries', { category: 'training', workDate: daysAgo(1), minutes: 60, note: 'Təlim', centerId: centerB.id }).expect(400);
    expect(elsewhere.body.errors).toEqual([expect.objectContaining({ field: 'centerId', code: 'hoursPlaceNotServed' })]);
    expect((await h.t.db.query(`SELECT count(*)::int AS n FROM hour_entries WHERE volunteer_id = $1`, [v.volunteer.id]))[0].n).toBe(0);

    const made = await me.post('/me/hour-entries', { category: 'remote', workDate: daysAgo(1), minutes: 150, note: 'Sorğu cavablarını daxil etdim' }).expect(201);
    expect(made.body).toEqual(expect.objectContaining({ status: 'pending', minutes: 150, category: 'remote', place: expect.objectContaining({ id: centerA.id }) }));
    let summary = (await me.get('/me/hours').expect(200)).body;
    expect(summary).toEqual(expect.objectContaining({ totalMinutes: 0, pendingMinutes: 150, pendingCount: 1 }));
    expect(summary.months).toHaveLength(12);
    expect(summary.places[0]).toEqual(expect.objectContaining({ kind: 'center', id: centerA.id }));

    await as(coordA.token).post('/hour-entries/decide', { ids: [made.body.id], decision: 'approved' }).expect(200);
    summary = (await me.get('/me/hours').expect(200)).body;
    expect(summary.totalMinutes).toBe(150);
    expect(summary.pendingMinutes).toBe(0);
    expect(summary.months.reduce((s: number, m: { minutes: number }) => s + m.minutes, 0)).toBe(150);
    expect(summary.months.filter((m: { minutes: number }) => m.minutes === 0)).toHaveLength(11);
    expect(summary.months[11].month).toBe(daysAgo(0).slice(0, 7));
    expect(summary.byPlace).toEqual([expect.objectContaining({ id: centerA.id, minutes: 150 })]);
    expect(summary.byCategory).toEqual([{ category: 'remote', minutes: 150 }]);
  });

  it('manual entries for one day stop at 16 hours, even when sent at once', async () => {
    const v = await h.r.volunteer({ homeCenterId: centerA.id });
    const day = daysAgo(2);
    const answers = await Promise.all(Array.from({ length: 4 }, () => as(v.token).post('/me/hour-entries', { category: 'other', workDate: day, minutes: 300, note: 'Sənədlər' })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 400]);
    const refused = answers.find((a) => a.status === 400)!;
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'minutes', code: 'hoursDayFull' })]);
    expect(refused.body.errors[0].message).toContain('60');
    // a rejected entry frees its minutes
    const [first] = answers.filter((a) => a.status === 201);
    await as(coordA.token).post('/hour-entries/decide', { ids: [first.body.id], decision: 'rejected', reason: 'Təkrar' }).expect(200);
    await as(v.token).post('/me/hour-entries', { category: 'other', workDate: day, minutes: 300, note: 'Sənədlər' }).expect(201);
  });

  it('the queue: search by name, sort, page; bad input is refused per field', async () => {
    const v = await h.r.volunteer({ homeCenterId: centerA.id, fullName: 'Zümrüd Qəhrəmanova' });
    await hf.pending(v.volunteer.id, { centerId: centerA.id }, [30, 45, 60], [daysAgo(8), daysAgo(9), daysAgo(10)], v.userId);
    const found = await as(coordA.token).get('/hour-entries?q=zümrüd&sort=minutes&order=DESC&perPage=2&page=1').expect(200);
    expect(found.body.total).toBe(3);
    expect(found.body.data.map((e: { minutes: number }) => e.minutes)).toEqual([60, 45]);
    const page2 = await as(coordA.token).get('/hour-entries?q=zümrüd&sort=minutes&order=DESC&perPage=2&page=2').expect(200);
    expect(page2.body.data.map((e: { minutes: number }) => e.minutes)).toEqual([30]);
    expect((await as(coordA.token).get('/hour-entries?sort=note').expect(400)).body.errors[0].field).toBe('sort');
    expect((await as(coordA.token).get('/hour-entries?status=lost').expect(400)).body.errors[0].field).toBe('status');
    const tooMany = Array.from({ length: 501 }, () => '00000000-0000-4000-8000-000000000000');
    expect((await as(coordA.token).post('/hour-entries/decide', { ids: tooMany, decision: 'approved' }).expect(400)).body.errors[0].field).toBe('ids');
    expect((await as(coordA.token).post('/hour-entries/decide', { ids: ['x'], decision: 'approved' }).expect(400)).body.errors[0].field).toBe('ids');
  });

  it('staff add a manual entry for a volunteer of their scope only', async () => {
    const mine = await h.r.volunteer({ homeCenterId: centerA.id });
    const theirs = await h.r.volunteer({ homeCenterId: centerB.id });
    const ok = await as(coordA.token).post('/hour-entries', { volunteerId: mine.volunteer.id, centerId: centerA.id, category: 'training', workDate: daysAgo(10), minutes: 120, note: 'İlk yardım təlimi' }).expect(201);
    expect(ok.body).toEqual(expect.objectContaining({ status: 'pending', volunteerId: mine.volunteer.id, history: [expect.objectContaining({ action: 'created', byName: 'Test coordinator' })] }));
    const no = await as(coordA.token).post('/hour-entries', { volunteerId: theirs.volunteer.id, centerId: centerB.id, category: 'training', workDate: daysAgo(10), minutes: 120, note: 'x' }).expect(400);
    expect(no.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['centerId', 'volunteerId']);
  });
});
