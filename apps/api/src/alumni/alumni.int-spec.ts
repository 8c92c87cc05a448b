import { addDays, bakuDateOf } from '@dost/domain';
import request from 'supertest';
import { CertificatesFactory } from '../../test/certificates-factory';
import { asUser, startRosteringHttp, type RosteringHttp, type TestVolunteer } from '../../test/rostering-factory';
import type { CenterEntity } from '../organisation/entities/center.entity';
import type { EventEntity } from '../organisation/entities/event.entity';
import { AlumniService } from './alumni.service';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('Könüllü CV — ə ğ ı ö ü ç ş\n'), Buffer.from('%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * Alumni over real HTTP on a real PostgreSQL: becoming alumni (programme certificate, coordinator's decision, scope),
 * the job-pool consent given and withdrawn (and the pool helper following it), the CV upload's checks, ratings'
 * scope and the privacy of their aggregate.
 */
describe('alumni', () => {
  let h: RosteringHttp;
  let as: ReturnType<typeof asUser>;
  let center: CenterEntity;
  let otherCenter: CenterEntity;
  let event: EventEntity;
  let coord: { token: string; userId: string };
  let otherCoord: { token: string; userId: string };
  let organizer: { token: string; userId: string };
  let hr: { token: string; userId: string };
  let alumni: AlumniService;
  const today = bakuDateOf(Date.now());

  beforeAll(async () => {
    h = await startRosteringHttp();
    as = asUser(() => h.url);
    alumni = h.t.app.get(AlumniService);
    center = await h.f.center();
    otherCenter = await h.f.center();
    event = await h.f.event({ status: 'completed', startsAt: new Date(Date.now() - 10 * 86_400_000), endsAt: new Date(Date.now() - 9 * 86_400_000) });
    coord = await h.f.loginAs(['coordinator'], { centerIds: [center.id] });
    otherCoord = await h.f.loginAs(['coordinator'], { centerIds: [otherCenter.id] });
    organizer = await h.f.loginAs(['organizer'], { eventIds: [event.id] });
    hr = await h.f.loginAs(['hr']);
  });
  afterAll(() => h.t.close());

  const put = (token: string, path: string, body: object) => request(h.url).put(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body);

  /** A fresh alumnus of `center` (through the coordinator's decision). */
  async function alumnus(): Promise<TestVolunteer> {
    const v = await h.r.volunteer({ homeCenterId: center.id });
    const res = await as(coord.token).post(`/volunteers/${v.volunteer.id}/alumni`, { reason: 'Proqramı uğurla bitirdi' });
    expect(res.status).toBe(201);
    return v;
  }

  describe('becoming alumni', () => {
    it('a programme-completion certificate makes the holder alumni in the same transaction, with the status history', async () => {
      const cf = new CertificatesFactory(h.t);
      const programme = await cf.type({ kind: 'programme', rule: { minHours: 1, centerId: center.id, periodFrom: addDays(today, -60), periodTo: addDays(today, 30) } });
      const event2 = await cf.type({ kind: 'event', rule: { eventId: event.id } });
      const v = await h.r.volunteer({ homeCenterId: center.id });
      await cf.approved(v.volunteer.id, { centerId: center.id }, [90], addDays(today, -3), coord.userId);
      await cf.approved(v.volunteer.id, { eventId: event.id }, [60], addDays(today, -9), organizer.userId);
      // An event certificate is not a completion of the programme.
      expect((await as(organizer.token).post('/certificates', { typeId: event2.id, volunteerId: v.volunteer.id })).status).toBe(201);
      expect((await h.t.db.query(`SELECT status FROM volunteers WHERE id = $1`, [v.volunteer.id]))[0].status).toBe('active');

      const issued = await as(coord.token).post('/certificates', { typeId: programme.id, volunteerId: v.volunteer.id });
      expect(issued.status).toBe(201);
      const [row] = await h.t.db.query(
        `SELECT v.status, p.source, p.certificate_id AS "certificateId", p.decided_by AS "decidedBy" FROM volunteers v JOIN alumni_profiles p ON p.volunteer_id = v.id WHERE v.id = $1`,
        [v.volunteer.id],
      );
      expect(row).toEqual({ status: 'alumni', source: 'certificate', certificateId: issued.body.id, decidedBy: coord.userId });
      const history = await h.t.db.query(`SELECT from_status AS "from", to_status AS "to" FROM volunteer_status_changes WHERE volunteer_id = $1 ORDER BY at DESC LIMIT 1`, [v.volunteer.id]);
      expect(history).toEqual([{ from: 'active', to: 'alumni' }]);
      // Alumni keep the whole history and their login: the career page opens.
      expect((await as(v.token).get('/me/career')).body).toMatchObject({ volunteerId: v.volunteer.id, source: 'certificate', consent: { given: false } });
    });

    it("a coordinator decides with a reason for people of their own centers only; twice is refused in words", async () => {
      const v = await h.r.volunteer({ homeCenterId: center.id });
      expect((await as(otherCoord.token).post(`/volunteers/${v.volunteer.id}/alumni`, { reason: 'x' })).status).toBe(404);
      const noReason = await as(coord.token).post(`/volunteers/${v.volunteer.id}/alumni`, { reason: '  ' }).set('Accept-Language', 'az');
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors[0].field).toBe('reason');
      const ok = await as(coord.token).post(`/volunteers/${v.volunteer.id}/alumni`, { reason: 'Proqramı bitirdi' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ volunteerId: v.volunteer.id, status: 'alumni' });
      const again = await as(coord.token).post(`/volunteers/${v.volunteer.id}/alumni`, { reason: 'yenə' }).set('Accept-Language', 'en');
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'ALUMNI_REFUSED', reason: 'alreadyAlumni', detail: 'This person is already an alumnus.' });
      const [{ reason }] = await h.t.db.query(`SELECT reason FROM alumni_profiles WHERE volunteer_id = $1`, [v.volunteer.id]);
      expect(reason).toBe('Proqramı bitirdi');
    });

    it('a person moved to alumni through the generic status route gets the alumni row on the first visit', async () => {
      const v = await h.r.volunteer({ homeCenterId: center.id });
      expect((await as(coord.token).post(`/volunteers/${v.volunteer.id}/status`, { to: 'alumni', reason: 'Proqramı bitirdi' })).status).toBeLessThan(300);
      const page = await as(v.token).get('/me/career');
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ source: 'coordinator', consent: { given: false } });
    });

    it('an applicant cannot become alumni; a volunteer who is not alumni has no career page', async () => {
      const a = await h.r.volunteer({ homeCenterId: center.id, status: 'applicant' });
      const res = await as(coord.token).post(`/volunteers/${a.volunteer.id}/alumni`, { reason: 'x' });
      expect(res.status).toBe(409);
      expect(res.body.reason).toBe('notOnboarded');
      const active = await h.r.volunteer({ homeCenterId: center.id });
      const page = await as(active.token).get('/me/career').set('Accept-Language', 'az');
      expect(page.status).toBe(409);
      expect(page.body).toMatchObject({ code: 'NOT_ALUMNI', detail: 'Karyera profili yalnız Könüllü DOST məzunları üçündür.' });
    });
  });

  describe('the job-pool consent', () => {
    it('is given to the current text version, withdrawn, given again — and the pool helper follows', async () => {
      const v = await alumnus();
      const id = v.volunteer.id;
      const state = (await as(v.token).get('/me/career/consent')).body;
      expect(state).toMatchObject({ given: false, latestVersion: expect.any(Number), withdrawnAt: null });
      expect(state.textAz).toMatch(/razıyam/);
      expect(state.textEn).toMatch(/withdraw/);
      expect(state.textRu).toMatch(/отозвать/);
      // The text is true: the pool and the pack never show the e-mail or phone (version 2; version 1 said HR sees them).
      expect(state.latestVersion).toBeGreaterThanOrEqual(2);
      expect(state.textEn).toMatch(/e-mail address, phone and FİN are not shown/);
      expect(state.textAz).toMatch(/E-poçt ünvanım, telefonum və FİN kodum orada göstərilmir/);
      expect(await alumni.isInPool(id)).toBe(false);

      const stale = await as(v.token).post('/me/career/consent', { version: state.latestVersion + 1, locale: 'az' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('CONSENT_VERSION_STALE');
      expect(await alumni.isInPool(id)).toBe(false);

      const given = await as(v.token).post('/me/career/consent', { version: state.latestVersion, locale: 'en' });
      expect(given.status).toBe(200);
      expect(given.body).toMatchObject({ given: true, version: state.latestVersion });
      expect(await alumni.isInPool(id)).toBe(true);
      // Giving it again while live changes nothing; parallel gives leave one live row.
      await Promise.all([1, 2, 3].map(() => as(v.token).post('/me/career/consent', { version: state.latestVersion, locale: 'en' })));
      expect((await h.t.db.query(`SELECT count(*)::int AS n FROM job_pool_consents WHERE volunteer_id = $1`, [id]))[0].n).toBe(1);

      const withdrawn = await as(v.token).post('/me/career/consent/withdraw');
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ given: false, withdrawnAt: expect.any(String) });
      expect(await alumni.isInPool(id)).toBe(false);
      expect((await as(v.token).post('/me/career/consent/withdraw')).status).toBe(200);

      await as(v.token).post('/me/career/consent', { version: state.latestVersion, locale: 'ru' });
      expect(await alumni.isInPool(id)).toBe(true);
      const ledger = await h.t.db.query(
        `SELECT locale, version, withdrawn_at IS NOT NULL AS withdrawn FROM job_pool_consents WHERE volunteer_id = $1 ORDER BY given_at`, [id],
      );
      expect(ledger).toEqual([
        { locale: 'en', version: state.latestVersion, withdrawn: true },
        { locale: 'ru', version: state.latestVersion, withdrawn: false },
      ]);
    });

    it('withdrawing a consent stamped ahead of now (clock skew, old demo data) is a 200, never a 500', async () => {
      const v = await alumnus();
      const { latestVersion } = (await as(v.token).get('/me/career/consent')).body;
      await as(v.token).post('/me/career/consent', { version: latestVersion, locale: 'az' });
      await h.t.db.query(`UPDATE job_pool_consents SET given_at = now() + interval '3 days' WHERE volunteer_id = $1`, [v.volunteer.id]);
      const res = await as(v.token).post('/me/career/consent/withdraw');
      expect(res.status).toBe(200);
      expect(res.body.given).toBe(false);
      expect(await alumni.isInPool(v.volunteer.id)).toBe(false);
    });

    it('a consent does not put a non-alumnus in the pool (staff hired away leave it)', async () => {
      const v = await alumnus();
      const { latestVersion } = (await as(v.token).get('/me/career/consent')).body;
      await as(v.token).post('/me/career/consent', { version: latestVersion, locale: 'az' });
      expect(await alumni.isInPool(v.volunteer.id)).toBe(true);
      await h.t.db.query(`UPDATE volunteers SET status = 'staff' WHERE id = $1`, [v.volunteer.id]);
      expect(await alumni.isInPool(v.volunteer.id)).toBe(false);
      // The career page says the truth to hired staff (not "opens once you complete the programme").
      const page = await as(v.token).get('/me/career');
      expect(page.status).toBe(409);
      expect(page.body.code).toBe('STAFF');
    });
  });

  describe('the career profile and the CV', () => {
    it('saves the profile with languages on the volunteer record; refuses unknown centers', async () => {
      const v = await alumnus();
      const res = await put(v.token, '/me/career', {
        educationLevel: 'bachelor', institution: 'ADA Universiteti', fieldOfStudy: 'Sosial iş', region: 'Bərdə',
        languages: [{ language: 'en', level: 'B2' }, { language: 'ru', level: 'C1' }], skills: ['Excel', ' Excel ', 'İctimaiyyətlə əlaqələr'],
        preferredCenterIds: [center.id], availabilityKind: 'full_time', availabilityText: 'İyuldan tam ştat',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        educationLevel: 'bachelor', region: 'Bərdə', skills: ['Excel', 'İctimaiyyətlə əlaqələr'], preferredCenterIds: [center.id], availabilityKind: 'full_time', cv: null,
      });
      const [row] = await h.t.db.query(`SELECT languages FROM volunteers WHERE id = $1`, [v.volunteer.id]);
      expect(row.languages).toEqual([{ language: 'en', level: 'B2' }, { language: 'ru', level: 'C1' }]);
      const bad = await put(v.token, '/me/career', { preferredCenterIds: ['00000000-0000-4000-8000-000000000000'] });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'preferredCenterIds', code: 'alumniUnknownCenter' });
      expect((await put(v.token, '/me/career', { educationLevel: 'astronaut' })).status).toBe(400);
    });

    it('takes a PDF only (by its bytes) up to 5 MB, with localised errors; the file lives on disk, not in the row', async () => {
      const v = await alumnus();
      const upload = (body: Buffer, name: string, lang = 'az') =>
        request(h.url).post('/api/v1/me/career/cv').set('Authorization', `Bearer ${v.token}`).set('Accept-Language', lang).attach('file', body, name);

      const png = await upload(PNG, 'cv.pdf');
      expect(png.status).toBe(400);
      expect(png.body.errors[0]).toMatchObject({ field: 'file', code: 'cvNotPdf', message: 'Yalnız PDF faylı yükləmək olar.' });
      const big = await upload(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'big.pdf', 'en');
      expect(big.status).toBe(400);
      expect(big.body.errors[0]).toMatchObject({ field: 'file', code: 'cvTooLarge', message: 'The file may be at most 5 MB.' });
      const none = await request(h.url).post('/api/v1/me/career/cv').set('Authorization', `Bearer ${v.token}`).set('Accept-Language', 'ru').send({});
      expect(none.status).toBe(400);
      expect(none.body.errors[0]).toMatchObject({ field: 'file', code: 'cvMissing', message: 'Выберите файл PDF.' });

      const ok = await upload(PDF, 'Aynur Məmmədova CV.pdf');
      expect(ok.status).toBe(200);
      expect(ok.body.cv).toMatchObject({ fileName: 'Aynur_Məmmədova_CV.pdf', sizeBytes: PDF.length });
      const [row] = await h.t.db.query(`SELECT cv_file_name AS "name" FROM alumni_profiles WHERE volunteer_id = $1`, [v.volunteer.id]);
      expect(row.name).toMatch(/^[0-9a-f-]{36}\.pdf$/);
      const own = await request(h.url).get('/api/v1/me/career/cv').set('Authorization', `Bearer ${v.token}`).buffer(true).parse(binary as never);
      expect(own.status).toBe(200);
      expect(own.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(own.body as Buffer, PDF)).toBe(0);

      // HR: only with a live consent, and audited.
      const hrGet = () => request(h.url).get(`/api/v1/alumni/${v.volunteer.id}/cv`).set('Authorization', `Bearer ${hr.token}`).buffer(true).parse(binary as never);
      expect((await hrGet()).status).toBe(404);
      const { latestVersion } = (await as(v.token).get('/me/career/consent')).body;
      await as(v.token).post('/me/career/consent', { version: latestVersion, locale: 'az' });
      const hrCv = await hrGet();
      expect(hrCv.status).toBe(200);
      expect(Buffer.compare(hrCv.body as Buffer, PDF)).toBe(0);
      const audit = await h.t.db.query(`SELECT actor_id AS "actorId" FROM audit_log WHERE action = 'alumni.cv.download' AND entity_id = $1`, [v.volunteer.id]);
      expect(audit).toEqual([{ actorId: hr.userId }]);
      // A coordinator is never HR.
      expect((await request(h.url).get(`/api/v1/alumni/${v.volunteer.id}/cv`).set('Authorization', `Bearer ${coord.token}`)).status).toBe(403);
    });
  });

  describe('ratings', () => {
    const scores = { punctuality: 5, communication: 4, serviceToCitizens: 5, teamwork: 3 };
    const period = () => ({ centerId: center.id, periodFrom: addDays(today, -30), periodTo: addDays(today, -1) });

    it('coordinators rate people of their centers, organisers people who served on their events; others are refused in words', async () => {
      const v = await h.r.volunteer({ homeCenterId: center.id });
      const stranger = await h.r.volunteer({ homeCenterId: otherCenter.id });
      const ok = await as(coord.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, ...period(), ...scores, comment: 'Vətəndaşlarla çox nəzakətlidir' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ volunteerId: v.volunteer.id, centerId: center.id, ...scores, comment: 'Vətəndaşlarla çox nəzakətlidir' });

      const foreignPlace = await as(coord.token).post('/volunteer-ratings', { volunteerId: stranger.volunteer.id, centerId: otherCenter.id, periodFrom: addDays(today, -30), periodTo: today, ...scores });
      expect(foreignPlace.status).toBe(400);
      expect(foreignPlace.body.errors[0]).toMatchObject({ field: 'centerId', code: 'ratingPlaceOutOfScope' });
      const foreignPerson = await as(coord.token).post('/volunteer-ratings', { volunteerId: stranger.volunteer.id, ...period(), ...scores }).set('Accept-Language', 'en');
      expect(foreignPerson.status).toBe(400);
      expect(foreignPerson.body.errors[0]).toMatchObject({ field: 'volunteerId', code: 'ratingVolunteerOutOfScope', message: 'This volunteer has not served at that center or event.' });

      const future = await as(coord.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, centerId: center.id, periodFrom: today, periodTo: addDays(today, 1), ...scores });
      expect(future.status).toBe(400);
      expect(future.body.errors[0].code).toBe('ratingPeriodFuture');
      const both = await as(coord.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, ...period(), eventId: event.id, ...scores });
      expect(both.status).toBe(400);
      expect((await as(coord.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, ...period(), ...scores, teamwork: 6 })).status).toBe(400);

      // The organiser: only after the person served on the event.
      expect((await as(organizer.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, eventId: event.id, ...scores })).status).toBe(400);
      await new CertificatesFactory(h.t).approved(v.volunteer.id, { eventId: event.id }, [120], addDays(today, -9), organizer.userId);
      expect((await as(organizer.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, eventId: event.id, ...scores })).status).toBe(201);
      expect((await as(organizer.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, ...period(), ...scores })).status).toBe(400);
      // A volunteer or HR cannot rate.
      expect((await as(v.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, eventId: event.id, ...scores })).status).toBe(403);
      expect((await as(hr.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, eventId: event.id, ...scores })).status).toBe(403);

      const given = await as(coord.token).get('/volunteer-ratings/given?perPage=100');
      expect(given.body.data.map((r: { volunteerId: string }) => r.volunteerId)).toContain(v.volunteer.id);
      expect(given.body.data.every((r: { centerId: string | null }) => r.centerId === center.id)).toBe(true);
      const rateable = await as(coord.token).get(`/volunteer-ratings/rateable?centerId=${center.id}`);
      expect(rateable.body.map((r: { volunteerId: string }) => r.volunteerId)).toContain(v.volunteer.id);
      expect(rateable.body.map((r: { volunteerId: string }) => r.volunteerId)).not.toContain(stranger.volunteer.id);
      expect((await as(coord.token).get(`/volunteer-ratings/rateable?centerId=${otherCenter.id}`)).status).toBe(404);
    });

    it('the alumnus sees averages and the count, never a comment; HR sees comments only of consenting alumni', async () => {
      const v = await alumnus();
      await as(coord.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, ...period(), ...scores, comment: 'Gizli şərh' });
      await as(coord.token).post('/volunteer-ratings', { volunteerId: v.volunteer.id, ...period(), punctuality: 4, communication: 4, serviceToCitizens: 4, teamwork: 4 });
      const mine = await as(v.token).get('/me/career/ratings');
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual({ count: 2, averages: { punctuality: 4.5, communication: 4, serviceToCitizens: 4.5, teamwork: 3.5 }, overall: 4.1 });
      const page = await as(v.token).get('/me/career');
      expect(JSON.stringify(page.body)).not.toContain('Gizli');

      expect((await as(hr.token).get(`/alumni/${v.volunteer.id}/ratings`)).status).toBe(404);
      const { latestVersion } = (await as(v.token).get('/me/career/consent')).body;
      await as(v.token).post('/me/career/consent', { version: latestVersion, locale: 'az' });
      const seen = await as(hr.token).get(`/alumni/${v.volunteer.id}/ratings`);
      expect(seen.status).toBe(200);
      expect(seen.body.aggregate.count).toBe(2);
      expect(seen.body.ratings.map((r: { comment: string | null }) => r.comment)).toContain('Gizli şərh');
      await as(v.token).post('/me/career/consent/withdraw');
      expect((await as(hr.token).get(`/alumni/${v.volunteer.id}/ratings`)).status).toBe(404);
      expect((await as(coord.token).get(`/alumni/${v.volunteer.id}/ratings`)).status).toBe(403);
    });
  });
});
