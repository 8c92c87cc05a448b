import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { SessionEntity } from '../src/auth/entities/session.entity';
import { VolunteerEntity } from '../src/people/entities/volunteer.entity';
import { VolunteerQualificationEntity } from '../src/people/entities/volunteer-qualification.entity';
import { PositionEntity } from '../src/rostering/entities/position.entity';
import { ShiftEntity } from '../src/rostering/entities/shift.entity';
import { UserRoleEntity } from '../src/users/entities/user-role.entity';
import { UserEntity } from '../src/users/entities/user.entity';
import request from 'supertest';
import { createTestApp, Factory, type TestApp } from './test-app';

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}${randomBytes(3).toString('hex')}`;

export interface TestVolunteer {
  volunteer: VolunteerEntity;
  userId: string;
  token: string;
}

/** Rostering fixtures. Volunteers get a session and a signed access token directly (no argon2 per login), so 1,000 of them take seconds. */
export class RosteringFactory {
  constructor(private readonly t: TestApp) {}

  async volunteers(count: number, values: Partial<VolunteerEntity> = {}, qualifications: { code: string; validUntil?: string | null }[] = []): Promise<TestVolunteer[]> {
    const jwt = this.t.app.get(JwtService, { strict: false });
    const out: TestVolunteer[] = [];
    for (let i = 0; i < count; i += 500) {
      const size = Math.min(500, count - i);
      const users = await this.t.db.getRepository(UserEntity).save(
        Array.from({ length: size }, () => {
          const email = `vol-${unique()}@test.dost.local`;
          return { email, fullName: `Könüllü ${email.slice(4, 12)}`, locale: 'az' as const, active: true, demo: false, passwordHash: 'x' };
        }),
        { chunk: 250 },
      );
      await this.t.db.getRepository(UserRoleEntity).insert(users.map((u) => ({ userId: u.id, role: 'volunteer' as const })));
      const now = new Date();
      const sessions = await this.t.db.getRepository(SessionEntity).save(
        users.map((u) => ({ userId: u.id, tokenHash: randomBytes(32).toString('hex'), lastUsedAt: now, expiresAt: new Date(now.getTime() + 86_400_000) })),
        { chunk: 250 },
      );
      const vols = await this.t.db.getRepository(VolunteerEntity).save(
        users.map((u) => ({ userId: u.id, fullName: u.fullName, email: u.email, status: 'active' as const, birthDate: '2000-01-01', locale: 'az' as const, languages: [], ...values })),
        { chunk: 250 },
      );
      if (qualifications.length) {
        await this.t.db.getRepository(VolunteerQualificationEntity).insert(vols.flatMap((v) => qualifications.map((q) => ({ volunteerId: v.id, code: q.code, validUntil: q.validUntil ?? null }))));
      }
      users.forEach((u, k) => out.push({ volunteer: vols[k], userId: u.id, token: jwt.sign({ sub: u.id, sid: sessions[k].id }) }));
    }
    return out;
  }

  async volunteer(values: Partial<VolunteerEntity> = {}): Promise<TestVolunteer> {
    return (await this.volunteers(1, values))[0];
  }

  async position(owner: { centerId?: string; eventId?: string }, values: Partial<PositionEntity> = {}): Promise<PositionEntity> {
    return this.t.db.getRepository(PositionEntity).save({
      centerId: owner.centerId ?? null, eventId: owner.eventId ?? null, code: `p-${unique()}`, nameAz: 'Qarşılama', nameEn: 'Greeter', nameRu: 'Встреча',
      requirements: {}, active: true, ...values,
    });
  }

  async shift(position: PositionEntity, values: Partial<ShiftEntity> = {}): Promise<ShiftEntity> {
    const start = new Date(Date.now() + 3 * 86_400_000);
    start.setUTCHours(5, 0, 0, 0);
    return this.t.db.getRepository(ShiftEntity).save({
      centerId: position.centerId, eventId: position.eventId, positionId: position.id, startsAt: start, endsAt: new Date(start.getTime() + 4 * 3_600_000),
      slots: 2, visibility: 'open' as const, status: 'published' as const, ...values,
    });
  }
}

export interface RosteringHttp {
  t: TestApp;
  f: Factory;
  r: RosteringFactory;
  url: string;
}

/**
 * The app listening on a free port (requests through real sockets, as parallel clients need), with both
 * factories. Jobs are run by the tests themselves (no polling worker), so each step is observable.
 */
export async function startRosteringHttp(): Promise<RosteringHttp> {
  const t = await createTestApp({ jobsWorker: false } as never);
  await t.app.listen(0, '127.0.0.1');
  return { t, f: new Factory(t), r: new RosteringFactory(t), url: await t.app.getUrl() };
}

/** GET/POST under /api/v1 with a bearer token. */
export const asUser = (url: () => string) => (token: string) => ({
  get: (path: string) => request(url()).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`),
  post: (path: string, body: object = {}) => request(url()).post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body),
});
