import request from 'supertest';
import { ShiftAssignmentEntity } from '../src/rostering/entities/shift-assignment.entity';
import { ShiftPolicyEntity } from '../src/rostering/entities/shift-policy.entity';
import type { ShiftEntity } from '../src/rostering/entities/shift.entity';
import type { PositionEntity } from '../src/rostering/entities/position.entity';
import { KioskDeviceEntity } from '../src/attendance/entities/kiosk-device.entity';
import { startRosteringHttp, type RosteringHttp, type TestVolunteer } from './rostering-factory';

const MIN = 60_000;

export interface AttendanceHttp extends RosteringHttp {
  a: AttendanceFactory;
}

/** Attendance fixtures on the listening app: places with a coordinator, shifts around a clock, assignments, kiosks, PINs. */
export class AttendanceFactory {
  constructor(private readonly h: RosteringHttp) {}

  api(token: string, locale = 'en') {
    const url = this.h.url;
    return {
      get: (path: string) => request(url).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', locale),
      post: (path: string, body: object = {}) => request(url).post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', locale).send(body),
      put: (path: string, body: object = {}) => request(url).put(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Accept-Language', locale).send(body),
    };
  }

  kioskApi(token: string, locale = 'en') {
    const url = this.h.url;
    return {
      get: (path: string) => request(url).get(`/api/v1${path}`).set('X-Kiosk-Token', token).set('Accept-Language', locale),
      post: (path: string, body: object = {}) => request(url).post(`/api/v1${path}`).set('X-Kiosk-Token', token).set('Accept-Language', locale).send(body),
    };
  }

  /** A center with its coordinator and a position. */
  async center(policy: Partial<ShiftPolicyEntity> = {}) {
    const center = await this.h.f.center();
    const coordinator = await this.h.f.loginAs(['coordinator'], { centerIds: [center.id] });
    const position = await this.h.r.position({ centerId: center.id });
    if (Object.keys(policy).length) await this.h.t.db.getRepository(ShiftPolicyEntity).insert({ centerId: center.id, ...policy });
    return { center, coordinator, position };
  }

  /** A shift at the position from `startOffsetMin` minutes after `clock` lasting `minutes`. */
  async shift(position: PositionEntity, startOffsetMin: number, minutes = 240, clock = Date.now(), values: Partial<ShiftEntity> = {}): Promise<ShiftEntity> {
    const start = new Date(Math.floor((clock + startOffsetMin * MIN) / MIN) * MIN);
    return this.h.r.shift(position, { startsAt: start, endsAt: new Date(start.getTime() + minutes * MIN), slots: 30, ...values });
  }

  async assign(shift: ShiftEntity, v: TestVolunteer): Promise<ShiftAssignmentEntity> {
    return this.h.t.db.getRepository(ShiftAssignmentEntity).save({ shiftId: shift.id, volunteerId: v.volunteer.id, status: 'assigned' as const, source: 'coordinator' as const });
  }

  async kiosk(staffToken: string, owner: { centerId?: string; eventId?: string }): Promise<{ id: string; token: string; codeSecret: string }> {
    const res = await this.api(staffToken).post('/kiosks', { ...owner, name: 'Giriş planşeti' }).expect(201);
    const row = await this.h.t.db.getRepository(KioskDeviceEntity).findOneByOrFail({ id: res.body.id });
    return { id: res.body.id, token: res.body.token, codeSecret: row.codeSecret };
  }

  async pin(v: TestVolunteer, pin: string): Promise<void> {
    await this.api(v.token).put('/me/kiosk-pin', { pin }).expect(204);
  }
}

export async function startAttendanceHttp(): Promise<AttendanceHttp> {
  const h = await startRosteringHttp();
  return { ...h, a: new AttendanceFactory(h) };
}
