import { normaliseAzPhone } from './phone.normaliser';

describe('normaliseAzPhone', () => {
  it.each([
    ['050 123 45 67', '+994501234567'],
    ['+994 50 123 45 67', '+994501234567'],
    ['0501234567', '+994501234567'],
    ['994501234567', '+994501234567'],
    ['00994 50 123 45 67', '+994501234567'],
    ['+994 (050) 123-45-67', '+994501234567'],
    ['055-555-55-55', '+994555555555'],
    ['070 123 45 67', '+994701234567'],
    ['(012) 493 00 00', '+994124930000'],
  ])('%j → %s', (input, e164) => {
    expect(normaliseAzPhone(input)).toBe(e164);
  });

  it.each([
    ['+7 912 345 67 89', 'Russian'],
    ['+90 532 123 45 67', 'Turkish'],
    ['+1 202 555 0143', 'American'],
    ['050 123 45', 'too short'],
    ['050 123 45 678 9', 'too long'],
    ['salam', 'not a number'],
    ['', 'empty'],
  ])('%j is refused (%s)', (input) => {
    expect(normaliseAzPhone(input)).toBeNull();
  });
});
