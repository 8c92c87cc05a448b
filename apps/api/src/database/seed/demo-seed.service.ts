import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@dost/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { PasswordHasher } from '../../common/security/password-hasher';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { CoordinatorCenterEntity } from '../../organisation/entities/coordinator-center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import { EventOrganizerEntity } from '../../organisation/entities/event-organizer.entity';
import { UserRoleEntity } from '../../users/entities/user-role.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { demoVolunteerName, seedRosteringDemo } from '../../rostering/demo/rostering-demo.seed';
import { seedRecruitmentDemo } from '../../recruitment/demo/recruitment-demo.seed';
import { seedMyProfileDemo } from '../../people/my-profile/demo/my-profile-demo.seed';
import { seedHoursDemo } from '../../hours/demo/hours-demo.seed';
import { seedOnboardingHistory } from '../../recruitment/demo/onboarding-history.seed';
import { seedPeopleDemo } from '../../people/demo/people-demo.seed';
import { HoursLedgerService } from '../../hours/hours-ledger.service';
import { CertificateIssuer } from '../../certificates/certificate-issuer';
import { seedCertificatesDemo } from '../../certificates/demo/certificates-demo.seed';
import { AlumniService } from '../../alumni/alumni.service';
import { seedAlumniDemo, seedAlumniHistory } from '../../alumni/demo/alumni-demo.seed';
import { seedHiringDemo } from '../../hiring/demo/hiring-demo.seed';
import { seedQualificationsDemo } from '../../qualifications/demo/qualifications-demo.seed';
import { seedEventGuestsDemo } from '../../event-guests/demo/event-guests-demo.seed';
import { seedDebriefDemo } from '../../debrief/demo/debrief-demo.seed';
import { seedLiaisonsDemo } from '../../liaisons/demo/liaisons-demo.seed';
import { seedEventDeskDemo } from '../../event-desk/demo/event-desk-demo.seed';
import { seedAccreditationDemo } from '../../accreditation/demo/accreditation-demo.seed';
import { DEMO_CENTERS, DEMO_EVENT, DEMO_PARENTS } from './demo-organisation';

interface CreatedAccount {
  role: string;
  email: string;
  password: string;
  generated: boolean;
}

/** 16 characters from an alphabet without look-alikes; always has letters and digits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  const body = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return `${body.slice(0, 14)}${alphabet[bytes[0] % 24]}${2 + (bytes[1] % 8)}`;
}

/**
 * On the first start with an empty database: the first admin and (unless SEED_DEMO=false) the demo
 * organisation with one account per role. Passwords come from ADMIN_PASSWORD / DEMO_PASSWORD or are
 * generated and printed once — there is no fixed default password anywhere.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('seed');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly ledger: HoursLedgerService,
    private readonly certificates: CertificateIssuer,
    private readonly alumni: AlumniService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const created = await this.db.transaction(async (em) => {
      // One replica seeds; the others wait here and then find users present.
      await em.query(`SELECT pg_advisory_xact_lock(4242001)`);
      if ((await em.count(UserEntity)) > 0) return [];
      return this.seed(em);
    });
    if (created.length) this.announce(created);
  }

  private async seed(em: EntityManager): Promise<CreatedAccount[]> {
    const accounts: CreatedAccount[] = [];
    const adminPassword = this.config.adminPassword ?? generatePassword();
    await this.createUser(em, this.config.adminEmail, 'Sistem administratoru', ['admin'], adminPassword, false);
    accounts.push({ role: 'admin', email: this.config.adminEmail, password: adminPassword, generated: !this.config.adminPassword });
    if (!this.config.seedDemo) return accounts;

    const centers = await em.save(CenterEntity, DEMO_CENTERS.map((c) => em.create(CenterEntity, { ...c, active: true, demo: true })));
    const event = await em.save(EventEntity, em.create(EventEntity, { ...DEMO_EVENT, demo: true }));
    const barda = centers.find((c) => c.code === 'barda')!;
    // The network tree (demo): Sumqayıt's branch under Baku No. 1; Ağalı stays a root for an admin to move.
    for (const [child, parent] of Object.entries(DEMO_PARENTS)) {
      const c = centers.find((x) => x.code === child);
      const p = centers.find((x) => x.code === parent);
      if (c && p) await em.update(CenterEntity, { id: c.id }, { parentId: p.id });
    }

    const demo: { role: Role; email: string; name: string }[] = [
      { role: 'hr', email: 'hr@demo.dost.local', name: 'Nigar Əliyeva (demo)' },
      { role: 'coordinator', email: 'coordinator@demo.dost.local', name: 'Rəşad Hüseynov (demo)' },
      { role: 'organizer', email: 'organizer@demo.dost.local', name: 'Aysel Quliyeva (demo)' },
      { role: 'volunteer', email: 'volunteer@demo.dost.local', name: 'Tural Məmmədov (demo)' },
      // A colleague at the same center with a login of their own, so swaps can be offered, taken and approved.
      { role: 'volunteer', email: 'volunteer01@demo.dost.local', name: `${demoVolunteerName(0)} (demo)` },
      { role: 'applicant', email: 'applicant@demo.dost.local', name: 'Günay İsmayılova (demo)' },
    ];
    for (const d of demo) {
      const password = this.config.demoPassword ?? generatePassword();
      const user = await this.createUser(em, d.email, d.name, [d.role], password, true);
      if (d.role === 'coordinator') await em.insert(CoordinatorCenterEntity, { userId: user.id, centerId: barda.id });
      if (d.role === 'organizer') await em.insert(EventOrganizerEntity, { userId: user.id, eventId: event.id });
      accounts.push({ role: d.role, email: d.email, password, generated: !this.config.demoPassword });
    }
    const now = new Date();
    await seedRosteringDemo(em, now);
    // Right after the events exist: liaison matching, badges and the desk build on the delegations and guests.
    await seedEventGuestsDemo(em, now);
    await seedHoursDemo(em, this.ledger, now);
    await seedAlumniHistory(em, this.ledger, now);
    await seedOnboardingHistory(em, now);
    await seedPeopleDemo(em, now);
    await seedRecruitmentDemo(em, now);
    await seedMyProfileDemo(em, now);
    await seedCertificatesDemo(em, this.certificates, now);
    await seedAlumniDemo(em, this.alumni, now);
    await seedHiringDemo(em, now);
    await seedQualificationsDemo(em, now);
    await seedDebriefDemo(em, now);
    // After the delegations and guests: their liaison duties, matched by the engine and applied (docs/liaisons.md).
    await seedLiaisonsDemo(em, now);
    await seedEventDeskDemo(em, now);
    // After every event seed: zones for each future demo event (docs/accreditation.md).
    await seedAccreditationDemo(em, now);
    return accounts;
  }

  private async createUser(em: EntityManager, email: string, fullName: string, roles: Role[], password: string, demo: boolean): Promise<UserEntity> {
    const user = await em.save(
      UserEntity,
      em.create(UserEntity, { email: email.toLowerCase(), fullName, locale: 'az', active: true, demo, passwordHash: await this.hasher.hash(password) }),
    );
    await em.insert(UserRoleEntity, roles.map((role) => ({ userId: user.id, role })));
    return user;
  }

  /** Printed once, straight to the terminal (not into the JSON log). */
  private announce(accounts: CreatedAccount[]): void {
    const lines = [
      '',
      '  Könüllü DOST — accounts created on this first start:',
      ...accounts.map((a) => `    ${a.role.padEnd(12)} ${a.email.padEnd(30)} ${a.generated ? a.password : '(password from the environment)'}`),
      ...(accounts.some((a) => a.generated) ? ['  Generated passwords are shown only now. Keep them; change them after logging in.'] : []),
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
    this.logger.log(`first start: created ${accounts.length} accounts`);
  }
}
