import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable, from, mergeMap } from 'rxjs';
import type { AuthUser } from '../common/auth-user';
import { AuditService } from './audit.service';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Roles whose every change is an "admin action" to audit. */
const STAFF = new Set(['admin', 'hr', 'coordinator', 'organizer']);

const AUDIT_AS = 'audit:entity';
/** Names the audited object when a route acts on another resource than its controller's (e.g. a swap under /swaps in ShiftsController). */
export const AuditAs = (entity: string) => SetMetadata(AUDIT_AS, entity);

/**
 * Writes an audit entry after every successful change made by staff: `<resource>.<handler>` with the
 * target id. Only ids go in — never the submitted values, which may hold personal data.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<{ method: string; user?: AuthUser; params: Record<string, string>; id?: string }>();
    if (!MUTATING.has(req.method) || !req.user || !req.user.roles.some((r) => STAFF.has(r))) return next.handle();
    const resource =
      this.reflector.get<string | undefined>(AUDIT_AS, ctx.getHandler()) ??
      ctx.getClass().name.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase());
    const action = `${resource}.${ctx.getHandler().name}`;
    return next.handle().pipe(
      mergeMap((result: unknown) => {
        const entityId = req.params.id ?? (result as { id?: string } | undefined)?.id ?? null;
        return from(
          this.audit
            .record({ actor: req.user ?? null, action, entity: resource, entityId, requestId: req.id ? String(req.id) : null })
            .then(() => result),
        );
      }),
    );
  }
}
