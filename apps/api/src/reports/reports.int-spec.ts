import { fillRate, minutesToHours, monthlyHours, noShowRate, type LedgerEntry } from '@dost/domain';
import ExcelJS from 'exceljs';
import type { CenterEntity } from '../organisation/entities/center.entity';
import { ReportsFactory, type LedgerRow } from '../../test/reports-factory';
import { RosteringFactory } from '../../test/rostering-factory';
import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import type { CenterReportDto, EventReportDto, NationalReportDto } from './reports.types';

/**
 * Reports on generated ledger data: every number equals the @dost/domain function over the raw rows
 * (`monthlyHours`, `fillRate`, `noShowRate`), scope holds, exports are escaped, audited and localised.
 * Dates are in 2029 (fixed, never today): the worker's database may hold other specs' rows, so the
 * expected network figures are computed over all rows, as the report counts them.
 */
describe('reports', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let rf: ReportsFactory;
  let admin: { token: string; userId: string };
  let hr: { token: string };
  let a: CenterEntity, b: CenterEntity, c: CenterEntity;
  let eventId: string;
  const vols: string[] = [];
  const get = (token: string, path: string, lang = 'az') => t.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang);

  /** Every ledger row, as the domain functions take them. */
  async function ledgerRows(): Promise<(LedgerEntry & { centerId: string | null })[]> {
    const rows: { volunteer_id: string; status: LedgerEntry['status']; minutes: number; work_date: string; center_id: string | null; event_id: string | null }[] =
      await t.db.query(`SELECT volunteer_id, status, minutes, to_char(work_date, 'YYYY-MM-DD') AS work_date, center_id, event_id FROM hour_entries`);
    return rows.map((x) => ({ volunteerId: x.volunteer_id, status: x.status, minutes: x.minutes, workDate: x.work_date, centerId: x.center_id, eventId: x.event_id }));
  }

  /** Shifts (not cancelled, published) with their month and assignment fates, straight from the tables. */
  async function shiftRows(): Promise<{ center_id: string; month: string; slots: number; filled: number; attended: number; no_shows: number }[]> {
    return t.db.query(
      `SELECT s.center_id, to_char(timezone('Asia/Baku', s.starts_at), 'YYYY-MM') AS month, s.slots, s.assigned_count AS filled,
              (SELECT count(*)::int FROM shift_assignments x WHERE x.shift_id = s.id AND x.status = 'completed') AS attended,
              (SELECT count(*)::int FROM shift_assignments x WHERE x.shift_id = s.id AND x.status = 'no_show') AS no_shows
         FROM shifts s WHERE s.center_id IS NOT NULL AND s.status = 'published'`,
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RosteringFactory(t);
    rf = new ReportsFactory(t);
    admin = await f.loginAs(['admin']);
    hr = await f.loginAs(['hr']);
    a = await f.center({ region: 'Rep-Abşeron', nameAz: 'Sumqayıt DOST' });
    b = await f.center({ region: 'Rep-Abşeron', nameAz: 'Xırdalan DOST' });
    // A name a spreadsheet would run as a formula.
    c = await f.center({ region: 'Rep-Gəncə', nameAz: '=HYPERLINK("http://evil.example","click")', nameEn: '=HYPERLINK("http://evil.example","click")' });
    eventId = (await f.event({ startsAt: new Date('2029-02-10T09:00:00+04:00'), endsAt: new Date('2029-02-10T18:00:00+04:00') })).id;
    for (const v of await r.volunteers(6)) vols.push(v.volunteer.id);
    const [v0, v1, v2, v3, v4, v5] = vols;
    const rows: LedgerRow[] = [
      // v0 serves at two centers of one region, v1 at two regions: each counts once in the network's month.
      { volunteerId: v0, centerId: a.id, workDate: '2029-01-05', minutes: 240, fate: 'approved' },
      { volunteerId: v0, centerId: b.id, workDate: '2029-01-20', minutes: 180, fate: 'approved' },
      { volunteerId: v1, centerId: a.id, workDate: '2029-01-31', minutes: 120, fate: 'approved' },
      { volunteerId: v1, centerId: c.id, workDate: '2029-02-01', minutes: 90, fate: 'approved' },
      { volunteerId: v2, centerId: a.id, workDate: '2029-02-14', minutes: 300, fate: 'corrected', correctedTo: 210 },
      { volunteerId: v3, centerId: a.id, workDate: '2029-02-15', minutes: 60, fate: 'rejected' },
      { volunteerId: v3, centerId: b.id, workDate: '2029-02-16', minutes: 45, fate: 'pending' },
      { volunteerId: v4, centerId: c.id, workDate: '2029-03-03', minutes: 480, fate: 'approved' },
      { volunteerId: v4, centerId: c.id, workDate: '2029-03-04', minutes: 30, fate: 'approved' },
      { volunteerId: v5, centerId: b.id, workDate: '2029-03-31', minutes: 600, fate: 'approved' },
      // A volunteer whose only approved minutes were corrected to 0 is not active.
      { volunteerId: v5, centerId: a.id, workDate: '2029-03-10', minutes: 60, fate: 'corrected', correctedTo: 0 },
      // Event hours: apart from the centers'.
      { volunteerId: v0, eventId, workDate: '2029-02-10', minutes: 300, fate: 'approved', category: 'event_preparation' },
      { volunteerId: v5, eventId, workDate: '2029-02-10', minutes: 120, fate: 'pending', category: 'event_preparation' },
    ];
    await rf.ledger(rows, admin.userId);

    const pa = await r.position({ centerId: a.id });
    const pc = await r.position({ centerId: c.id });
    const s1 = await rf.shift(pa, '2029-01-10T10:00:00+04:00', 4, 3, 3);
    await rf.assignments(s1, [{ volunteerId: v0, status: 'completed' }, { volunteerId: v1, status: 'completed' }, { volunteerId: v2, status: 'no_show' }]);
    const s2 = await rf.shift(pa, '2029-01-31T22:00:00+04:00', 2, 2, 1); // Baku January, UTC January too
    await rf.assignments(s2, [{ volunteerId: v3, status: 'completed' }, { volunteerId: v4, status: 'cancelled' }]);
    // 1 Feb 01:00 in Baku is still 31 January in UTC: the Baku month counts.
    const s3 = await rf.shift(pa, '2029-02-01T01:00:00+04:00', 3, 4, 2);
    await rf.assignments(s3, [{ volunteerId: v0, status: 'no_show' }, { volunteerId: v5, status: 'no_show' }]);
    await rf.shift(pa, '2029-02-05T10:00:00+04:00', 3, 5, 0, { status: 'cancelled' });
    await rf.shift(pa, '2029-02-06T10:00:00+04:00', 3, 5, 0, { status: 'draft' });
    const s4 = await rf.shift(pc, '2029-03-03T09:00:00+04:00', 8, 2, 2);
    await rf.assignments(s4, [{ volunteerId: v4, status: 'completed' }, { volunteerId: v1, status: 'completed' }]);

    // New volunteers: onboarded in the Baku month, at their home center.
    await rf.onboarded(v2, a.id, '2029-01-31T21:30:00Z'); // 1 Feb 01:30 in Baku
    await rf.onboarded(v3, a.id, '2029-02-20T10:00:00+04:00');
    await rf.onboarded(v4, c.id, '2029-03-01T10:00:00+04:00');

    // The event: two roles, shifts 09–13 and 12–18, one manual entry without a role.
    const greeter = await r.position({ eventId }, { nameAz: 'Qarşılama', nameEn: 'Greeter', nameRu: 'Встреча' });
    const usher = await r.position({ eventId }, { nameAz: 'Yerləşdirmə', nameEn: 'Usher', nameRu: 'Рассадка' });
    const e1 = await rf.shift(greeter, '2029-02-10T09:00:00+04:00', 4, 4, 3);
    await rf.assignments(e1, [{ volunteerId: v0, status: 'completed' }, { volunteerId: v1, status: 'completed' }, { volunteerId: v2, status: 'no_show' }]);
    const e2 = await rf.shift(usher, '2029-02-10T12:00:00+04:00', 6, 2, 2);
    await rf.assignments(e2, [{ volunteerId: v3, status: 'completed' }, { volunteerId: v4, status: 'completed' }]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a center by month: every figure is the domain function over the raw rows', async () => {
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [a.id] });
    const res = await get(coordinator.token, `/reports/centers/${a.id}?from=2028-12&to=2029-03`).expect(200);
    const report = res.body as CenterReportDto;
    expect(report.center).toEqual({ id: a.id, name: { az: a.nameAz, en: a.nameEn, ru: a.nameRu }, region: 'Rep-Abşeron' });
    expect(report.months.map((m) => m.month)).toEqual(['2028-12', '2029-01', '2029-02', '2029-03']);

    const entries = (await ledgerRows()).filter((e) => e.centerId === a.id);
    const expectedHours = new Map(monthlyHours(entries).map((m) => [m.month, m]));
    const shifts = (await shiftRows()).filter((s) => s.center_id === a.id);
    for (const m of report.months) {
      const h = expectedHours.get(m.month);
      expect([m.month, m.approvedMinutes, m.activeVolunteers]).toEqual([m.month, h?.approvedMinutes ?? 0, h?.activeVolunteers ?? 0]);
      expect(m.approvedHours).toBe(minutesToHours(m.approvedMinutes));
      const own = shifts.filter((s) => s.month === m.month);
      expect([m.month, m.fillRate]).toEqual([m.month, fillRate(own)]);
      expect([m.month, m.noShowRate]).toEqual([m.month, noShowRate({ attended: own.reduce((s, x) => s + x.attended, 0), noShows: own.reduce((s, x) => s + x.no_shows, 0) })]);
    }
    // Spelled out once, so a wrong domain function cannot hide behind itself.
    const [dec, jan, feb, mar] = report.months;
    expect(dec).toMatchObject({ approvedMinutes: 0, activeVolunteers: 0, fillRate: null, noShowRate: null, newVolunteers: 0 });
    expect(jan).toMatchObject({ approvedMinutes: 360, activeVolunteers: 2, slots: 5, filled: 4, fillRate: 0.8, attended: 3, noShows: 1, noShowRate: 0.25, newVolunteers: 0 });
    expect(feb).toMatchObject({ approvedMinutes: 210, activeVolunteers: 1, slots: 4, filled: 2, fillRate: 0.5, attended: 0, noShows: 2, noShowRate: 1, newVolunteers: 2 });
    expect(mar).toMatchObject({ approvedMinutes: 0, activeVolunteers: 0, newVolunteers: 0 });
    expect(report.totals).toMatchObject({ approvedMinutes: 570, activeVolunteers: 3, slots: 9, filled: 6, attended: 3, noShows: 3, noShowRate: 0.5, newVolunteers: 2 });
  });

  it('the network: months count a volunteer once across centers, regions and centers add up, event hours apart', async () => {
    const res = await get(hr.token, '/reports/national?from=2029-01&to=2029-03').expect(200);
    const report = res.body as NationalReportDto;
    const all = await ledgerRows();
    const centersOnly = all.filter((e) => e.centerId !== null);
    const expected = new Map(monthlyHours(centersOnly).map((m) => [m.month, m]));
    const expectedEvents = new Map(monthlyHours(all.filter((e) => e.eventId !== null)).map((m) => [m.month, m]));
    const shifts = await shiftRows();
    for (const m of report.months) {
      expect([m.month, m.approvedMinutes, m.activeVolunteers]).toEqual([m.month, expected.get(m.month)?.approvedMinutes ?? 0, expected.get(m.month)?.activeVolunteers ?? 0]);
      expect([m.month, m.eventMinutes, m.eventVolunteers]).toEqual([m.month, expectedEvents.get(m.month)?.approvedMinutes ?? 0, expectedEvents.get(m.month)?.activeVolunteers ?? 0]);
      const own = shifts.filter((s) => s.month === m.month);
      expect([m.month, m.fillRate]).toEqual([m.month, fillRate(own)]);
      expect([m.month, m.noShowRate]).toEqual([m.month, noShowRate({ attended: own.reduce((s, x) => s + x.attended, 0), noShows: own.reduce((s, x) => s + x.no_shows, 0) })]);
    }
    // Our volunteers in January: v0 at a and b, v1 at a — 2 people, not 3.
    const mine = (e: LedgerEntry) => vols.includes(e.volunteerId);
    expect(monthlyHours(centersOnly.filter(mine)).find((m) => m.month === '2029-01')).toEqual({ month: '2029-01', approvedMinutes: 540, activeVolunteers: 2 });

    // Regions: a volunteer in two centers of a region counts once there; a center's figures are its own report's.
    const inRange = (e: LedgerEntry) => e.workDate >= '2029-01-01' && e.workDate <= '2029-03-31';
    const absheron = report.regions.find((x) => x.region === 'Rep-Abşeron')!;
    const absheronIds = new Set(report.centers.filter((x) => x.region === 'Rep-Abşeron').map((x) => x.centerId));
    const absheronHours = monthlyHours(centersOnly.filter((e) => absheronIds.has(e.centerId!) && inRange(e)).map((e) => ({ ...e, workDate: '2029-01-01' })));
    expect(absheron).toMatchObject({ centers: 2, approvedMinutes: absheronHours[0].approvedMinutes, activeVolunteers: absheronHours[0].activeVolunteers });
    expect(absheron.activeVolunteers).toBe(4); // v0 (a+b), v1, v2, v5 — v3 was rejected or pending only
    const centerA = report.centers.find((x) => x.centerId === a.id)!;
    const own = (await get(admin.token, `/reports/centers/${a.id}?from=2029-01&to=2029-03`).expect(200)).body as CenterReportDto;
    expect(centerA).toMatchObject({ ...own.totals, name: { az: a.nameAz, en: a.nameEn, ru: a.nameRu } });
    const gence = report.regions.find((x) => x.region === 'Rep-Gəncə')!;
    expect(gence).toMatchObject({ centers: 1, approvedMinutes: 600, activeVolunteers: 2, slots: 2, filled: 2, fillRate: 1, newVolunteers: 1 });
    expect(report.totals.eventMinutes).toBe(monthlyHours(all.filter((e) => e.eventId !== null && inRange(e))).reduce((s, m) => s + m.approvedMinutes, 0));
  });

  it('an event: coverage by role and by hour, hours by role', async () => {
    const organizer = await f.loginAs(['organizer'], { eventIds: [eventId] });
    const report = (await get(organizer.token, `/reports/events/${eventId}`).expect(200)).body as EventReportDto;
    expect(report.roles.map((x) => [x.name?.en ?? null, x.slots, x.filled, x.attended, x.noShows, x.approvedMinutes])).toEqual([
      ['Greeter', 4, 3, 2, 1, 0], ['Usher', 2, 2, 2, 0, 0], [null, 0, 0, 0, 0, 300],
    ]);
    expect(report.roles[0].fillRate).toBe(fillRate([{ slots: 4, filled: 3 }]));
    // 09–13 greeters (4 places), 12–18 ushers (2): the 12:00 hour has both.
    expect(report.hours.map((h) => [h.hour.slice(11), h.slots, h.filled, h.attended])).toEqual([
      ['09:00', 4, 3, 2], ['10:00', 4, 3, 2], ['11:00', 4, 3, 2], ['12:00', 6, 5, 4], ['13:00', 2, 2, 2], ['14:00', 2, 2, 2], ['15:00', 2, 2, 2], ['16:00', 2, 2, 2], ['17:00', 2, 2, 2],
    ]);
    expect(report.hours[0].hour).toBe('2029-02-10T09:00');
    expect(report.totals).toMatchObject({ slots: 6, filled: 5, attended: 4, noShows: 1, approvedMinutes: 300, activeVolunteers: 1 });
  });

  it('scope: another center or event is 404, roles without reports are 403', async () => {
    const coordinatorB = await f.loginAs(['coordinator'], { centerIds: [b.id] });
    await get(coordinatorB.token, `/reports/centers/${a.id}`).expect(404);
    await get(coordinatorB.token, `/reports/centers/${a.id}?format=csv`).expect(404);
    await get(coordinatorB.token, `/reports/centers/${b.id}?from=2029-01&to=2029-03`).expect(200);
    await get(coordinatorB.token, '/reports/national').expect(403);
    const otherOrganizer = await f.loginAs(['organizer'], { eventIds: [] });
    await get(otherOrganizer.token, `/reports/events/${eventId}`).expect(404);
    await get(otherOrganizer.token, `/reports/centers/${a.id}`).expect(403);
    const volunteer = await f.loginAs(['volunteer']);
    await get(volunteer.token, '/reports/national').expect(403);
    await t.http().get('/api/v1/reports/national').expect(401);
  });

  it('bad months are refused per field, in the reader\'s language', async () => {
    const bad = await get(admin.token, '/reports/national?from=2029-13&to=2029-02', 'en').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'from', code: 'yearMonth', message: 'Enter the month as YYYY-MM, e.g. 2026-03.' })]);
    const order = await get(admin.token, '/reports/national?from=2029-05&to=2029-02').expect(400);
    expect(order.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'monthRangeOrder', message: 'Son ay ilk aydan əvvəl ola bilməz.' })]);
    const long = await get(admin.token, '/reports/national?from=2020-01&to=2029-02', 'ru').expect(400);
    expect(long.body.errors[0]).toMatchObject({ field: 'from', code: 'monthRangeTooLong', message: 'Отчёт охватывает не более 24 месяцев.' });
    const table = await get(admin.token, `/reports/events/${eventId}?format=csv&table=regions`).expect(400);
    expect(table.body.errors[0]).toMatchObject({ field: 'table', code: 'tableNotInReport' });
  });

  it('exports: CSV with a BOM and escaped formulas, XLSX sheets in the reader\'s language, each audited', async () => {
    const csv = await get(admin.token, '/reports/national?from=2029-01&to=2029-03&format=csv&table=centers', 'en').buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('national-report-2029-01-2029-03-centers.csv');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Center,Region,Approved hours,Active volunteers,"Shifts filled, %","No-show rate, %",New volunteers');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")",Rep-Gəncə,10,2,100,0,1`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const xlsx = await get(admin.token, '/reports/national?from=2029-01&to=2029-03&format=xlsx&envelope=true', 'az').expect(200);
    const body = Buffer.from(xlsx.body.base64, 'base64');
    expect(body.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.body.filename).toBe('olke-hesabati-2029-01-2029-03.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Aylar', 'Bölgələr', 'Regional mərkəzlər', 'Mərkəzlər']);
    const centers = book.getWorksheet('Mərkəzlər')!;
    expect(centers.getRow(1).getCell(1).value).toBe('Mərkəz');
    const evil = centers.getColumn(1).values.find((v) => String(v).includes('HYPERLINK'));
    expect(evil).toBe(`'=HYPERLINK("http://evil.example","click")`);
    const months = book.getWorksheet('Aylar')!;
    expect(months.getRow(1).values).toEqual([undefined, 'Ay', 'Təsdiqlənmiş saatlar', 'Fəal könüllülər', 'Yerlər', 'Tutulmuş yerlər', 'Doluluq, %', 'Gələnlər', 'Gəlməyənlər', 'Gəlməmə, %', 'Yeni könüllülər', 'Tədbir saatları', 'Tədbirlərdə fəal könüllülər']);
    expect(typeof months.getRow(2).getCell(2).value).toBe('number');

    const audits: { action: string; details: { report: string; format: string } }[] = await t.db.query(
      `SELECT action, details FROM audit_log WHERE actor_id = $1 AND action = 'reports.export' ORDER BY at`, [admin.userId],
    );
    expect(audits.map((x) => [x.details.report, x.details.format])).toEqual([['national', 'csv'], ['national', 'xlsx']]);

    const eventCsv = await get(admin.token, `/reports/events/${eventId}?format=csv&table=hours&envelope=true`, 'ru').expect(200);
    expect(Buffer.from(eventCsv.body.base64, 'base64').toString('utf8')).toContain('Час,Места,Занятые места,Пришли\r\n2029-02-10 09:00,4,3,2');
  });
});
