import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiProblem, type FieldError } from './api-problem';

// A UTF-16 surrogate without its partner: no character at all, and PostgreSQL cannot store it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// A date or timestamp in the year 0000: ISO 8601 has it (1 BC), PostgreSQL refuses it.
const YEAR_ZERO = /^[+-]?0000-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
// C0 control characters but tab, line feed and carriage return (multi-line text; names refuse those too: IsSingleLine).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F]/;
const MAX_DEPTH = 32;

/** What no text field may hold, whatever its DTO says: the code of the first problem, or null. */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'nulCharacter';
  if (CONTROL.test(s)) return 'controlCharacter';
  if (LONE_SURROGATE.test(s)) return 'malformedText';
  if (YEAR_ZERO.test(s)) return 'yearOutOfRange';
  return null;
}

function collect(value: unknown, field: string, out: FieldError[], depth: number): void {
  if (typeof value === 'string') {
    const code = textProblem(value);
    if (code) out.push({ field: field || 'value', code });
    return;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
  for (const [key, inner] of Object.entries(value)) collect(inner, field ? `${field}.${key}` : key, out, depth + 1);
}

/**
 * Runs before the ValidationPipe on every body, query and path parameter: refuses what no DTO rule is meant
 * to see, each problem named by its field (`education.institution`, `languages.0.level`) — a NUL byte, a lone
 * surrogate, the year 0000 anywhere (PostgreSQL refuses all three: they were 500s), and the other C0 control
 * characters but tab and line breaks (invisible, pasted from elsewhere; nothing shows or prints them). A body that is not a JSON
 * object (an array where the route takes an object) is named `body`.
 */
@Injectable()
export class InputHygienePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    if (metadata.type === 'body' && value !== undefined && metadata.metatype !== Array) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw ApiProblem.validation([{ field: 'body', code: 'jsonObject' }]);
    }
    const errors: FieldError[] = [];
    collect(value, metadata.type === 'param' ? metadata.data ?? '' : '', errors, 0);
    if (errors.length) throw ApiProblem.validation(errors);
    return value;
  }
}
