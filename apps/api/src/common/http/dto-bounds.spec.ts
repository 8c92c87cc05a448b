import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { AppModule } from '../../app.module';
import { AppConfig } from '../../config/app-config';

/**
 * Issue 18: every text and every list a request DTO accepts has a maximum that the validation enforces. The
 * OpenAPI lint (npm run api:lint) sees only properties with @ApiProperty; this sees every validated property of
 * every class the app loads (importing AppModule loads them all), documented or not.
 */
interface Rule { name?: string; propertyName: string; each?: boolean }

const LENGTH_BOUNDS = new Set(['maxLength', 'isLength', 'isUuid', 'isIn', 'isEnum']);
const STRING_RULES = new Set(['isString', 'matches', 'isEmail', 'isIso8601', 'isDateString', 'isUrl']);
/** Environment settings, not request input. */
const NOT_REQUEST_INPUT = new Set<unknown>([AppConfig]);

describe('request DTO bounds', () => {
  it('loads the app\'s modules', () => expect(AppModule).toBeDefined());

  it('every validated text has a maximum length and every list a maximum size', () => {
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<{ name: string; prototype: object }, Rule[]> };
    const unbounded: string[] = [];
    for (const [target, rules] of storage.validationMetadatas) {
      if (NOT_REQUEST_INPUT.has(target)) continue;
      const byProperty = new Map<string, Rule[]>();
      for (const r of rules) byProperty.set(r.propertyName, [...(byProperty.get(r.propertyName) ?? []), r]);
      for (const [property, propertyRules] of byProperty) {
        const type = Reflect.getMetadata('design:type', target.prototype, property) as unknown;
        const names = propertyRules.map((r) => r.name ?? '');
        const isText = type === String || names.some((n) => STRING_RULES.has(n));
        const isList = type === Array || names.includes('isArray');
        if (isText && !isList && !names.some((n) => LENGTH_BOUNDS.has(n))) unbounded.push(`${target.name}.${property}: no @MaxLength`);
        if (isList && !names.includes('arrayMaxSize')) unbounded.push(`${target.name}.${property}: no @ArrayMaxSize`);
        if (isList && propertyRules.some((r) => r.each && STRING_RULES.has(r.name ?? '')) && !propertyRules.some((r) => r.each && LENGTH_BOUNDS.has(r.name ?? ''))) {
          unbounded.push(`${target.name}.${property}: its texts have no @MaxLength(…, { each: true })`);
        }
      }
    }
    expect(unbounded).toEqual([]);
  });
});
