import { hoursText } from './certificate-hours';

describe('hoursText — the hours a certificate states, in words', () => {
  it.each([
    [60, 'az', '1 saat'], [330, 'az', '5,5 saat'], [2520, 'az', '42 saat'],
    [60, 'en', '1 hour'], [330, 'en', '5.5 hours'], [2520, 'en', '42 hours'],
    [60, 'ru', '1 час'], [1260, 'ru', '21 час'], [2520, 'ru', '42 часа'], [300, 'ru', '5 часов'], [660, 'ru', '11 часов'], [330, 'ru', '5,5 часа'],
    [335, 'az', '5,6 saat'], [0, 'en', '0 hours'],
  ] as const)('%i min in %s → %s', (minutes, lang, text) => {
    expect(hoursText(minutes, lang)).toBe(text);
  });
});
