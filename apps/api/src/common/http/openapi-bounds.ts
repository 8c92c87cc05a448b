import { getMetadataStorage } from 'class-validator';

/** Where @ApiProperty() keeps a property's options (API_MODEL_PROPERTIES, not exported by the package). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/** The part of class-validator's (unexported) ValidationMetadata read here. */
interface ValidationMetadata {
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

/**
 * The OpenAPI document states the same bounds the validation pipe enforces, taken from the DTOs' class-validator
 * rules (`@MaxLength`, `@Length`, `@ArrayMaxSize`, `@IsUUID`, `@Min`/`@Max`…), so the contract can never promise
 * a limit the API does not check, nor hide one it does. Swagger's compile-time plugin does the same, but this
 * project runs TypeScript through swc/ts-jest, where that plugin does not run.
 *
 * Runs once before the document is generated: it merges the derived keywords into each property's swagger
 * metadata, and never overrides what a DTO states itself in `@ApiProperty`.
 */
export function documentValidationBounds(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<object, ValidationMetadata[]> };
  for (const [target, metas] of storage.validationMetadatas) {
    if (typeof target !== 'function') continue;
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const m of metas) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
    for (const [property, rules] of byProperty) {
      const swagger = Reflect.getMetadata(API_MODEL_PROPERTIES, target.prototype, property) as Record<string, unknown> | undefined;
      if (!swagger) continue;
      const derived = keywordsOf(rules);
      const merged: Record<string, unknown> = { ...swagger };
      const isArray = swagger.isArray === true || swagger.type === Array || swagger.type === 'array';
      for (const [key, value] of Object.entries(derived.array)) if (merged[key] === undefined) merged[key] = value;
      const element = isArray ? derived.each : { ...derived.each, ...derived.value };
      for (const [key, value] of Object.entries(element)) if (merged[key] === undefined) merged[key] = value;
      Reflect.defineMetadata(API_MODEL_PROPERTIES, merged, target.prototype, property);
    }
  }
}

interface Keywords {
  /** About the array itself (maxItems…). */
  array: Record<string, unknown>;
  /** About each element of an array, or the value when it is not one (rules with `each: true`). */
  each: Record<string, unknown>;
  /** About a non-array value. */
  value: Record<string, unknown>;
}

function keywordsOf(rules: ValidationMetadata[]): Keywords {
  const out: Keywords = { array: {}, each: {}, value: {} };
  for (const rule of rules) {
    const into = rule.each ? out.each : out.value;
    const [a, b] = rule.constraints ?? [];
    switch (rule.name) {
      case 'maxLength':
        into.maxLength = a;
        break;
      case 'minLength':
        into.minLength = a;
        break;
      case 'isLength':
        into.minLength = a;
        if (b !== undefined) into.maxLength = b;
        break;
      case 'isUuid':
        into.format = 'uuid';
        into.maxLength = 36;
        break;
      case 'isEmail':
        into.format = 'email';
        break;
      case 'matches':
        if (a instanceof RegExp && !a.flags) into.pattern = a.source;
        break;
      case 'isIn':
        if (Array.isArray(a)) into.enum = a;
        break;
      case 'min':
        into.minimum = a;
        break;
      case 'max':
        into.maximum = a;
        break;
      case 'arrayMaxSize':
        out.array.maxItems = a;
        break;
      case 'arrayMinSize':
        out.array.minItems = a;
        break;
      default:
        // Other rules (isString, isNotEmpty, custom ones…) state nothing the document can say.
        break;
    }
  }
  return out;
}
