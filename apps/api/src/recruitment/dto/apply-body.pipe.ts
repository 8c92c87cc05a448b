import { Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { FieldError } from '../../common/http/api-problem';
import { createValidationPipe, flattenValidationErrors } from '../../common/http/validation';
import { ApplyDto } from './apply.dto';

/** The apply form's body with the class-validator errors collected, not thrown. */
export interface ApplyInput {
  /** Whitelisted and transformed when `errors` is empty; else the raw body as an ApplyDto, to be read only where no error points. */
  dto: ApplyDto;
  errors: FieldError[];
}

class CollectedErrors {
  constructor(readonly errors: FieldError[]) {}
}

// The global pipe's options exactly; only the failure is handed on instead of thrown.
const inner = createValidationPipe((errors) => new CollectedErrors(flattenValidationErrors(errors)));

/**
 * So that one 400 names every mistake a person can fix at once: a bad FİN and a too-young birth date come
 * back together, instead of the age error only after the FİN is fixed. Used with a parameter typed as the
 * interface ApplyInput (metatype Object), which the global ValidationPipe passes through untouched.
 */
@Injectable()
export class ApplyBodyPipe implements PipeTransform<unknown, Promise<ApplyInput>> {
  async transform(value: unknown): Promise<ApplyInput> {
    try {
      return { dto: (await inner.transform(value, { type: 'body', metatype: ApplyDto })) as ApplyDto, errors: [] };
    } catch (e) {
      if (!(e instanceof CollectedErrors)) throw e;
      const plain = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
      return { dto: plainToInstance(ApplyDto, plain), errors: e.errors };
    }
  }
}
