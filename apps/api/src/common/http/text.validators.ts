import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Tab, line feed, carriage return: allowed in multi-line text (notes, descriptions), never in a name. */
const LINE_CONTROLS = /[\t\n\r]/;

/**
 * A one-line text such as a name. The other control characters (U+0000–U+001F) are refused in every text by
 * the global InputHygienePipe; this adds tab and line breaks, which multi-line text keeps.
 */
export function IsSingleLine(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'singleLine', target: object.constructor, propertyName, options,
      validator: { validate: (value: unknown) => typeof value !== 'string' || !LINE_CONTROLS.test(value), defaultMessage: () => 'singleLine' },
    });
}
