import { pickLocale } from './locale';

describe('pickLocale: the language a recipient gets mail in', () => {
  it.each([
    [{ profileLocale: 'ru', applicationLocale: 'en' }, 'ru'],
    [{ profileLocale: null, applicationLocale: 'en' }, 'en'],
    [{ applicationLocale: 'ru-RU' }, 'ru'],
    [{ profileLocale: 'EN' }, 'en'],
    [{ profileLocale: 'tr', applicationLocale: 'en' }, 'en'],
    [{ profileLocale: 'de' }, 'az'],
    [{}, 'az'],
  ] as const)('%j → %s', (sources, expected) => expect(pickLocale(sources)).toBe(expected));
});
