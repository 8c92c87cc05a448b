import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { databaseUnavailable, isDatabaseUnavailable } from '../../database/database-availability';
import { localeFrom } from '../i18n/locale';
import { translate } from '../i18n/messages';
import { ApiProblem } from './api-problem';

/** Every error leaves the API as application/problem+json (RFC 9457), in the caller's language. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const locale = localeFrom(req.headers['accept-language']);
    const problem = this.toProblem(exception);
    const body: Record<string, unknown> = {
      type: problem.code ? `urn:dost:problem:${problem.code}` : 'about:blank',
      title: translate(locale, `title.${problem.getStatus()}`) ?? `HTTP ${problem.getStatus()}`,
      status: problem.getStatus(),
    };
    if (problem.code) body.code = problem.code;
    for (const [name, value] of Object.entries(problem.extensions)) if (!(name in body)) body[name] = value;
    const detail = problem.detailKey ? translate(locale, problem.detailKey, problem.params) : undefined;
    if (detail) body.detail = detail;
    if (problem.errors.length) {
      body.errors = problem.errors.map((e) => ({
        field: e.field,
        code: e.code,
        message: translate(locale, `field.${e.code}`, e.params) ?? translate(locale, 'field.unknown'),
      }));
    }
    if (req.id) body.requestId = String(req.id);
    for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
    res.status(problem.getStatus()).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(exception: unknown): ApiProblem {
    if (exception instanceof ApiProblem) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 429) return ApiProblem.tooManyRequests(60);
      // Nest's own errors (404 of an unknown route, 413 body too large…) carry English text: keep only the status.
      return new ApiProblem(status);
    }
    // PostgreSQL stopped, restarting or silent: 503 with Retry-After, not a 500 (database-availability.ts).
    if (isDatabaseUnavailable(exception)) return databaseUnavailable();
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { code?: string }).code;
      if (code === '23505') return ApiProblem.conflict('detail.conflict');
      if (code === '23503') return ApiProblem.conflict('detail.inUse');
    }
    // Only the error's type and stack: messages of database errors can carry the submitted values.
    this.logger.error({ err: { type: (exception as Error)?.name, stack: (exception as Error)?.stack } }, 'unhandled error');
    return new ApiProblem(500);
  }
}
