import { addDays, bakuDateOf } from '@dost/domain';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Factory, TestApp } from '../../test/test-app';
import { type RosteringFactory, startRosteringHttp } from '../../test/rostering-factory';
import { RosterRunsService } from '../rostering/roster-runs.service';
import { seedLiaisonSpeakersDemo } from './demo/liaison-speakers.demo';
import { seedLiaisonsDemo } from './demo/liaisons-demo.seed';

describe('liaison matching (real PostgreSQL, over HTTP, the roster engine in a worker thread)', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;
  let runs: RosterRunsService;

  beforeAll(async () => {
    ({ t, f, r, url } = await startRosteringHttp());
    runs = t.app.get(RosterRunsService);
  });
  afterAll(() => t.close());

  const api = () => request(url);
  // Ten days ahead (Baku), so the duties are always in the future whatever today is.
  const day = addDays(bakuDateOf(Date.now()), 10);
  const at = (hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+04:00`;
  const session = (from: number, to: number, title: string) => ({ kind: 'session', title, startsAt: at(from), endsAt: at(to), place: 'Gülüstan sarayı' });

  /** An event whose staffing area is a region of its own, so only this test's volunteers are in its pool. */
  async function world() {
    const region = `Liaison ${randomUUID().slice(0, 8)}`;
    const center = await f.center({ region });
    const event = await f.event();
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    await api().put(`/api/v1/rostering/events/${event.id}/staffing-area`).set('Authorization', `Bearer ${organizer.token}`).send({ regions: [region], centerIds: [] }).expect(200);
    const delegation = async (name: string, languages: string[], programme: object[]) =>
      (await t.db.query(
        `INSERT INTO event_delegations (event_id, name, country, languages, min_level, liaisons_needed, programme) VALUES ($1, $2, 'BR', $3, 'B2', 1, $4) RETURNING id`,
        [event.id, name, JSON.stringify(languages), JSON.stringify(programme)],
      ))[0].id as string;
    const vol = (name: string, languages: { language: string; level: string }[], phone: string) =>
      r.volunteer({ homeCenterId: center.id, fullName: name, languages: languages as never, phone });
    return { center, event, organizer, delegation, vol };
  }

  const overview = (token: string, eventId: string, lang = 'az') =>
    api().get(`/api/v1/events/${eventId}/liaisons`).set('Authorization', `Bearer ${token}`).set('Accept-Language', lang);

  it('matches by language level, never onto a collision, explains an unmatched language with the nearest speakers, and mails each liaison once', async () => {
    const w = await world();
    const brazil = await w.delegation('Braziliya', ['pt'], [session(10, 12, 'Açılış sessiyası')]);
    const dutch = await w.delegation('Niderland', ['nl'], [session(14, 16, 'Panel')]);
    const busy = await w.vol('Aysel Portuqal-C1', [{ language: 'pt', level: 'C1' }], '+994501110001');
    const fit = await w.vol('Babək Portuqal-B2', [{ language: 'pt', level: 'B2' }], '+994501110002');
    const low = await w.vol('Cəmilə Portuqal-B1', [{ language: 'pt', level: 'B1' }], '+994501110003');
    const nearDutch = await w.vol(`Dadaş Niderland-${randomUUID().slice(0, 6)}`, [{ language: 'nl', level: 'B1' }], '+994501110004');
    // The best Portuguese speaker already works the registration desk during the delegation's session.
    const registration = await r.position({ eventId: w.event.id }, { nameAz: 'Qeydiyyat', nameEn: 'Registration', nameRu: 'Регистрация' });
    const other = await r.shift(registration, { startsAt: new Date(at(10)), endsAt: new Date(at(13)), slots: 1, assignedCount: 1 });
    await t.db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, 'assigned', 'coordinator')`, [other.id, busy.volunteer.id]);

    const bad = await api().post(`/api/v1/events/${w.event.id}/liaisons/match`).set('Authorization', `Bearer ${w.organizer.token}`).set('Accept-Language', 'en').send({ timeLimitSeconds: 0 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['timeLimitSeconds']);

    const queued = await api().post(`/api/v1/events/${w.event.id}/liaisons/match`).set('Authorization', `Bearer ${w.organizer.token}`).send({ timeLimitSeconds: 1 }).expect(202);
    await runs.execute(queued.body.id);

    // Duties: per delegation an arrival desk (09:00–10:00 / 13:00–14:00) and a liaison duty over the session.
    const before = (await overview(w.organizer.token, w.event.id).expect(200)).body;
    expect(before.run).toMatchObject({ id: queued.body.id, status: 'done' });
    const br = before.groups.find((g: { id: string }) => g.id === brazil);
    expect(br.duties.map((d: { kind: string; positionName: string; slots: number }) => [d.kind, d.positionName, d.slots])).toEqual([
      ['arrival-desk', 'Gəliş masası (portuqal dili, B2)', 1],
      ['liaison', 'Əlaqələndirici (portuqal dili, B2)', 1],
    ]);
    const liaisonDuty = br.duties.find((d: { kind: string }) => d.kind === 'liaison');
    // Only the B2 speaker is free for the session: the C1 speaker is on the registration desk, the B1 one is below the level.
    expect(liaisonDuty.proposed.map((p: { volunteerId: string }) => p.volunteerId)).toEqual([fit.volunteer.id]);
    const proposedIds = br.duties.flatMap((d: { proposed: { volunteerId: string }[] }) => d.proposed.map((p) => p.volunteerId));
    expect(proposedIds).not.toContain(low.volunteer.id);
    const nl = before.groups.find((g: { id: string }) => g.id === dutch);
    const nlLiaison = nl.duties.find((d: { kind: string }) => d.kind === 'liaison');
    expect(nlLiaison.proposed).toEqual([]);
    expect(nlLiaison.gaps[0]).toMatch(/^Niderland dilini B2 səviyyəsində bilən könüllü yoxdur — ən yaxın: /);
    expect(nlLiaison.gaps[0]).toContain(`${nearDutch.volunteer.fullName} (B1)`);
    const en = (await overview(w.organizer.token, w.event.id, 'en')).body.groups.find((g: { id: string }) => g.id === dutch);
    expect(en.duties.find((d: { kind: string }) => d.kind === 'liaison').gaps[0]).toMatch(/^No volunteer speaks Dutch at B2 — nearest: /);

    // Apply: the liaisons are on their shifts, and each gets the programme mail once (however many duties they hold).
    const applied = await api().post(`/api/v1/events/${w.event.id}/liaisons/apply`).set('Authorization', `Bearer ${w.organizer.token}`).send({ runId: queued.body.id }).expect(200);
    expect(applied.body.status).toBe('applied');
    const after = (await overview(w.organizer.token, w.event.id).expect(200)).body;
    const onLiaison = after.groups.find((g: { id: string }) => g.id === brazil).duties.find((d: { kind: string }) => d.kind === 'liaison').liaisons;
    expect(onLiaison).toEqual([expect.objectContaining({ volunteerId: fit.volunteer.id, phone: '+994501110002' })]);
    const [{ n: collisions }] = await t.db.query(
      `SELECT count(*)::int AS n FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
        WHERE a.volunteer_id = $1 AND a.status = 'assigned' AND s.id <> $2 AND s.starts_at < $4 AND s.ends_at > $3`,
      [busy.volunteer.id, other.id, other.startsAt, other.endsAt],
    );
    expect(collisions).toBe(0);
    const mails = async () =>
      t.db.query(`SELECT to_email AS "to" FROM notification_deliveries WHERE template = 'liaison-assigned' AND to_email = ANY($1)`, [
        [busy, fit, low, nearDutch].map((v) => v.volunteer.email),
      ]);
    const sent = await mails();
    expect(sent.filter((m: { to: string }) => m.to === fit.volunteer.email)).toHaveLength(1);
    // Sending again after an edit sends nothing to those who already have it.
    const again = await api().post(`/api/v1/events/${w.event.id}/liaisons/notify`).set('Authorization', `Bearer ${w.organizer.token}`).send({}).expect(200);
    expect(again.body.sent).toBe(0);
    expect((await mails()).length).toBe(sent.length);

    // The liaison's own page: the delegation's programme and their own phone.
    const mine = (await api().get('/api/v1/me/liaison-delegations').set('Authorization', `Bearer ${fit.token}`).expect(200)).body.data;
    const mineBr = mine.find((g: { id: string }) => g.id === brazil);
    expect(mineBr.programme.map((p: { title: string }) => p.title)).toEqual(['Açılış sessiyası']);
    expect(mineBr.liaisons.find((p: { volunteerId: string }) => p.volunteerId === fit.volunteer.id).phone).toBe('+994501110002');
    // A volunteer who is nobody's liaison has no delegation.
    expect((await api().get('/api/v1/me/liaison-delegations').set('Authorization', `Bearer ${low.token}`).expect(200)).body.data).toEqual([]);
  }, 90_000);

  it('shows a fellow liaison’s phone to organisers but not to the other liaison; another event’s organiser gets 404', async () => {
    const w = await world();
    const delegation = await w.delegation('Portuqaliya', ['pt'], [session(10, 12, 'Sessiya')]);
    const a = await w.vol('Elnur Həmkar', [{ language: 'pt', level: 'C1' }], '+994551230001');
    const b = await w.vol('Fidan Həmkar', [{ language: 'pt', level: 'C1' }], '+994551230002');
    const queued = await api().post(`/api/v1/events/${w.event.id}/liaisons/match`).set('Authorization', `Bearer ${w.organizer.token}`).send({ timeLimitSeconds: 1 }).expect(202);
    await runs.execute(queued.body.id);
    await api().post(`/api/v1/events/${w.event.id}/liaisons/apply`).set('Authorization', `Bearer ${w.organizer.token}`).send({ runId: queued.body.id }).expect(200);
    const duties = (await overview(w.organizer.token, w.event.id).expect(200)).body.groups.find((g: { id: string }) => g.id === delegation).duties;
    const people = duties.flatMap((d: { liaisons: { volunteerId: string; phone: string }[] }) => d.liaisons);
    // Two duties (arrival desk, liaison), one place each: both volunteers hold one — or one holds both.
    expect(people.length).toBe(2);
    expect(people.every((p: { phone: string | null }) => p.phone?.startsWith('+99455123'))).toBe(true);
    const ids = new Set(people.map((p: { volunteerId: string }) => p.volunteerId));
    if (ids.size === 2) {
      const seenByA = (await api().get('/api/v1/me/liaison-delegations').set('Authorization', `Bearer ${a.token}`).expect(200)).body.data[0];
      expect(seenByA.liaisons.find((p: { volunteerId: string }) => p.volunteerId === b.volunteer.id)).toMatchObject({ fullName: 'Fidan Həmkar', phone: null });
      expect(seenByA.liaisons.find((p: { volunteerId: string }) => p.volunteerId === a.volunteer.id).phone).toBe('+994551230001');
    }
    const stranger = await f.loginAs(['organizer'], { eventIds: [(await f.event()).id] });
    await overview(stranger.token, w.event.id).expect(404);
    await api().post(`/api/v1/events/${w.event.id}/liaisons/match`).set('Authorization', `Bearer ${stranger.token}`).send({}).expect(404);
    // The run belongs to this event: applying it through another event is a field error.
    await api().post(`/api/v1/events/${(await f.event()).id}/liaisons/apply`).set('Authorization', `Bearer ${(await f.loginAs(['admin'])).token}`).send({ runId: queued.body.id }).expect(400);
  }, 90_000);

  it('demo: the language volunteers fill most duties of a four-day programme; a language nobody speaks is explained', async () => {
    const w = await world();
    // The demo forum's programme (socgov-guests.data.ts): arrival the day before, two sessions, a visit, departure.
    const on = (offset: number, hour: number) => `${addDays(day, offset)}T${String(hour).padStart(2, '0')}:00:00+04:00`;
    const programme = [
      { kind: 'arrival', title: 'Arrival', startsAt: on(-1, 8), endsAt: on(-1, 20), place: 'GYD' },
      { kind: 'session', title: 'Opening plenary', startsAt: on(0, 9), endsAt: on(0, 12), place: 'Bakı Konqres Mərkəzi' },
      { kind: 'session', title: 'Panel', startsAt: on(0, 14), endsAt: on(0, 17), place: 'Bakı Konqres Mərkəzi' },
      { kind: 'visit', title: 'DOST', startsAt: on(1, 10), endsAt: on(1, 13), place: 'DOST Mərkəzi' },
      { kind: 'departure', title: 'Transfer', startsAt: on(2, 6), endsAt: on(2, 12), place: 'GYD' },
    ];
    const france = (await t.db.query(
      `INSERT INTO event_delegations (event_id, name, country, languages, min_level, liaisons_needed, programme) VALUES ($1, 'Fransa', 'FR', '["fr","en"]', 'B2', 2, $2) RETURNING id`,
      [w.event.id, JSON.stringify(programme)],
    ))[0].id as string;
    const turkey = await w.delegation('Türkiyə', ['tr'], programme);
    const brazil = await w.delegation('Braziliya', ['pt'], programme);
    const speakers = await t.db.transaction((em) => seedLiaisonSpeakersDemo(em, w.center.id, randomUUID().slice(0, 8)));
    await t.db.transaction((em) => seedLiaisonsDemo(em, new Date(), [w.event.id]));
    const groups = (await overview(w.organizer.token, w.event.id).expect(200)).body.groups;
    const fr = groups.find((g: { id: string }) => g.id === france);
    const tr = groups.find((g: { id: string }) => g.id === turkey);
    // Türkiyə: pick-up, arrival desk, three liaison days — all five filled by the two Turkish speakers.
    expect([tr.filled, tr.slots]).toEqual([5, 5]);
    // France needs two liaisons and the desk on the first day: two French speakers fill 8 of 9 places.
    expect(fr.slots).toBe(9);
    expect(fr.filled).toBeGreaterThanOrEqual(8);
    const frenchIds = speakers.filter((v) => v.languages.some((l) => l.language === 'fr')).map((v) => v.id);
    expect(fr.duties.flatMap((d: { liaisons: { volunteerId: string }[] }) => d.liaisons.map((p) => p.volunteerId)).every((id: string) => frenchIds.includes(id))).toBe(true);
    const br = groups.find((g: { id: string }) => g.id === brazil);
    expect(br.filled).toBe(0);
    expect(br.duties.find((d: { kind: string }) => d.kind === 'liaison').gaps[0]).toMatch(/^Portuqal dilini B2 səviyyəsində bilən könüllü yoxdur — /);
  }, 90_000);

  it('a speaker at the level who is not free then is named — the gap never says nobody speaks the language', async () => {
    const w = await world();
    const turkey = await w.delegation('Türkiyə', ['tr'], [session(10, 12, 'Açılış')]);
    const samir = await w.vol(`Samir Türk-C1-${randomUUID().slice(0, 6)}`, [{ language: 'tr', level: 'C1' }], '+994701112235');
    await w.vol('Nərmin Yalnız-Az', [{ language: 'az', level: 'C2' }], '+994701112236');
    const desk = await r.position({ eventId: w.event.id }, { nameAz: 'Qeydiyyat', nameEn: 'Registration', nameRu: 'Регистрация' });
    const other = await r.shift(desk, { startsAt: new Date(at(8)), endsAt: new Date(at(13)), slots: 1, assignedCount: 1 });
    await t.db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, 'assigned', 'coordinator')`, [other.id, samir.volunteer.id]);
    await t.db.transaction((em) => seedLiaisonsDemo(em, new Date(), [w.event.id]));
    const tr = (await overview(w.organizer.token, w.event.id).expect(200)).body.groups.find((g: { id: string }) => g.id === turkey);
    const gap = tr.duties.find((d: { kind: string }) => d.kind === 'liaison').gaps[0];
    expect(gap).toMatch(/^Türk dilini B2 səviyyəsində bilənlər var \(Samir Türk-C1-.+ \(C1\)\), amma o vaxt heç biri əlçatan deyil$/);
    expect(gap).not.toMatch(/heç bir könüllü bilmir/);
  }, 60_000);

  it('demo: the seed matches with the engine and applies — a language someone speaks is filled, one nobody speaks is explained', async () => {
    const w = await world();
    const turkey = await w.delegation('Türkiyə', ['tr'], [session(10, 12, 'Açılış')]);
    const brazil = await w.delegation('Braziliya', ['pt'], [session(10, 12, 'Açılış')]);
    const speaker = await w.vol('Gülnar Türk-C1', [{ language: 'tr', level: 'C1' }], '+994701112233');
    await w.vol('Həsən Türk-C1', [{ language: 'tr', level: 'C1' }], '+994701112234');
    await t.db.transaction((em) => seedLiaisonsDemo(em, new Date(), [w.event.id]));
    const groups = (await overview(w.organizer.token, w.event.id).expect(200)).body.groups;
    const tr = groups.find((g: { id: string }) => g.id === turkey);
    expect(tr.filled).toBe(tr.slots);
    expect(tr.duties.flatMap((d: { liaisons: { volunteerId: string }[] }) => d.liaisons.map((p) => p.volunteerId))).toContain(speaker.volunteer.id);
    const br = groups.find((g: { id: string }) => g.id === brazil);
    expect(br.filled).toBe(0);
    expect(br.duties.find((d: { kind: string }) => d.kind === 'liaison').gaps[0]).toMatch(/^Portuqal dilini B2 səviyyəsində bilən könüllü yoxdur — /);
  }, 60_000);
});
