import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { createTestApp, type TestApp } from '../../test/test-app';
import { IS_PUBLIC } from './decorators';

/** Routes that answer without a token, on purpose. Adding one here is a security decision. */
const PUBLIC_ROUTES = new Set([
  'GET /api/health', 'POST /api/v1/auth/login', 'POST /api/v1/auth/refresh', 'POST /api/v1/auth/logout',
  // Two-step sign-in (issue 18): the short-lived mfaToken from the password step is the credential.
  'POST /api/v1/auth/login/mfa',
  // Mail links (issue 3): password links by token, forgot-password always 202, unsubscribe by HMAC token.
  'POST /api/v1/auth/forgot-password', 'POST /api/v1/auth/reset-password', 'POST /api/v1/auth/set-password',
  'GET /api/v1/unsubscribe', 'POST /api/v1/unsubscribe',
  // Calendar feeds (issue 5): the secret, revocable token in the URL is the credential.
  'GET /api/v1/calendar/:file',
  // Recruitment (issue 4): applying without an account (rate-limited per IP), the status page by HMAC token.
  'GET /api/v1/public/intakes', 'GET /api/v1/public/intakes/:id', 'GET /api/v1/public/event-intakes/:id', 'POST /api/v1/public/intakes/:id/applications', 'POST /api/v1/public/applications/verify',
  'GET /api/v1/public/application-status', 'POST /api/v1/public/application-status/resend-verification', 'POST /api/v1/public/application-status/withdraw',
  'POST /api/v1/public/application-status/withdraw-consent', 'POST /api/v1/public/application-status/interview',
  // Kiosks (issue 12): a shared tablet has no login; its revocable device token (X-Kiosk-Token, KioskGuard) is the credential.
  'GET /api/v1/kiosk/me', 'GET /api/v1/kiosk/code', 'GET /api/v1/kiosk/expected', 'POST /api/v1/kiosk/pin', 'POST /api/v1/kiosk/sync',
  // Certificates (issue 13): anyone verifies by the code printed on the certificate (rate-limited per address; unknown → 404).
  'GET /api/v1/public/certificates/:code', 'GET /api/v1/public/certificates/:code/credential',
  // The issuer's profile and public key, for anyone verifying a credential (served outside /api/v1, app.setup.ts).
  'GET /api/v1/.well-known/dost-issuer.json',
  // My profile (issue 16): the link mailed to a new e-mail address; its random 256-bit token is the credential.
  'POST /api/v1/email-change/confirm',
]);

interface Route {
  method: string;
  path: string;
  isPublic: boolean;
}

function registeredRoutes(t: TestApp): Route[] {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const reflector = t.app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object;
    const controllerPath = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = (instance as Record<string, unknown>)[name] as () => unknown;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler);
      if (methodPath === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const joined = ['', controllerPath, String(methodPath)].join('/').replace(/\/+/g, '/').replace(/\/$/, '');
      const path = controllerPath.startsWith('api/') ? joined : `/api/v1${joined}`;
      const isPublic = !!reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, wrapper.metatype as never]);
      routes.push({ method, path, isPublic });
    }
  }
  return routes;
}

describe('every route is guarded (deny by default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('finds the routes of every feature', () => {
    const routes = registeredRoutes(t).map((r) => `${r.method} ${r.path}`);
    expect(routes).toEqual(expect.arrayContaining(['GET /api/v1/centers', 'POST /api/v1/users', 'GET /api/v1/audit-log', 'GET /api/health']));
    expect(routes.length).toBeGreaterThan(20);
  });

  it('only the listed routes are public', () => {
    const publicOnes = registeredRoutes(t).filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`);
    for (const route of publicOnes) expect(PUBLIC_ROUTES).toContain(route);
  });

  it('every other route answers 401 without a token', async () => {
    const guarded = registeredRoutes(t).filter((r) => !r.isPublic);
    for (const route of guarded) {
      const path = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.http()[route.method.toLowerCase() as 'get'](path).send({});
      if (res.status !== 401) throw new Error(`${route.method} ${route.path} answered ${res.status} without a token`);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
