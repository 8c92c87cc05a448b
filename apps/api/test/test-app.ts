import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { Role } from '@dost/domain';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { setupApp } from '../src/app.setup';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { PasswordHasher } from '../src/common/security/password-hasher';
import { CenterEntity } from '../src/organisation/entities/center.entity';
import { CoordinatorCenterEntity } from '../src/organisation/entities/coordinator-center.entity';
import { EventEntity } from '../src/organisation/entities/event.entity';
import { EventOrganizerEntity } from '../src/organisation/entities/event-organizer.entity';
import { UserRoleEntity } from '../src/users/entities/user-role.entity';
import { UserEntity } from '../src/users/entities/user.entity';
import { urlFor, withAdminClient } from './test-database';

export const TEST_ADMIN_EMAIL = 'admin@test.dost.local';
export const TEST_PASSWORD = 'test-Password-123';

let workerDatabase: Promise<string> | undefined;

/** This Jest worker's own database, cloned once from the migrated template. */
function workerDatabaseUrl(): Promise<string> {
  workerDatabase ??= (async () => {
    const template = process.env.TEST_TEMPLATE_DB;
    if (!template) throw new Error('TEST_TEMPLATE_DB missing: the Jest globalSetup did not run');
    const name = `${template}_w${process.env.JEST_WORKER_ID ?? '1'}`;
    await withAdminClient(async (c) => {
      const { rowCount } = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
      if (!rowCount) await c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    });
    return urlFor(name);
  })();
  return workerDatabase;
}

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  db: DataSource;
  config: AppConfig;
  close: () => Promise<void>;
}

/** The real application (same module, same setup as main.ts) on this worker's database. */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const databaseUrl = await workerDatabaseUrl();
  const config = loadConfig(
    {},
    {
      nodeEnv: 'test',
      databaseUrl,
      dataDir: mkdtempSync(path.join(tmpdir(), 'dost-api-test-')),
      adminEmail: TEST_ADMIN_EMAIL,
      adminPassword: TEST_PASSWORD,
      seedDemo: false,
      logLevel: 'silent',
      // Tests vary the client address with X-Forwarded-For (rate limits); supertest connects over loopback.
      trustProxy: 'loopback',
      ...overrides,
    },
  );
  const moduleRef = await Test.createTestingModule({ imports: [AppModule, DiscoveryModule] }).overrideProvider(AppConfig).useValue(config).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  setupApp(app);
  await app.init();
  return {
    app,
    http: () => request(app.getHttpServer()),
    db: app.get(DataSource),
    config,
    close: () => app.close(),
  };
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Factories writing straight to the database, so each test sets up exactly what it needs. */
export class Factory {
  constructor(private readonly t: TestApp) {}

  async center(values: Partial<CenterEntity> = {}): Promise<CenterEntity> {
    const code = `c-${unique()}`;
    return this.t.db.getRepository(CenterEntity).save({
      code, kind: 'regional_center', region: 'Test', nameAz: `Mərkəz ${code}`, nameEn: `Center ${code}`, nameRu: `Центр ${code}`,
      address: 'Bakı', active: true, demo: false, ...values,
    });
  }

  async event(values: Partial<EventEntity> = {}): Promise<EventEntity> {
    return this.t.db.getRepository(EventEntity).save({
      nameAz: `Tədbir ${unique()}`, nameEn: 'Event', nameRu: 'Мероприятие', venue: 'Bakı',
      startsAt: new Date('2030-01-01T09:00:00+04:00'), endsAt: new Date('2030-01-01T18:00:00+04:00'), status: 'published', demo: false, ...values,
    });
  }

  async user(roles: Role[], scope: { centerIds?: string[]; eventIds?: string[]; password?: string; email?: string } = {}): Promise<{ user: UserEntity; email: string; password: string }> {
    const email = scope.email ?? `${roles[0]}-${unique()}@test.dost.local`;
    const password = scope.password ?? TEST_PASSWORD;
    const hasher = this.t.app.get(PasswordHasher);
    const user = await this.t.db.getRepository(UserEntity).save({
      email, fullName: `Test ${roles.join('+')}`, locale: 'az', active: true, demo: false, passwordHash: await hasher.hash(password),
    });
    await this.t.db.getRepository(UserRoleEntity).insert(roles.map((role) => ({ userId: user.id, role })));
    for (const centerId of scope.centerIds ?? []) await this.t.db.getRepository(CoordinatorCenterEntity).insert({ userId: user.id, centerId });
    for (const eventId of scope.eventIds ?? []) await this.t.db.getRepository(EventOrganizerEntity).insert({ userId: user.id, eventId });
    return { user, email, password };
  }

  /** Logs in over HTTP and returns the access token and the refresh cookie. */
  async login(email: string, password = TEST_PASSWORD, ip = '127.0.0.1'): Promise<{ token: string; cookie: string }> {
    const res = await this.t.http().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password }).expect(200);
    const cookie = [res.headers['set-cookie']].flat().find((c: string) => c.startsWith('dost_refresh='))!;
    return { token: res.body.accessToken, cookie: cookie.split(';')[0] };
  }

  async loginAs(roles: Role[], scope: { centerIds?: string[]; eventIds?: string[] } = {}): Promise<{ token: string; userId: string; email: string }> {
    const { user, email, password } = await this.user(roles, scope);
    const { token } = await this.login(email, password, `10.${counter % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
    return { token, userId: user.id, email };
  }
}
