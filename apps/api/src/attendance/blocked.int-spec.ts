import { startAttendanceHttp, type AttendanceHttp } from '../../test/attendance-factory';
import { ShiftAssignmentEntity } from '../rostering/entities/shift-assignment.entity';
import { VolunteerEntity } from '../people/entities/volunteer.entity';

/** Far from the real clock: these shifts never meet another spec's window. */
const CLOCK = Date.parse('2034-03-07T12:00:00+04:00');
const DAY = 24 * 60;

describe('attendance: who is blocked from self sign-up by no-shows (GET /attendance/blocked)', () => {
  let h: AttendanceHttp;
  beforeAll(async () => {
    h = await startAttendanceHttp();
  });
  afterAll(() => h.t.close());

  const noShow = async (shift: Parameters<AttendanceHttp['a']['assign']>[0], v: Parameters<AttendanceHttp['a']['assign']>[1]) => {
    const a = await h.a.assign(shift, v);
    await h.t.db.getRepository(ShiftAssignmentEntity).update({ id: a.id }, { status: 'no_show' });
    return a;
  };
  const block = (id: string, noShowCount: number) => h.t.db.getRepository(VolunteerEntity).update({ id }, { signupBlocked: true, noShowCount });

  it('lists the blocked volunteers of the place (home center or a no-show there) with their latest no-shows in scope; another place is a 404', async () => {
    const x = await h.a.center();
    const y = await h.a.center();
    const [home, visitor, elsewhere, notBlocked] = await h.r.volunteers(4);
    await h.t.db.getRepository(VolunteerEntity).update({ id: home.volunteer.id }, { homeCenterId: x.center.id });
    // The visitor missed two shifts at x and one at y; y's is not x's coordinator's business.
    const s1 = await h.a.shift(x.position, -3 * DAY, 240, CLOCK);
    const s2 = await h.a.shift(x.position, -DAY, 240, CLOCK);
    const sy = await h.a.shift(y.position, -2 * DAY, 240, CLOCK);
    const n1 = await noShow(s1, visitor);
    const n2 = await noShow(s2, visitor);
    await noShow(sy, visitor);
    await noShow(sy, elsewhere);
    await noShow(s1, notBlocked);
    await block(home.volunteer.id, 3);
    await block(visitor.volunteer.id, 3);
    await block(elsewhere.volunteer.id, 1);

    const staff = h.a.api(x.coordinator.token);
    const list = await staff.get(`/attendance/blocked?centerId=${x.center.id}`).expect(200);
    const ids = list.body.data.map((b: { volunteerId: string }) => b.volunteerId);
    expect(ids.sort()).toEqual([home.volunteer.id, visitor.volunteer.id].sort());
    expect(list.body.total).toBe(2);
    const v = list.body.data.find((b: { volunteerId: string }) => b.volunteerId === visitor.volunteer.id);
    expect(v).toMatchObject({ fullName: visitor.volunteer.fullName, noShowCount: 3 });
    expect(v.noShows.map((n: { assignmentId: string }) => n.assignmentId)).toEqual([n2.id, n1.id]);
    expect(v.noShows[0]).toMatchObject({ positionName: { az: 'Qarşılama', en: 'Greeter', ru: 'Встреча' }, placeName: { az: x.center.nameAz } });
    expect(Date.parse(v.noShows[0].startsAt)).toBe(s2.startsAt.getTime());
    expect(list.body.data.find((b: { volunteerId: string }) => b.volunteerId === home.volunteer.id)).toMatchObject({ noShowCount: 3, noShows: [], homeCenterId: x.center.id });

    // y's coordinator sees the visitor and the one blocked elsewhere, with y's no-shows only.
    const atY = await h.a.api(y.coordinator.token).get(`/attendance/blocked?centerId=${y.center.id}`).expect(200);
    expect(atY.body.data.map((b: { volunteerId: string }) => b.volunteerId).sort()).toEqual([visitor.volunteer.id, elsewhere.volunteer.id].sort());
    expect(atY.body.data.find((b: { volunteerId: string }) => b.volunteerId === visitor.volunteer.id).noShows).toHaveLength(1);

    // Another coordinator's place is a 404; no place is a 400.
    await h.a.api(y.coordinator.token).get(`/attendance/blocked?centerId=${x.center.id}`).expect(404);
    await staff.get('/attendance/blocked').expect(400);
    await h.a.api(visitor.token).get(`/attendance/blocked?centerId=${x.center.id}`).expect(403);

    // Lifted: off the list.
    await staff.post(`/volunteers/${visitor.volunteer.id}/no-show-block/clear`, { reason: 'Xəstə idi' }).expect(200);
    const after = await staff.get(`/attendance/blocked?centerId=${x.center.id}`).expect(200);
    expect(after.body.data.map((b: { volunteerId: string }) => b.volunteerId)).toEqual([home.volunteer.id]);
  });
});
