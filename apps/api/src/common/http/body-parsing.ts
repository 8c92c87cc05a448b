import { Logger } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { ApiProblem } from './api-problem';
import { ProblemDetailsFilter } from './problem-details.filter';

/** The largest request body the API reads (JSON or form). */
export const BODY_LIMIT_KB = 100;

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

/** What a body the parser refused means for the caller: 400 naming the body, or 413 / 415. */
export function bodyProblem(err: BodyParserError): ApiProblem | null {
  if (!err.type || typeof err.status !== 'number') return null;
  if (err.type === 'entity.too.large') return new ApiProblem(413, 'detail.bodyTooLarge', { kb: BODY_LIMIT_KB });
  if (err.type === 'entity.parse.failed') return ApiProblem.validation([{ field: 'body', code: 'jsonObject' }]);
  return new ApiProblem(err.status >= 400 && err.status < 500 ? err.status : 400);
}

/**
 * Registers the body parsers before Nest's own (which then steps aside) and, right after them, the answer to a
 * body they refuse: `{`, `NaN`, a bare string, number or `null` (strict JSON: an object or array only) → 400
 * naming `body`; over BODY_LIMIT_KB → 413. Answered here, as problem+json: passed on, the error would reach the
 * static console's error handler first, which turns every error on /api into a 404.
 */
export function setupBodyParsing(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: `${BODY_LIMIT_KB}kb`, strict: true });
  app.useBodyParser('urlencoded', { limit: `${BODY_LIMIT_KB}kb`, extended: true });
  const filter = new ProblemDetailsFilter();
  const logger = new Logger('http');
  app.use((err: BodyParserError, req: Request, res: Response, next: NextFunction) => {
    const problem = bodyProblem(err);
    if (!problem) return next(err);
    // The request log runs after the parsers, so this request gets its line here.
    logger.log({ req: { method: req.method, path: req.originalUrl.split('?')[0] }, res: { status: problem.getStatus() } }, 'request body refused');
    filter.catch(problem, new ExecutionContextHost([req, res, next]));
  });
}
