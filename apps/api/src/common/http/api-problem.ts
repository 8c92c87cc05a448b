import { HttpException } from '@nestjs/common';

export interface FieldError {
  field: string;
  /** class-validator constraint name or our own code, e.g. `isEmail`, `endsAfterStart`. */
  code: string;
  params?: Record<string, unknown>;
}

/**
 * An error a user should understand. `detailKey` names a message in common/i18n/messages.ts; the
 * problem+json filter renders it in the caller's language.
 */
export class ApiProblem extends HttpException {
  constructor(
    status: number,
    readonly detailKey?: string,
    readonly params: Record<string, unknown> = {},
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
    /** A stable machine-readable code, e.g. `ILLEGAL_MOVE`, for clients. */
    readonly code?: string,
    /** RFC 9457 extension members for clients, e.g. `{ reasons: ['notEnoughHours'] }`; never personal data. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detailKey ?? `HTTP ${status}`, status);
  }

  static notFound(): ApiProblem {
    return new ApiProblem(404);
  }

  static conflict(detailKey: string, params: Record<string, unknown> = {}, code?: string): ApiProblem {
    return new ApiProblem(409, detailKey, params, [], {}, code);
  }

  static validation(errors: FieldError[]): ApiProblem {
    return new ApiProblem(400, 'detail.validation', {}, errors);
  }

  static tooManyRequests(retryAfterSeconds: number): ApiProblem {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return new ApiProblem(429, 'detail.tooManyRequests', { seconds }, [], { 'Retry-After': String(seconds) });
  }
}
