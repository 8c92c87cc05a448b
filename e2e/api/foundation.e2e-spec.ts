import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL!;

describe('foundation flow over HTTP against the running app', () => {
  it('health, docs and the console are served from one URL', async () => {
    await request(base()).get('/api/health').expect(200);
    const docs = await request(base()).get('/api/docs-json').expect(200);
    expect(docs.body.info.title).toBe('Könüllü DOST API');
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/centers', '/api/v1/auth/login']));
  });

  it('login → me → centers → cross-scope read refused → logout → token rejected', async () => {
    await request(base()).get('/api/v1/centers').expect(401);

    const admin = await request(base()).post('/api/v1/auth/login').send({ email: 'admin@dost.local', password: E2E_PASSWORD }).expect(200);
    const all = await request(base()).get('/api/v1/centers').query({ perPage: 100 }).set('Authorization', `Bearer ${admin.body.accessToken}`).expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(7);
    const names = all.body.data.map((c: { name: { az: string } }) => c.name.az);
    expect(names).toEqual(expect.arrayContaining(['Qarabağ Regional DOST Mərkəzi', 'Ağalı kəndi "Smart DOST" xidmət məntəqəsi']));
    const other = all.body.data.find((c: { code: string }) => c.code === 'baku-1');

    const login = await request(base()).post('/api/v1/auth/login').send({ email: 'coordinator@demo.dost.local', password: E2E_PASSWORD }).expect(200);
    const token = login.body.accessToken;
    const cookie = [login.headers['set-cookie']].flat().find((c: string) => c.startsWith('dost_refresh='))!.split(';')[0];
    const me = await request(base()).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.roles).toEqual(['coordinator']);

    const mine = await request(base()).get('/api/v1/centers').set('Authorization', `Bearer ${token}`).expect(200);
    expect(mine.body.data.map((c: { code: string }) => c.code)).toEqual(['barda']);
    await request(base()).get(`/api/v1/centers/${other.id}`).set('Authorization', `Bearer ${token}`).expect(404);

    await request(base()).post('/api/v1/auth/logout').set('Cookie', cookie).expect(204);
    await request(base()).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('the demo organisation holds SOCGOV 2025 at the Gülüstan Palace on 24 October 2025', async () => {
    const admin = await request(base()).post('/api/v1/auth/login').send({ email: 'admin@dost.local', password: E2E_PASSWORD }).expect(200);
    const events = await request(base()).get('/api/v1/events').set('Authorization', `Bearer ${admin.body.accessToken}`).expect(200);
    const socgov = events.body.data.find((e: { name: { en: string } }) => e.name.en.startsWith('SOCGOV 2025'));
    expect(socgov).toMatchObject({ venue: 'Gülüstan Sarayı, Bakı', startsAt: '2025-10-24T05:00:00.000Z' });
  });
});
