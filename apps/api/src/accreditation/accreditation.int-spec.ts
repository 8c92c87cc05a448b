import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { addDays, bakuDateOf, bakuInstant, instantMs } from '@dost/domain';
import request from 'supertest';
import { RosteringFactory } from '../../test/rostering-factory';
import { createTestApp, Factory, type TestApp } from '../../test/test-app';

const PDF_TEXT = path.join(__dirname, '../certificates/documents/testing/pdf-text.mjs');
const pdfText = (pdf: Buffer): { pages: number; width: number; height: number; items: string[] } =>
  JSON.parse(execFileSync(process.execPath, [PDF_TEXT], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString());
const binary = (res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const tokenOf = (scanUrl: string) => scanUrl.split('/#/badge/')[1];
const at = (day: string, time: string) => new Date(instantMs(bakuInstant(day, time)));

/**
 * Accreditation over HTTP (docs/accreditation.md): the organiser's zones, the badges of the event's volunteers and
 * guests as PDF (names exact, four to an A4 page or one per page), a reprint that voids the old QR, and the door scan
 * that shows the zones of THAT day — only to admins and the event's own organisers.
 */
describe('accreditation: zones, badges, reprint, door scan', () => {
  let t: TestApp;
  let f: Factory;
  let r: RosteringFactory;
  let url: string;
  const as = (token: string) => ({
    get: (p: string) => request(url).get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`),
    post: (p: string, body: object = {}) => request(url).post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body),
    put: (p: string) => request(url).put(`/api/v1${p}`).set('Authorization', `Bearer ${token}`),
  });

  beforeAll(async () => {
    t = await createTestApp({ jobsWorker: false } as never);
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    f = new Factory(t);
    r = new RosteringFactory(t);
  });
  afterAll(() => t.close());

  /** An event in ten days, two days long: volunteer 1 at registration on day 1, volunteer 2 at the press desk on day 2, a VIP and a plain guest. */
  async function world() {
    const day1 = addDays(bakuDateOf(Date.now()), 10);
    const day2 = addDays(day1, 1);
    const event = await f.event({ nameAz: `Akkreditasiya sammiti ${Math.random().toString(36).slice(2, 7)}`, startsAt: at(day1, '08:00'), endsAt: at(day2, '20:00'), status: 'published' });
    const organizer = await f.loginAs(['organizer'], { eventIds: [event.id] });
    const registration = await r.position({ eventId: event.id }, { nameAz: 'Qeydiyyat masası', nameEn: 'Registration desk', nameRu: 'Регистрация' });
    const press = await r.position({ eventId: event.id }, { nameAz: 'Mətbuat', nameEn: 'Press desk', nameRu: 'Пресса' });
    const v1 = await r.volunteer({ fullName: 'Şəbnəm Ağaçəliyeva-Güləhmədova' });
    const v2 = await r.volunteer({ fullName: 'Ülvi İsmayılzadə' });
    const s1 = await r.shift(registration, { startsAt: at(day1, '09:00'), endsAt: at(day1, '13:00') });
    const s2 = await r.shift(press, { startsAt: at(day2, '09:00'), endsAt: at(day2, '13:00') });
    await t.db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, 'assigned', 'coordinator'), ($3, $4, 'assigned', 'coordinator')`,
      [s1.id, v1.volunteer.id, s2.id, v2.volunteer.id]);
    const [delegation] = await t.db.query(`INSERT INTO event_delegations (event_id, name, country, languages) VALUES ($1, 'Türkiyə nümayəndə heyəti', 'TR', '["tr"]') RETURNING id`, [event.id]);
    await t.db.query(
      `INSERT INTO event_guests (event_id, delegation_id, import_key, full_name, country, vip) VALUES ($1, $2, 'g1', 'Çağla Öztürk', 'TR', true), ($1, NULL, 'g2', 'Jean Dupont', 'FR', false)`,
      [event.id, delegation.id]);
    return { day1, day2, event, organizer, registration, press, v1, v2 };
  }

  const zonesBody = (w: Awaited<ReturnType<typeof world>>) => ({
    zones: [
      { name: { az: 'Plenar zal', en: 'Plenary hall', ru: 'Пленарный зал' }, color: '#c62828', guestAccess: 'all', positionIds: [w.registration.id] },
      { name: { az: 'VIP', en: 'VIP', ru: 'VIP' }, color: '#C9A227', guestAccess: 'vip', positionIds: [] },
      { name: { az: 'Media', en: 'Media', ru: 'Медиа' }, color: '#1565C0', guestAccess: 'none', positionIds: [w.press.id] },
    ],
  });

  it('saves zones (colours, positions, guests) and refuses bad input field by field, in Azerbaijani', async () => {
    const w = await world();
    const other = await r.position({ eventId: (await f.event()).id });
    const bad = await as(w.organizer.token).put(`/events/${w.event.id}/accreditation/zones`).set('Accept-Language', 'az').send({
      zones: [
        { name: { az: 'Plenar zal', en: 'Plenary', ru: 'Пленарный' }, color: 'red', guestAccess: 'all', positionIds: [] },
        { name: { az: 'plenar zal', en: 'Plenary 2', ru: 'Пленарный 2' }, color: '#000000', guestAccess: 'none', positionIds: [other.id] },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'zones.0.color', message: 'Rəngi #RRGGBB şəklində yazın (məs. #C62828).' })]));
    const second = await as(w.organizer.token).put(`/events/${w.event.id}/accreditation/zones`).send({
      zones: [
        { name: { az: 'Plenar zal', en: 'Plenary', ru: 'Пленарный' }, color: '#FF0000', guestAccess: 'all', positionIds: [] },
        { name: { az: 'plenar zal', en: 'Plenary 2', ru: 'Пленарный 2' }, color: '#000000', guestAccess: 'none', positionIds: [other.id] },
      ],
    });
    expect(second.status).toBe(400);
    expect(second.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['zones.1.name.az:zoneNameTaken', 'zones.1.positionIds.0:zonePositionUnknown']);

    const saved = await as(w.organizer.token).put(`/events/${w.event.id}/accreditation/zones`).send(zonesBody(w)).expect(200);
    expect(saved.body.zones.map((z: { name: { az: string }; color: string }) => `${z.name.az} ${z.color}`)).toEqual(['Plenar zal #C62828', 'VIP #C9A227', 'Media #1565C0']);
    expect(saved.body.positions.map((p: { name: { az: string } }) => p.name.az).sort()).toEqual(['Mətbuat', 'Qeydiyyat masası']);
    // Renaming and reordering keeps the zone (same id), dropping one deletes it.
    const [plenary, vip] = saved.body.zones;
    const again = await as(w.organizer.token).put(`/events/${w.event.id}/accreditation/zones`).send({
      zones: [{ ...vip, id: vip.id }, { ...plenary, id: plenary.id, name: { ...plenary.name, az: 'Böyük zal' } }],
    }).expect(200);
    expect(again.body.zones.map((z: { id: string; name: { az: string } }) => [z.id, z.name.az])).toEqual([[vip.id, 'VIP'], [plenary.id, 'Böyük zal']]);
    expect(again.body.zones[1].positionIds).toEqual([w.registration.id]);
  });

  it('lists a badge per volunteer on the rota and per guest, and prints them with the names exact: four to an A4 sheet or one per page', async () => {
    const w = await world();
    await as(w.organizer.token).put(`/events/${w.event.id}/accreditation/zones`).send(zonesBody(w)).expect(200);
    const list = await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges`).expect(200);
    const rows = list.body.badges.map((b: { holder: { kind: string; name: string }; roles: { az: string }[]; zones: { name: { az: string } }[]; version: number }) =>
      [b.holder.kind, b.holder.name, b.roles.map((x) => x.az).join(','), b.zones.map((z) => z.name.az).join(','), b.version]);
    expect(rows).toEqual([
      ['volunteer', 'Şəbnəm Ağaçəliyeva-Güləhmədova', 'Qeydiyyat masası', 'Plenar zal', 1],
      ['volunteer', 'Ülvi İsmayılzadə', 'Mətbuat', 'Media', 1],
      ['guest', 'Çağla Öztürk', 'Türkiyə nümayəndə heyəti', 'Plenar zal,VIP', 1],
      ['guest', 'Jean Dupont', '', 'Plenar zal', 1],
    ]);
    // Listing again gives the same badges (same tokens), not new ones.
    const again = await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges`).expect(200);
    expect(again.body.badges.map((b: { scanUrl: string }) => b.scanUrl)).toEqual(list.body.badges.map((b: { scanUrl: string }) => b.scanUrl));

    const sheet = await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges/pdf`).buffer(true).parse(binary as never).expect(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    const body = sheet.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body);
    expect(text.pages).toBe(1);
    expect(Math.round(text.width)).toBe(595);
    // A long name wraps after its hyphen; the words are the same.
    const all = text.items.join(' ').replace(/\s+/g, ' ').replace(/- /g, '-');
    for (const name of ['Şəbnəm Ağaçəliyeva-Güləhmədova', 'Ülvi İsmayılzadə', 'Çağla Öztürk', 'Jean Dupont', 'Qeydiyyat masası', 'VIP QONAQ · VIP GUEST', 'KÖNÜLLÜ · VOLUNTEER']) {
      expect(all).toContain(name);
    }

    const ids = list.body.badges.slice(0, 3).map((b: { id: string }) => b.id).join(',');
    const single = await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges/pdf?layout=single&ids=${ids}`).buffer(true).parse(binary as never).expect(200);
    const one = pdfText(single.body as Buffer);
    expect(one.pages).toBe(3);
    expect(Math.round(one.width)).toBe(255); // 90 mm
    expect(one.items.join('\n')).not.toContain('Jean Dupont');
    const marked = await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges`).expect(200);
    expect(marked.body.badges.every((b: { printedAt: string | null }) => b.printedAt)).toBe(true);
  }, 120_000);

  it('the door scan shows the zones of that day: green on a duty day, red on another day or outside the event; guests by VIP flag', async () => {
    const w = await world();
    await as(w.organizer.token).put(`/events/${w.event.id}/accreditation/zones`).send(zonesBody(w)).expect(200);
    const badges = (await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges`).expect(200)).body.badges;
    const token = (name: string) => tokenOf(badges.find((b: { holder: { name: string } }) => b.holder.name === name).scanUrl);
    const scan = (tok: string, day: string) => as(w.organizer.token).post('/accreditation/scans', { token: tok, day }).expect(200);

    const onDuty = (await scan(token('Şəbnəm Ağaçəliyeva-Güləhmədova'), w.day1)).body;
    expect(onDuty).toMatchObject({ result: 'valid', access: 'granted', reason: null, day: w.day1, holder: { kind: 'volunteer', name: 'Şəbnəm Ağaçəliyeva-Güləhmədova' } });
    expect(onDuty.zones.map((z: { name: { az: string } }) => z.name.az)).toEqual(['Plenar zal']);
    expect(onDuty.roles.map((x: { name: { az: string } }) => x.name.az)).toEqual(['Qeydiyyat masası']);
    // Only minimal data: no e-mail, phone or ids of the person.
    expect(JSON.stringify(onDuty)).not.toMatch(/@|volunteerId|phone/);

    const offDuty = (await scan(token('Şəbnəm Ağaçəliyeva-Güləhmədova'), w.day2)).body;
    expect(offDuty).toMatchObject({ result: 'valid', access: 'denied', reason: 'noDutyToday', zones: [] });
    const press = (await scan(token('Ülvi İsmayılzadə'), w.day2)).body;
    expect(press.zones.map((z: { name: { az: string } }) => z.name.az)).toEqual(['Media']);

    const vip = (await scan(token('Çağla Öztürk'), w.day2)).body;
    expect(vip).toMatchObject({ access: 'granted', holder: { kind: 'vip', name: 'Çağla Öztürk' } });
    expect(vip.zones.map((z: { name: { az: string } }) => z.name.az)).toEqual(['Plenar zal', 'VIP']);
    const guest = (await scan(token('Jean Dupont'), w.day1)).body;
    expect(guest.zones.map((z: { name: { az: string } }) => z.name.az)).toEqual(['Plenar zal']);
    const before = (await scan(token('Jean Dupont'), addDays(w.day1, -1))).body;
    expect(before).toMatchObject({ access: 'denied', reason: 'notEventDay', zones: [] });

    const made = (await as(w.organizer.token).post('/accreditation/scans', { token: 'x'.repeat(43) }).expect(200)).body;
    expect(made).toEqual({ result: 'unknown' });
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'accreditation.scan' AND actor_id = $1`, [w.organizer.userId]);
    expect(audited[0].n).toBe(7);
  });

  it('a reprint gives a new QR and the old one answers "replaced"', async () => {
    const w = await world();
    const badges = (await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges`).expect(200)).body.badges;
    const old = badges.find((b: { holder: { name: string } }) => b.holder.name === 'Ülvi İsmayılzadə');
    const fresh = (await as(w.organizer.token).post(`/events/${w.event.id}/accreditation/badges/reprint`, { badgeId: old.id }).expect(201)).body;
    expect(fresh).toMatchObject({ holder: { name: 'Ülvi İsmayılzadə' }, version: 2 });
    expect(fresh.scanUrl).not.toBe(old.scanUrl);
    const oldScan = (await as(w.organizer.token).post('/accreditation/scans', { token: tokenOf(old.scanUrl), day: w.day2 }).expect(200)).body;
    expect(oldScan.result).toBe('replaced');
    expect(oldScan.holder).toBeUndefined();
    const newScan = (await as(w.organizer.token).post('/accreditation/scans', { token: tokenOf(fresh.scanUrl), day: w.day2 }).expect(200)).body;
    expect(newScan).toMatchObject({ result: 'valid', holder: { name: 'Ülvi İsmayılzadə' } });
    // The old badge cannot be reprinted again: it is not live any more.
    const twice = await as(w.organizer.token).post(`/events/${w.event.id}/accreditation/badges/reprint`, { badgeId: old.id }).expect(400);
    expect(twice.body.errors[0]).toMatchObject({ field: 'badgeId', code: 'badgeUnknown' });
    const list = (await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges`).expect(200)).body.badges;
    expect(list.filter((b: { holder: { name: string } }) => b.holder.name === 'Ülvi İsmayılzadə').map((b: { id: string }) => b.id)).toEqual([fresh.id]);
  });

  it("another event's organiser sees nothing: 404 on the event, 'unknown' at the door; coordinators and HR may not scan", async () => {
    const w = await world();
    const badges = (await as(w.organizer.token).get(`/events/${w.event.id}/accreditation/badges`).expect(200)).body.badges;
    const stranger = await f.loginAs(['organizer'], { eventIds: [(await f.event()).id] });
    await as(stranger.token).get(`/events/${w.event.id}/accreditation/badges`).expect(404);
    await as(stranger.token).get(`/events/${w.event.id}/accreditation/zones`).expect(404);
    await as(stranger.token).post(`/events/${w.event.id}/accreditation/badges/reprint`, { badgeId: badges[0].id }).expect(404);
    const scan = (await as(stranger.token).post('/accreditation/scans', { token: tokenOf(badges[0].scanUrl), day: w.day1 }).expect(200)).body;
    expect(scan).toEqual({ result: 'unknown' });
    const coordinator = await f.loginAs(['coordinator'], { centerIds: [(await f.center()).id] });
    await as(coordinator.token).post('/accreditation/scans', { token: tokenOf(badges[0].scanUrl) }).expect(403);
    const hr = await f.loginAs(['hr']);
    await as(hr.token).get(`/events/${w.event.id}/accreditation/badges`).expect(403);
    const admin = await f.loginAs(['admin']);
    const adminScan = (await as(admin.token).post('/accreditation/scans', { token: tokenOf(badges[0].scanUrl), day: w.day1 }).expect(200)).body;
    expect(adminScan.result).toBe('valid');
  });
});
