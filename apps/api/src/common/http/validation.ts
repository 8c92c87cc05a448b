import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes, type ValidatorOptions } from 'class-validator';
import { ApiProblem, FieldError } from './api-problem';
import './bounds.messages';

/** The constraint arguments (min, max, allowed values…) of a failed rule, for the localised message. */
function constraintParams(target: object | undefined, property: string, name: string): Record<string, unknown> {
  if (!target) return {};
  const storage = getMetadataStorage();
  const metas = storage
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .filter((m) => m.propertyName === property);
  for (const m of metas) {
    const names = [m.name, m.type, ...storage.getTargetValidatorConstraints(m.constraintCls).map((c) => c.name)];
    if (!names.includes(name)) continue;
    const [a, b] = m.constraints ?? [];
    switch (name) {
      case 'isIn':
        return { values: Array.isArray(a) ? a.join(', ') : a };
      case 'min':
      case 'arrayMinSize':
      case 'minLength':
        return { min: a };
      case 'max':
      case 'maxLength':
      case 'arrayMaxSize':
        return { max: a };
      case 'isLength':
        return { min: a, max: b };
      default:
        return {};
    }
  }
  return {};
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const failed = Object.entries(e.constraints ?? {});
    if (failed.length) {
      // One message per field, the one a person needs first: "required" for an empty field, else the first rule.
      const missing = e.value === undefined || e.value === null || e.value === '';
      const [constraint, message] = missing ? ['isNotEmpty', ''] : failed[failed.length - 1];
      // A rule may name its own message code (`@Matches(re, { message: 'isStrongPassword' })`).
      const code = /^[a-z][A-Za-z]+$/.test(message) ? message : constraint;
      out.push({ field, code, params: constraintParams(e.target, e.property, constraint) });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/**
 * Two holes of class-validator's `@ValidateNested()`, closed here for every DTO at any depth (the fuzz test found
 * both as 500s):
 * - it passes over a missing object unless the property also says `@IsDefined()`, so `{}` reached services as
 *   `segment: undefined` — every nested object not marked `@IsOptional()` is required;
 * - it walks into any array, so `segment: []`, `segment: [[]]` or `items: [[]]` passed as "valid" and reached services
 *   as arrays — a nested object must be a (non-array) object, and each element of a `{ each: true }` list too.
 */
export function nestedObjectErrors(object: object, depth = 0): ValidationError[] {
  if (depth > 16) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(object.constructor, '', true, false);
  const optional = new Set(metas.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION).map((m) => m.propertyName));
  const nested = new Map(metas.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION).map((m) => [m.propertyName, m.each]));
  const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
  const wrongShape = (property: string, value: unknown): ValidationError => ({ target: object, property, value, constraints: { isObject: 'isObject' }, children: [] });
  const out: ValidationError[] = [];
  for (const [property, each] of nested) {
    const value = (object as Record<string, unknown>)[property];
    if (value === undefined || value === null) {
      if (!optional.has(property)) out.push({ target: object, property, value, constraints: { isDefined: 'isDefined' }, children: [] });
    } else if (each) {
      // A list's own type is `@IsArray()`'s to report; here only its elements.
      if (!Array.isArray(value)) continue;
      const children = value.flatMap((element, i): ValidationError[] => {
        if (!isObject(element)) return [wrongShape(String(i), element)];
        const inner = nestedObjectErrors(element, depth + 1);
        return inner.length ? [{ target: value, property: String(i), value: element, children: inner }] : [];
      });
      if (children.length) out.push({ target: object, property, value, children });
    } else if (!isObject(value)) {
      out.push(wrongShape(property, value));
    } else {
      const children = nestedObjectErrors(value, depth + 1);
      if (children.length) out.push({ target: object, property, value, children });
    }
  }
  return out;
}

class DostValidationPipe extends ValidationPipe {
  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, validatorOptions);
    const named = new Set(errors.map((e) => e.property));
    return [...errors, ...nestedObjectErrors(object).filter((e) => !named.has(e.property))];
  }
}

/** `exceptionFactory`: recruitment's apply form collects the field errors instead, to report them with its own checks. */
export function createValidationPipe(exceptionFactory = (errors: ValidationError[]): unknown => ApiProblem.validation(flattenValidationErrors(errors))): ValidationPipe {
  return new DostValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target is needed to look up constraint arguments; it never leaves the API.
    validationError: { target: true, value: true },
    exceptionFactory,
  });
}
