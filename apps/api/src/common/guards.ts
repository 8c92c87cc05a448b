import { ExecutionContext, Injectable, CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@dost/domain';
import { databaseUnavailable, isDatabaseUnavailable } from '../database/database-availability';
import type { AuthUser } from './auth-user';
import { DURING_MFA_ENROLMENT, IS_PUBLIC, ROLES } from './decorators';
import { ApiProblem } from './http/api-problem';

/** Deny by default: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(ctx: ExecutionContext) {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()])) return true;
    return super.canActivate(ctx);
  }

  override handleRequest<T>(err: unknown, user: T): T {
    // A bad, expired or revoked token is passport's "fail" (no error, no user): 401. An error means the lookup
    // itself broke — PostgreSQL unreachable is 503, anything else 500 — and must not be a 401, which would sign the
    // console out of a perfectly good session.
    if (isDatabaseUnavailable(err)) throw databaseUnavailable();
    if (err) throw err instanceof Error ? err : new Error(String(err));
    if (!user) throw new ApiProblem(401);
    return user;
  }
}

/**
 * A staff session that still owes the second factor's enrolment (STAFF_2FA=required) reaches only routes
 * marked @AllowDuringMfaEnrolment(): a required-2FA admin cannot read any data without it.
 */
@Injectable()
export class MfaEnrolmentGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const user = ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user?.mfaEnrolmentRequired) return true;
    if (this.reflector.getAllAndOverride<boolean>(DURING_MFA_ENROLMENT, [ctx.getHandler(), ctx.getClass()])) return true;
    throw new ApiProblem(403, 'detail.mfaEnrolmentRequired', {}, [], {}, 'MFA_ENROLMENT_REQUIRED');
  }
}

/** @Roles(...) on a handler or controller: 403 for callers holding none of them. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [ctx.getHandler(), ctx.getClass()]);
    if (!roles?.length) return true;
    const user = ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user || !user.roles.some((r) => roles.includes(r))) throw new ApiProblem(403);
    return true;
  }
}
