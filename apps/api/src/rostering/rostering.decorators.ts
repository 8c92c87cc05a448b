import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { localeFrom, type Locale } from '../common/i18n/locale';

/** The caller's language (Accept-Language), for the sentences a service renders itself (eligibility reasons). */
export const RequestLocale = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale => {
  return localeFrom(ctx.switchToHttp().getRequest<Request>().headers['accept-language']);
});
