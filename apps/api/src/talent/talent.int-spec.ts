import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fitScore, languageTokens, normaliseWeights, type FitRequirements, type FitWeights } from '@dost/domain';
import { RosteringFactory } from '../../test/rostering-factory';
import { TalentFactory } from '../../test/talent-factory';
import { createTestApp, Factory, type TestApp } from '../../test/test-app';
import { TalentPoolQueryDto } from './dto/talent.dto';
import { TalentFactsRepository } from './talent-facts.repository';
import { TalentPoolRepository } from './talent-pool.repository';

const ROOT = path.resolve(__dirname, '../../../..');
const PDF_TEXT = path.join(ROOT, 'apps/api/src/certificates/documents/testing/pdf-text.mjs');
const pdfText = (pdf: Buffer): string[] => (JSON.parse(execFileSync(process.execPath, [PDF_TEXT], { input: pdf, cwd: ROOT, encoding: 'utf8' })) as { items: string[] }).items;
const binary = (res: NodeJS.ReadableStream & { setEncoding: (e: string) => void }, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('talent pool (issue 14)', () => {
  let t: TestApp;
  let f: Factory;
  let tf: TalentFactory;
  let hr: { token: string; userId: string };
  let centerId: string;
  let positionId: string;
  let coordinator: { token: string; userId: string };
  // Each run's people share a tag, so other suites' alumni in the same database never change the answers.
  const tag = `T${Date.now().toString(36)}`;
  const ids: Record<string, string> = {};

  const get = (url: string, token = hr.token) => t.http().get(`/api/v1${url}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    tf = new TalentFactory(t);
    const center = await f.center();
    centerId = center.id;
    positionId = (await new RosteringFactory(t).position({ centerId }, { code: `greeter-${tag}` })).id;
    hr = await f.loginAs(['hr']);
    coordinator = await f.loginAs(['coordinator'], { centerIds: [centerId] });
    const base = { centerId, approverId: coordinator.userId, positionId };
    ids.ayshen = await tf.alumnus({ ...base, fullName: `Ayşən Əliyeva ${tag}`, hours: 250, languages: [{ language: 'en', level: 'C1' }, { language: 'ru', level: 'B2' }],
      fin: '5ZX9K2P', attended: 9, noShows: 1, rating: [5, 4, 5, 4, 'Vətəndaşlarla çox səbirli və nəzakətlidir'] });
    ids.b1 = await tf.alumnus({ ...base, fullName: `Orxan B1 ${tag}`, hours: 300, languages: [{ language: 'en', level: 'B1' }] });
    ids.few = await tf.alumnus({ ...base, fullName: `Günel Az ${tag}`, hours: 150, languages: [{ language: 'en', level: 'B2' }] });
    ids.noConsent = await tf.alumnus({ ...base, fullName: `Razısız Rəşad ${tag}`, hours: 220, languages: [{ language: 'en', level: 'B2' }], consent: false });
    ids.withdraws = await tf.alumnus({ ...base, fullName: `Şəbnəm Qədirova ${tag}`, hours: 210, languages: [{ language: 'en', level: 'C2' }], attended: 2, noShows: 2 });
  }, 120_000);
  afterAll(() => t?.close());

  it('English ≥ B2 with ≥ 200 approved hours finds exactly the consenting people who qualify; a withdrawn consent removes a person', async () => {
    const q = `/talent-pool?languages=en:B2&minHours=200&q=${encodeURIComponent(tag)}&perPage=100`;
    const before = (await get(q).expect(200)).body;
    expect(before.data.map((r: { id: string }) => r.id).sort()).toEqual([ids.ayshen, ids.withdraws].sort());
    expect(before.total).toBe(2);

    await tf.withdrawConsent(ids.withdraws);
    const after = (await get(q).expect(200)).body;
    expect(after.data.map((r: { id: string }) => r.id)).toEqual([ids.ayshen]);
    // Given again: back in the pool (the facts follow the consent ledger both ways).
    await tf.giveConsent(ids.withdraws);
    expect((await get(q).expect(200)).body.total).toBe(2);
  });

  it('a hired alumnus (status staff) leaves the pool and the evidence pack; the facts follow the status', async () => {
    const hired = await tf.alumnus({ centerId, approverId: coordinator.userId, positionId, fullName: `İşə Alınan ${tag}`, hours: 230, languages: [{ language: 'en', level: 'B2' }] });
    const q = `/talent-pool?q=${encodeURIComponent(`İşə Alınan ${tag}`)}&perPage=100`;
    expect((await get(q).expect(200)).body.data.map((r: { id: string }) => r.id)).toEqual([hired]);
    await t.db.query(`UPDATE volunteers SET status = 'staff' WHERE id = $1`, [hired]);
    expect((await get(q).expect(200)).body.total).toBe(0);
    await get(`/talent-pool/${hired}/evidence`).expect(404);
  });

  it('never returns a FİN, e-mail or phone', async () => {
    const res = await get(`/talent-pool?q=${encodeURIComponent(tag)}`).expect(200);
    expect(res.text).not.toContain('5ZX9K2P');
    for (const row of res.body.data) for (const key of ['fin', 'email', 'phone']) expect(row).not.toHaveProperty(key);
  });

  it('filters reliability, ratings, position, center and education; every row explains its fit score', async () => {
    const ids1 = async (query: string) => (await get(`/talent-pool?q=${encodeURIComponent(tag)}&${query}`).expect(200)).body.data.map((r: { id: string }) => r.id);
    expect(await ids1('minAttendance=80')).toEqual([ids.ayshen]);
    expect((await ids1('maxNoShows=1')).sort()).toEqual([ids.ayshen, ids.b1, ids.few].sort());
    expect(await ids1('minRating=4.5')).toEqual([ids.ayshen]);
    expect(await ids1('minPunctuality=5&minTeamwork=4')).toEqual([ids.ayshen]);
    expect(await ids1(`positionCode=greeter-${tag}`)).toEqual(expect.arrayContaining([ids.ayshen, ids.withdraws]));
    expect((await ids1(`centerId=${centerId}`)).length).toBe(4);
    expect((await ids1('educationLevel=master')).length).toBe(0);
    expect((await ids1('region=bərdə')).length).toBe(4);

    const body = (await get(`/talent-pool?q=${encodeURIComponent(tag)}&sort=fitScore&order=DESC`).expect(200)).body;
    const scores = body.data.map((r: { fit: { score: number } }) => r.fit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const a = body.data.find((r: { id: string }) => r.id === ids.ayshen);
    expect(a.fit.parts.map((p: { part: string }) => p.part)).toEqual(['hours', 'reliability', 'ratings', 'languages', 'certificates']);
    expect(a.fit.parts.find((p: { part: string }) => p.part === 'reliability')).toEqual({ part: 'reliability', value: 0.9, weight: 25, points: 22.5 });
    expect(a.fit.parts.find((p: { part: string }) => p.part === 'hours')).toEqual({ part: 'hours', value: 0.5, weight: 30, points: 15 });
    expect(a).toMatchObject({ approvedMinutes: 250 * 60, attended: 9, noShows: 1, attendancePercent: 90, ratingCount: 1, ratingAverage: 4.5 });
  });

  it('the SQL that sorts computes the same score and language tokens as @dost/domain', async () => {
    const repo = t.app.get(TalentPoolRepository);
    await t.app.get(TalentFactsRepository).refreshStale();
    const req = { minHours: 200, languages: [{ language: 'en', level: 'B2' as const }, { language: 'ru', level: 'B1' as const }] };
    const weights = normaliseWeights({ hours: 40, languages: 30, certificates: 0 });
    const q = Object.assign(new TalentPoolQueryDto(), { q: tag, perPage: 100 });
    const [rows] = await repo.search(q, req, weights);
    expect(rows.length).toBe(4);
    for (const r of rows) {
      const domain = fitScore({ approvedMinutes: r.approved_minutes, attendance: { attended: r.attended, noShows: r.no_shows }, ratingAverage: r.rating_avg,
        languages: r.languages, certificateTypes: r.certificate_types, validCertificates: r.valid_certificates }, req, weights);
      expect(r.sql_score).toBeCloseTo(domain.score, 1);
      expect([...r.language_tokens].sort()).toEqual(languageTokens(r.languages));
    }
    // The stored default score (fit_default, read in index order without a vacancy) and a certificate requirement.
    const cases: [FitRequirements, FitWeights][] = [[{}, normaliseWeights(null)], [{ certificateTypes: ['programme', 'other'] }, normaliseWeights({ certificates: 50 })]];
    for (const [req2, w2] of cases) {
      const [rows2, total2] = await repo.search(q, req2, w2);
      expect(rows2.length).toBe(4);
      expect(total2).toBe(4);
      const scores = rows2.map((r) => r.sql_score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const r of rows2) {
        const domain = fitScore({ approvedMinutes: r.approved_minutes, attendance: { attended: r.attended, noShows: r.no_shows }, ratingAverage: r.rating_avg,
          languages: r.languages, certificateTypes: r.certificate_types, validCertificates: r.valid_certificates }, req2, w2);
        expect(r.sql_score).toBeCloseTo(domain.score, 1);
      }
    }
    // Paging: a full first page counts separately, a later page's total is the same.
    const [p1, t1] = await repo.search(Object.assign(new TalentPoolQueryDto(), { q: tag, perPage: 2 }), {}, normaliseWeights(null));
    const [p2, t2] = await repo.search(Object.assign(new TalentPoolQueryDto(), { q: tag, perPage: 2, page: 2 }), {}, normaliseWeights(null));
    expect([p1.length, t1, p2.length, t2]).toEqual([2, 4, 2, 4]);
    expect(new Set([...p1, ...p2].map((r) => r.volunteer_id)).size).toBe(4);
  });

  it('HR and admins only: coordinators, organisers and volunteers are refused', async () => {
    await t.http().get('/api/v1/talent-pool').expect(401);
    await get('/talent-pool', coordinator.token).expect(403);
    await get('/talent-pool', (await f.loginAs(['organizer'])).token).expect(403);
    await get('/talent-pool', (await f.loginAs(['volunteer'])).token).expect(403);
    await get(`/talent-pool/${ids.ayshen}/evidence`, coordinator.token).expect(403);
    await get('/talent-pool?perPage=1', (await f.loginAs(['admin'])).token).expect(200);
    await get('/talent-pool?languages=english').expect(400);
    await get('/talent-pool?alumniSinceFrom=2026-02-30').expect(400);
    expect((await get('/talent-pool?page=99999999999999').expect(200)).body.data).toEqual([]);
    await get(`/talent-pool?vacancyId=${ids.ayshen}`).expect(400);
  });

  it('evidence pack: page data and PDF, each audited; only for consenting alumni', async () => {
    const page = (await get(`/talent-pool/${ids.ayshen}/evidence`).expect(200)).body;
    expect(page).toMatchObject({ fullName: `Ayşən Əliyeva ${tag}`, approvedMinutes: 250 * 60, reliability: { attended: 9, noShows: 1, reliability: 0.9 } });
    expect(page.hours.reduce((s: number, h: { minutes: number }) => s + h.minutes, 0)).toBe(250 * 60);
    expect(page.ratings[0]).toMatchObject({ punctuality: 5, comment: 'Vətəndaşlarla çox səbirli və nəzakətlidir' });
    expect(JSON.stringify(page)).not.toContain('5ZX9K2P');
    const audit = async (action: string) => t.db.query(`SELECT * FROM audit_log WHERE action = $1 AND entity_id = $2 AND actor_id = $3`, [action, ids.ayshen, hr.userId]);
    expect(await audit('talent.evidenceViewed')).toHaveLength(1);

    const pdf = await get(`/talent-pool/${ids.ayshen}/evidence/pdf`).set('Accept-Language', 'az').buffer(true).parse(binary as never).expect(200);
    const bytes = pdf.body as Buffer;
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes).join('\n');
    expect(text).toContain(`Ayşən Əliyeva ${tag}`);
    expect(text).toContain('Vətəndaşlarla çox səbirli və nəzakətlidir');
    expect(text).not.toContain('5ZX9K2P');
    // The footer stays on its page: a short pack is one page, "1 / 1" (a footer below the margin added blank pages).
    const info = JSON.parse(execFileSync(process.execPath, [PDF_TEXT], { input: bytes, cwd: ROOT, encoding: 'utf8' })) as { pages: number };
    expect(info.pages).toBe(1);
    expect(text).toMatch(/1 \/ 1/);
    expect(await audit('talent.evidenceDownloaded')).toHaveLength(1);

    await get(`/talent-pool/${ids.noConsent}/evidence`).expect(404);
    await get(`/talent-pool/${ids.noConsent}/evidence/pdf`).expect(404);
  }, 60_000);

  it('saved searches are each HR user\'s own (CRUD); filters are checked like the pool\'s query', async () => {
    const created = (await t.http().post('/api/v1/talent-pool/saved-searches').set('Authorization', `Bearer ${hr.token}`)
      .send({ name: 'İngilis dili B2, 200+ saat', filters: { languages: 'en:B2', minHours: 200, page: 3 } }).expect(201)).body;
    expect(created).toMatchObject({ name: 'İngilis dili B2, 200+ saat', filters: { languages: 'en:B2', minHours: 200 } });
    expect(created.filters).not.toHaveProperty('page');
    expect((await get('/talent-pool/saved-searches').expect(200)).body.data.map((s: { id: string }) => s.id)).toContain(created.id);

    const other = await f.loginAs(['hr']);
    await get(`/talent-pool/saved-searches/${created.id}`, other.token).expect(404);
    expect((await get('/talent-pool/saved-searches', other.token).expect(200)).body.total).toBe(0);

    const patched = (await t.http().patch(`/api/v1/talent-pool/saved-searches/${created.id}`).set('Authorization', `Bearer ${hr.token}`)
      .send({ filters: { languages: 'en:C1' } }).expect(200)).body;
    expect(patched.filters).toEqual({ languages: 'en:C1' });
    const bad = await t.http().post('/api/v1/talent-pool/saved-searches').set('Authorization', `Bearer ${hr.token}`)
      .send({ name: 'x', filters: { languages: 'english', nonsense: 1 } }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['filters.languages', 'filters.nonsense']);
    await t.http().delete(`/api/v1/talent-pool/saved-searches/${created.id}`).set('Authorization', `Bearer ${other.token}`).expect(404);
    await t.http().delete(`/api/v1/talent-pool/saved-searches/${created.id}`).set('Authorization', `Bearer ${hr.token}`).expect(204);
    await get(`/talent-pool/saved-searches/${created.id}`).expect(404);
  });
});
