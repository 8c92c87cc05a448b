import { createTestApp, Factory, type TestApp } from '../../../test/test-app';
import { RecruitmentFactory } from '../../../test/recruitment-factory';

/**
 * Issue 18, defect 8: control characters (U+0000–U+001F) were stored in names and notes. Refused with a clear
 * message in the caller's language; tab and line breaks stay allowed where text may have several lines.
 */
describe('control characters in names and notes (real PostgreSQL)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RecruitmentFactory;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t);
    r = new RecruitmentFactory(t, f);
    admin = (await f.loginAs(['admin'])).token;
  });
  afterAll(() => t.close());

  const bearer = () => ({ Authorization: `Bearer ${admin}` });
  const errorsOf = (res: { status: number; body: { errors?: unknown[] } }) => {
    expect(res.status).toBe(400);
    return res.body.errors;
  };

  it('a name: no control character at all, not even a tab or a line break', async () => {
    const users = await t.db.query(`SELECT count(*)::int AS n FROM users`);
    const bell = await t.http().post('/api/v1/users').set(bearer()).set('Accept-Language', 'en').send({ email: 'bell@test.dost.local', fullName: 'Leyla\u0007 Məmmədova', roles: ['hr'] });
    expect(errorsOf(bell)).toEqual([{ field: 'fullName', code: 'controlCharacter', message: 'The text contains an invisible control character (often pasted from elsewhere). Delete it.' }]);
    const broken = await t.http().post('/api/v1/users').set(bearer()).send({ email: 'lines@test.dost.local', fullName: 'Leyla\nMəmmədova', roles: ['hr'] });
    expect(errorsOf(broken)).toEqual([{ field: 'fullName', code: 'singleLine', message: 'Bu sahə bir sətirdə olmalıdır: tab və yeni sətir olmasın.' }]);
    const escape = await t.http().post('/api/v1/centers').set(bearer()).set('Accept-Language', 'ru')
      .send({ code: 'ctl-test', kind: 'regional_center', region: 'Test', address: 'Bakı', name: { az: 'Bərdə\u001b[31m', en: 'Barda', ru: 'Барда\tцентр' } });
    expect(errorsOf(escape)).toEqual([
      { field: 'name.az', code: 'controlCharacter', message: 'В тексте невидимый управляющий символ (обычно попадает при копировании). Удалите его.' },
    ]);
    const tab = await t.http().post('/api/v1/centers').set(bearer())
      .send({ code: 'ctl-test', kind: 'regional_center', region: 'Test', address: 'Bakı', name: { az: 'Bərdə', en: 'Barda', ru: 'Барда\tцентр' } });
    expect(errorsOf(tab)).toEqual([expect.objectContaining({ field: 'name.ru', code: 'singleLine' })]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n).toBe(users[0].n);
    expect(await t.db.query(`SELECT 1 FROM centers WHERE code = 'ctl-test'`)).toHaveLength(0);
  });

  it('the apply form: the name refuses a tab; the motivation keeps its lines but not other controls', async () => {
    const intake = await r.intake();
    expect(errorsOf(await r.submit(intake, r.application(intake, { fullName: 'Leyla\tHəsənova' })))).toEqual([expect.objectContaining({ field: 'fullName', code: 'singleLine' })]);
    const motivation = 'İnsanlara kömək etmək istəyirəm.\r\nYeni bacarıqlar öyrənmək istəyirəm.';
    expect(errorsOf(await r.submit(intake, r.application(intake, { motivation: `${motivation}\u000c` })))).toEqual([expect.objectContaining({ field: 'motivation', code: 'controlCharacter' })]);
    const body = r.application(intake, { motivation: `${motivation}\n\tSağ olun.` });
    expect((await r.submit(intake, body)).status).toBe(201);
    const [stored] = await t.db.query(`SELECT motivation FROM applications WHERE email = $1`, [body.email]);
    expect(stored.motivation).toContain('\r\nYeni');
  });
});
