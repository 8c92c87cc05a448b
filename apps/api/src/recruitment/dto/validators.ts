import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { normaliseAzPhone, parseFin } from '@dost/domain';

const FIN_CODES = { FIN_REQUIRED: 'isNotEmpty', FIN_LENGTH: 'finLength', FIN_CHARACTERS: 'finCharacters', FIN_LETTER_I_OR_O: 'finLetterIorO' } as const;

/** FİN of the ID card: the domain's parser decides; each failure has its own message code. */
export function IsFin(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isFin', target: object.constructor, propertyName, options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseFin(value).ok,
        defaultMessage: (args?: ValidationArguments) => {
          const r = parseFin(typeof args?.value === 'string' ? args.value : '');
          return r.ok ? 'isFin' : FIN_CODES[r.code];
        },
      },
    });
}

/** An Azerbaijani phone number in any usual spelling (normalised to +994… by the service). */
export function IsAzPhone(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'azPhone', target: object.constructor, propertyName, options,
      validator: { validate: (value: unknown) => typeof value === 'string' && normaliseAzPhone(value) !== null, defaultMessage: () => 'azPhone' },
    });
}

/** A real calendar date `YYYY-MM-DD`. */
export function IsIsoDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isoDate', target: object.constructor, propertyName, options,
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const d = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
        },
        defaultMessage: () => 'isoDate',
      },
    });
}
