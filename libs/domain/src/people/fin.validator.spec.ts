import { isValidFin, maskFin, parseFin } from './fin.validator';

describe('FİN', () => {
  it.each([
    ['5ZJ8K2L', '5ZJ8K2L'],
    ['5zj8k2l', '5ZJ8K2L'],
    [' 5ZJ 8K2L ', '5ZJ8K2L'],
    ['1234567', '1234567'],
    ['AAAAAAA', 'AAAAAAA'],
  ])('accepts %j as %s', (input, fin) => {
    expect(parseFin(input)).toEqual({ ok: true, fin });
  });

  it.each([
    ['', 'FIN_REQUIRED'],
    [null, 'FIN_REQUIRED'],
    ['   ', 'FIN_REQUIRED'],
    ['5ZJ8K2', 'FIN_LENGTH'],
    ['5ZJ8K2LL', 'FIN_LENGTH'],
    ['5ZJ8K2O', 'FIN_LETTER_I_OR_O'],
    ['5ZJ8K2I', 'FIN_LETTER_I_OR_O'],
    ['5zj8k2ı', 'FIN_LETTER_I_OR_O'],
    ['5ZJ-K2L', 'FIN_CHARACTERS'],
    ['5ZJ8K2Ə', 'FIN_CHARACTERS'],
    ['5ZJ8K2Ş', 'FIN_CHARACTERS'],
  ])('rejects %j with %s', (input, code) => {
    expect(parseFin(input)).toEqual({ ok: false, code });
    expect(isValidFin(input)).toBe(false);
  });

  it('masks all but the last two characters', () => {
    expect(maskFin('5ZJ8K2L')).toBe('*****2L');
  });
});
