import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApplyService } from './apply.service';

export const PUBLIC_LIMIT = 'dost:recruitment-limit';
/** Which per-IP limit a public route counts against. */
export const PublicLimit = (kind: 'apply' | 'verify') => SetMetadata(PUBLIC_LIMIT, kind);

/** Counts the request against its per-IP limit before validation runs, so malformed floods are limited too. */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly apply: ApplyService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.get<'apply' | 'verify' | undefined>(PUBLIC_LIMIT, ctx.getHandler());
    const ip = ctx.switchToHttp().getRequest<Request>().ip ?? 'unknown';
    if (kind === 'apply') await this.apply.limitApply(ip);
    if (kind === 'verify') await this.apply.limitVerify(ip);
    return true;
  }
}
