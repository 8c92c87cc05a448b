import { Module, RequestMethod } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AccreditationModule } from './accreditation/accreditation.module';
import { AlumniModule } from './alumni/alumni.module';
import { AttendanceModule } from './attendance/attendance.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CertificatesModule } from './certificates/certificates.module';
import { EventDeskModule } from './event-desk/event-desk.module';
import { EventGuestsModule } from './event-guests/event-guests.module';
import { QualificationsModule } from './qualifications/qualifications.module';
import { HiringModule } from './hiring/hiring.module';
import { TalentModule } from './talent/talent.module';
import { CertificateDocumentsModule } from './certificates/documents/documents.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DebriefModule } from './debrief/debrief.module';
import { DatabaseModule } from './database/database.module';
import { DemoSeedModule } from './database/seed/demo-seed.module';
import { HealthModule } from './health/health.module';
import { HoursModule } from './hours/hours.module';
import { JobsModule } from './jobs/jobs.module';
import { LiaisonsModule } from './liaisons/liaisons.module';
import { MessagingModule } from './messaging/messaging.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationModule } from './organisation/organisation.module';
import { PeopleModule } from './people/people.module';
import { MyProfileModule } from './people/my-profile/my-profile.module';
import { RecruitmentModule } from './recruitment/recruitment.module';
import { ReportsModule } from './reports/reports.module';
import { RosteringModule } from './rostering/rostering.module';
import { UsersModule } from './users/users.module';
import { staticHeaders } from './common/http/static-assets';

/** Nest's own start-up logs: one line per mapped route, controller and initialised module. */
const STARTUP_CHATTER = new Set(['RouterExplorer', 'RoutesResolver', 'InstanceLoader']);

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // The named wildcard of path-to-regexp 8: the library's default '*' makes Nest warn at every start.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          hooks: {
            // Nest's start-up chatter (a line per route and module, ~160 lines) buries the accounts banner;
            // it is kept only when debugging.
            logMethod(args, method, level) {
              const context = (args[0] as { context?: unknown } | undefined)?.context;
              if (level <= 30 && typeof context === 'string' && STARTUP_CHATTER.has(context) && !['debug', 'trace'].includes(config.logLevel)) return;
              method.apply(this, args);
            },
          },
          genReqId: (req, res) => {
            const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          // Method, path and status only: no bodies, no query strings, no headers that carry secrets.
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
            res: (res: { statusCode: number }) => ({ status: res.statusCode }),
          },
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          autoLogging: { ignore: (req) => req.url === '/api/health' },
        },
      }),
    }),
    ServeStaticModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => [
        // Hashed assets cached a year (immutable), the page itself revalidated (common/http/static-assets.ts).
        { rootPath: path.resolve(config.adminDist), exclude: ['/api/{*path}', '/verify/{*path}'], serveStaticOptions: { fallthrough: true, setHeaders: staticHeaders } },
      ],
    }),
    DatabaseModule,
    JobsModule,
    NotificationsModule,
    RateLimitModule,
    AuditModule,
    HealthModule,
    AuthModule,
    UsersModule,
    OrganisationModule,
    PeopleModule,
    MyProfileModule,
    RosteringModule,
    LiaisonsModule,
    HoursModule,
    AttendanceModule,
    DashboardModule,
    MessagingModule,
    RecruitmentModule,
    ReportsModule,
    CertificateDocumentsModule,
    CertificatesModule,
    QualificationsModule,
    AlumniModule,
    HiringModule,
    TalentModule,
    EventGuestsModule,
    AccreditationModule,
    EventDeskModule,
    DebriefModule,
    DemoSeedModule,
  ],
})
export class AppModule {}
