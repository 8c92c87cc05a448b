import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@dost/domain';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'dost:public';
export const ROLES = 'dost:roles';

/** The route needs no login. Everything else does (deny by default). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const DURING_MFA_ENROLMENT = 'dost:during-mfa-enrolment';

/**
 * The route stays reachable for a staff member who must still set up two-step sign-in (STAFF_2FA=required):
 * who am I, enrolment itself. Every other route answers 403 MFA_ENROLMENT_REQUIRED to such a session.
 */
export const AllowDuringMfaEnrolment = () => SetMetadata(DURING_MFA_ENROLMENT, true);

/** Only callers holding one of these roles may call the route (403 otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
