import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiProblem } from '../common/http/api-problem';
import type { KioskDeviceEntity } from './entities/kiosk-device.entity';
import { KiosksService } from './kiosks.service';

export const KIOSK_TOKEN_HEADER = 'x-kiosk-token';

type KioskRequest = Request & { kiosk?: KioskDeviceEntity };

/**
 * The kiosk routes are `@Public()` (no user logs in on a shared tablet) and guarded by this instead: the
 * `X-Kiosk-Token` header must name a kiosk that is not revoked — looked up on every request, so a
 * revocation stops the tablet at once. The token works nowhere else (it is not a JWT).
 */
/** The problem code of a kiosk token that is unknown or revoked. */
export const KIOSK_TOKEN_INVALID = 'KIOSK_TOKEN_INVALID';

@Injectable()
export class KioskGuard implements CanActivate {
  constructor(private readonly kiosks: KiosksService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<KioskRequest>();
    const header = req.headers[KIOSK_TOKEN_HEADER];
    const kiosk = await this.kiosks.authenticate(typeof header === 'string' ? header : undefined, new Date());
    // The code tells the kiosk its token is dead (a wrong PIN is a 401 too, and must not unbind the tablet).
    if (!kiosk) throw new ApiProblem(401, 'attendance.kioskToken', {}, [], {}, KIOSK_TOKEN_INVALID);
    req.kiosk = kiosk;
    return true;
  }
}

export const CurrentKiosk = createParamDecorator((_: unknown, ctx: ExecutionContext): KioskDeviceEntity => {
  return ctx.switchToHttp().getRequest<KioskRequest>().kiosk!;
});
