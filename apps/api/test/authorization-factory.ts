import { JwtService } from '@nestjs/jwt';
import { verificationCodeFrom } from '@dost/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { SessionEntity } from '../src/auth/entities/session.entity';
import { CertificateBatchEntity } from '../src/certificates/entities/certificate-batch.entity';
import { CertificateTypeEntity } from '../src/certificates/entities/certificate-type.entity';
import { CertificateEntity } from '../src/certificates/entities/certificate.entity';
import { GroupMessageEntity } from '../src/messaging/entities/group-message.entity';
import { NotificationDeliveryEntity } from '../src/notifications/entities/notification-delivery.entity';
import { ApplicationEntity } from '../src/recruitment/entities/application.entity';
import { IntakeEntity } from '../src/recruitment/entities/intake.entity';
import { InterviewSlotEntity } from '../src/recruitment/entities/interview-slot.entity';
import { RosterRunEntity } from '../src/rostering/entities/roster-run.entity';
import { ShiftAssignmentEntity } from '../src/rostering/entities/shift-assignment.entity';
import { ShiftTemplateEntity } from '../src/rostering/entities/shift-template.entity';
import { SwapOfferEntity } from '../src/rostering/entities/swap-offer.entity';
import type { ShiftEntity } from '../src/rostering/entities/shift.entity';
import { HoursFactory, daysAgo } from './hours-factory';
import { RecruitmentFactory } from './recruitment-factory';
import { RosteringFactory, type TestVolunteer } from './rostering-factory';
import { createTestApp, Factory, type TestApp } from './test-app';
import { urlFor, withAdminClient } from './test-database';

/** The callers of the authorization matrix: every role, and a kiosk's device token. */
export const MATRIX_ROLES = ['anon', 'applicant', 'volunteer', 'coordinator', 'organizer', 'hr', 'admin', 'kiosk'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];
export type Side = 'own' | 'foreign';

/** What a path parameter `{id}` names, by the route's path. */
export type ObjectKind =
  | 'center' | 'event' | 'position' | 'shift' | 'assignment' | 'shiftTemplate' | 'swap' | 'rosterRun' | 'intake' | 'interviewSlot'
  | 'application' | 'hourEntry' | 'kiosk' | 'volunteer' | 'user' | 'message' | 'delivery' | 'session' | 'certificateType' | 'certificate' | 'certificateBatch'
  | 'qualification' | 'vacancy' | 'candidate';

/** One side of the world: a center and an event with their staff, volunteer and objects. */
export interface Place {
  centerId: string;
  eventId: string;
  coordinator: { token: string; userId: string };
  organizer: { token: string; userId: string };
  volunteer: TestVolunteer;
  /** Objects of the center (what a coordinator of it owns). */
  center: Record<ObjectKind, string>;
  /** The event's twins of the same objects (what an organizer of it owns). */
  event: Record<ObjectKind, string>;
  kioskToken: string;
  /** The public verification code of the center's certificate (volunteer A's). */
  certificateCode: string;
}

export interface MatrixWorld {
  t: TestApp;
  url: string;
  a: Place;
  b: Place;
  admin: { token: string; userId: string };
  hr: { token: string; userId: string };
  applicant: { token: string; userId: string };
}

const DAY = 86_400_000;

/**
 * Two places (A = the callers' own, B = foreign; B's intake is a draft), each a center and an event with a coordinator, an organizer, a
 * volunteer (home center A/B, assigned at both) and one object of every kind the API names by id. Routes that
 * would destroy a shared fixture (delete, revoke, cancel…) get a fresh object per request from `fresh()`.
 */
export class AuthorizationFactory {
  readonly f: Factory;
  readonly r: RosteringFactory;
  private readonly rec: RecruitmentFactory;
  private readonly hours: HoursFactory;

  constructor(private readonly t: TestApp) {
    this.f = new Factory(t);
    this.r = new RosteringFactory(t);
    this.rec = new RecruitmentFactory(t, this.f);
    this.hours = new HoursFactory(t);
  }

  async world(url: string): Promise<MatrixWorld> {
    const admin = await this.f.loginAs(['admin']);
    const hr = await this.f.loginAs(['hr']);
    const applicant = await this.f.loginAs(['applicant']);
    const a = await this.place(admin.token, admin.userId);
    const b = await this.place(admin.token, admin.userId);
    // B's intake is a draft (after its application came in): another center's draft is not even readable (defect 9).
    await this.t.db.getRepository(IntakeEntity).update({ id: b.center.intake }, { status: 'draft' });
    return { t: this.t, url, a, b, admin, hr, applicant };
  }

  private async place(adminToken: string, adminId: string): Promise<Place> {
    const center = await this.f.center();
    const event = await this.f.event();
    const coordinator = await this.f.loginAs(['coordinator'], { centerIds: [center.id] });
    const organizer = await this.f.loginAs(['organizer'], { eventIds: [event.id] });
    const volunteer = await this.r.volunteer({ homeCenterId: center.id, status: 'active' });
    const mate = await this.r.volunteer({ homeCenterId: center.id, status: 'active' });
    const intake = await this.rec.intake({ centerIds: [center.id] });
    const body = this.rec.application(intake, { centerIds: [center.id] });
    const applied = await this.rec.submit(intake, body);
    if (applied.status >= 300) throw new Error(`application: ${applied.status} ${JSON.stringify(applied.body)}`);
    const application = await this.t.db.getRepository(ApplicationEntity).findOneByOrFail({ intakeId: intake.id });
    const slot = await this.slot(intake.id, center.id);
    const objects = async (owner: { centerId?: string; eventId?: string }, staffId: string): Promise<Record<ObjectKind, string>> => {
      const position = await this.r.position(owner);
      const shift = await this.r.shift(position);
      const assignment = await this.assign(shift, volunteer);
      await this.assign(shift, mate);
      const swap = await this.swap(shift, assignment);
      const [hourEntry] = await this.hours.pending(volunteer.volunteer.id, owner, [120], [daysAgo(3)], staffId);
      const kiosk = await this.kiosk(adminToken, owner);
      const run = await this.run(owner, adminId);
      const message = await this.message(owner, owner.centerId ?? owner.eventId!, staffId);
      const delivery = await this.delivery(message, volunteer);
      const certificate = await this.certificate(volunteer, owner, adminId);
      return {
        center: center.id, event: event.id, position: position.id, shift: shift.id, assignment: assignment.id, swap, rosterRun: run,
        shiftTemplate: owner.centerId ? await this.template(center.id, position.id) : randomUUID(),
        intake: intake.id, interviewSlot: slot, application: application.id, hourEntry, kiosk: kiosk.id, volunteer: volunteer.volunteer.id,
        user: volunteer.userId, message, delivery, session: await this.session(volunteer.userId), certificateType: certificate.typeId, certificate: certificate.id,
        certificateBatch: await this.batch(certificate.typeId, staffId),
        // The catalogue is agency-wide: both places name first aid, seeded by the migration with this id.
        qualification: '0a1f0000-0000-4000-8000-000000000001',
        ...(await this.hiring(owner.centerId ?? center.id, volunteer.volunteer.id, adminId)),
      };
    };
    const centerObjects = await objects({ centerId: center.id }, coordinator.userId);
    const eventObjects = await objects({ eventId: event.id }, organizer.userId);
    const kioskToken = (await this.kiosk(adminToken, { centerId: center.id })).token;
    const certificateCode = (await this.t.db.getRepository(CertificateEntity).findOneByOrFail({ id: centerObjects.certificate })).verificationCode;
    return { centerId: center.id, eventId: event.id, coordinator, organizer, volunteer, center: centerObjects, event: eventObjects, kioskToken, certificateCode };
  }

  /**
   * A vacancy at the place's center with the place's volunteer as a candidate (hiring is agency-wide: HR and admins
   * reach both places' objects; written directly, the consent gate is the int-spec's subject).
   */
  private async hiring(centerId: string, volunteerId: string, ownerId: string): Promise<{ vacancy: string; candidate: string }> {
    const [v] = await this.t.db.query(
      `INSERT INTO vacancies (title, center_id, opens_on, owner_id) VALUES ('Matrix vacancy', $1, CURRENT_DATE, $2) RETURNING id`, [centerId, ownerId]);
    const [c] = await this.t.db.query(
      `INSERT INTO candidates (vacancy_id, volunteer_id, source) VALUES ($1, $2, 'sourced') RETURNING id`, [v.id, volunteerId]);
    return { vacancy: v.id, candidate: c.id };
  }

  /** A fresh object of `kind` owned like `owner` (for routes that delete, revoke or cancel what they are given). */
  async fresh(kind: ObjectKind, place: Place, byEvent: boolean, actorUserId: string | undefined, adminToken: string, adminId: string): Promise<string> {
    const owner = byEvent ? { eventId: place.eventId } : { centerId: place.centerId };
    switch (kind) {
      case 'center': return (await this.f.center()).id;
      case 'event': return (await this.f.event()).id;
      case 'user': return (await this.r.volunteer({ homeCenterId: place.centerId, status: 'active' })).userId;
      case 'volunteer': return (await this.r.volunteer({ homeCenterId: place.centerId, status: 'active' })).volunteer.id;
      case 'session': return this.session(actorUserId ?? place.volunteer.userId);
      case 'kiosk': return (await this.kiosk(adminToken, owner)).id;
      case 'rosterRun': return this.run(owner, adminId);
      case 'interviewSlot': return this.slot(place.center.intake, place.centerId);
      case 'intake': return (await this.rec.intake({ centerIds: [place.centerId] })).id;
      case 'shiftTemplate': return this.template(place.centerId, (await this.r.position({ centerId: place.centerId })).id);
      case 'shift': return (await this.r.shift(await this.r.position(owner))).id;
      case 'assignment':
      case 'swap': {
        const shift = await this.r.shift(await this.r.position(owner));
        const assignment = await this.assign(shift, place.volunteer);
        return kind === 'swap' ? this.swap(shift, assignment) : assignment.id;
      }
      case 'certificate': return (await this.certificate(place.volunteer, owner, adminId)).id;
      default: throw new Error(`no fresh ${kind}`);
    }
  }

  private assign(shift: ShiftEntity, v: TestVolunteer): Promise<ShiftAssignmentEntity> {
    return this.t.db.getRepository(ShiftAssignmentEntity).save({ shiftId: shift.id, volunteerId: v.volunteer.id, status: 'assigned' as const, source: 'coordinator' as const });
  }

  private async swap(shift: ShiftEntity, assignment: ShiftAssignmentEntity): Promise<string> {
    const row = await this.t.db.getRepository(SwapOfferEntity).save({ assignmentId: assignment.id, shiftId: shift.id, fromVolunteerId: assignment.volunteerId, toVolunteerId: null, status: 'open' as const });
    return row.id;
  }

  private async slot(intakeId: string, centerId: string): Promise<string> {
    const startsAt = new Date(Date.now() + 5 * DAY);
    const row = await this.t.db.getRepository(InterviewSlotEntity).save({ intakeId, centerId, startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000), location: 'Otaq 1' });
    return row.id;
  }

  private async template(centerId: string, positionId: string): Promise<string> {
    const row = await this.t.db.getRepository(ShiftTemplateEntity).save({
      centerId, positionId, weekdays: [1, 3], startTime: '09:00', endTime: '13:00', slots: 2, visibility: 'open' as const, signupOpensDaysBefore: null, cancellationCutoffHours: null, active: true,
    } as never);
    return (row as unknown as { id: string }).id;
  }

  private async run(owner: { centerId?: string; eventId?: string }, requestedBy: string): Promise<string> {
    const from = daysAgo(-7);
    const row = await this.t.db.getRepository(RosterRunEntity).save({
      centerId: owner.centerId ?? null, eventId: owner.eventId ?? null, fromDate: from, toDate: from, status: 'done' as const, progress: 100, timeLimitSeconds: 10,
      cancelRequested: false, requestedBy, result: null, applied: null, error: null,
    } as never);
    return (row as unknown as { id: string }).id;
  }

  private async message(owner: { centerId?: string; eventId?: string }, segmentId: string, senderId: string): Promise<string> {
    const row = await this.t.db.getRepository(GroupMessageEntity).save({
      senderId, senderName: 'Test', segmentKind: owner.centerId ? 'center' : 'event', segmentId, centerId: owner.centerId ?? null, eventId: owner.eventId ?? null,
      segmentLabel: 'Test', subject: 'Salam', body: 'Mətn', recipientCount: 1, idempotencyKey: null,
    } as never);
    return (row as unknown as { id: string }).id;
  }

  private async delivery(groupMessageId: string, v: TestVolunteer): Promise<string> {
    const row = await this.t.db.getRepository(NotificationDeliveryEntity).save({
      template: 'group-message', locale: 'az', toEmail: v.volunteer.email, toName: v.volunteer.fullName, userId: v.userId, props: {}, attachments: [],
      essential: false, status: 'failed', attempts: 5, lastError: 'test', messageId: `<${randomUUID()}@test.dost.local>`, groupMessageId,
    } as never);
    return (row as unknown as { id: string }).id;
  }

  /** A valid certificate of its own type (one valid certificate per type and person) at the place. */
  private async certificate(v: TestVolunteer, owner: { centerId?: string; eventId?: string }, issuedBy: string): Promise<{ id: string; typeId: string }> {
    const code = randomBytes(5).toString('hex').toUpperCase();
    const verificationCode = verificationCodeFrom(randomBytes(20));
    const type = await this.t.db.getRepository(CertificateTypeEntity).save({
      code: `t-${code.toLowerCase()}`, kind: 'training', nameAz: 'Təlim', nameEn: 'Training', nameRu: 'Обучение', rule: {}, autoIssue: false, active: true, demo: false,
    } as never);
    const typeId = (type as unknown as { id: string }).id;
    const row = await this.t.db.getRepository(CertificateEntity).save({
      serial: `T-${code}`, verificationCode, typeId, volunteerId: v.volunteer.id, holderName: v.volunteer.fullName, kind: 'training',
      title: { az: 'Təlim', en: 'Training', ru: 'Обучение' }, minutes: 600, roles: [], placeKind: owner.centerId ? 'center' : 'event',
      placeName: { az: 'Yer', en: 'Place', ru: 'Место' }, centerId: owner.centerId ?? null, eventId: owner.eventId ?? null, periodFrom: null, periodTo: null,
      signer: { name: 'Test', title: { az: 'Rəhbər', en: 'Head', ru: 'Руководитель' } }, issuedAt: new Date(), issuedBy, status: 'valid', demo: false,
    } as never);
    return { id: (row as unknown as { id: string }).id, typeId };
  }

  /** A finished, empty batch started by the place's coordinator (or organizer): theirs to follow. */
  private async batch(typeId: string, createdBy: string): Promise<string> {
    const row = await this.t.db.getRepository(CertificateBatchEntity).save({ typeId, createdBy, volunteerIds: [], status: 'done', total: 0, done: 0, results: [] } as never);
    return (row as unknown as { id: string }).id;
  }

  private async session(userId: string): Promise<string> {
    const now = new Date();
    const row = await this.t.db.getRepository(SessionEntity).save({ userId, tokenHash: randomBytes(32).toString('hex'), lastUsedAt: now, expiresAt: new Date(now.getTime() + DAY) } as never);
    return (row as unknown as { id: string }).id;
  }

  private async kiosk(staffToken: string, owner: { centerId?: string; eventId?: string }): Promise<{ id: string; token: string }> {
    const res = await request(this.t.app.getHttpServer()).post('/api/v1/kiosks').set('Authorization', `Bearer ${staffToken}`).send({ ...owner, name: 'Giriş planşeti' });
    if (res.status !== 201) throw new Error(`kiosk: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, token: res.body.token };
  }

  /** The session id inside an access token (for "my sessions": the caller's own). */
  sessionOf(token: string): string {
    return (this.t.app.get(JwtService, { strict: false }).decode(token) as { sid: string }).sid;
  }
}

/**
 * The app listening on a free port, so that hundreds of parallel requests go through real sockets — on a database
 * of its own (a clone of the migrated template, dropped with the others at the end): these tests write junk
 * everywhere (holidays, users, intakes…) that must not reach the other specs of the worker.
 */
export async function startMatrixApp(name: string): Promise<{ t: TestApp; url: string; factory: AuthorizationFactory }> {
  const template = process.env.TEST_TEMPLATE_DB;
  if (!template) throw new Error('TEST_TEMPLATE_DB missing: the Jest globalSetup did not run');
  const database = `${template}_${name}_w${process.env.JEST_WORKER_ID ?? '1'}`;
  await withAdminClient(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
  });
  const t = await createTestApp({ jobsWorker: false, databaseUrl: urlFor(database) });
  await t.app.listen(0, '127.0.0.1');
  return { t, url: await t.app.getUrl(), factory: new AuthorizationFactory(t) };
}

