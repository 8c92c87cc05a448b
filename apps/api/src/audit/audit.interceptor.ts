import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, from, mergeMap } from 'rxjs';
import type { AuthUser } from '../common/auth-user';
import { AuditService } from './audit.service';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Roles whose every change is an "admin action" to audit. */
const STAFF = new Set(['admin', 'hr', 'coordinator', 'organizer']);

/**
 * Writes an audit entry after every successful change made by staff: `<resource>.<handler>` with the
 * target id. Only ids go in — never the submitted values, which may hold personal data.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<{ method: string; user?: AuthUser; params: Record<string, string>; id?: string }>();
    if (!MUTATING.has(req.method) || !req.user || !req.user.roles.some((r) => STAFF.has(r))) return next.handle();
    const resource = ctx.getClass().name.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase());
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
