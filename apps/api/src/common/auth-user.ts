import type { Actor, Role } from '@dost/domain';

/** The caller, as the JWT guard puts it on the request. */
export interface AuthUser extends Actor {
  id: string;
  email: string;
  roles: Role[];
  centerIds: string[];
  eventIds: string[];
  sessionId: string;
  /** STAFF_2FA=required and no authenticator yet: only enrolment routes answer (MfaEnrolmentGuard). */
  mfaEnrolmentRequired?: boolean;
}
