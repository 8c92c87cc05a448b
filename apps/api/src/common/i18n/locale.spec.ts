import { localeFrom } from './locale';
import { catalogueKeys, translate } from './messages';

describe('localeFrom (Accept-Language)', () => {
  it.each([
    [undefined, 'az'],
    ['', 'az'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['en-GB', 'en'],
    ['de-DE,en;q=0.5', 'en'],
    ['fr, ru;q=0.2, en;q=0.7', 'en'],
    ['tr', 'az'],
    ['AZ', 'az'],
  ])('%s → %s', (header, expected) => expect(localeFrom(header)).toBe(expected));
});

describe('API message catalogues', () => {
  it('say the same things in az, en and ru', () => {
    expect(catalogueKeys('en').sort()).toEqual(catalogueKeys('az').sort());
    expect(catalogueKeys('ru').sort()).toEqual(catalogueKeys('az').sort());
  });

  it('fill placeholders', () => {
    expect(translate('az', 'detail.tooManyRequests', { seconds: 42 })).toBe('Çox sayda cəhd edildi. 42 saniyədən sonra yenidən cəhd edin.');
    expect(translate('ru', 'field.maxLength', { max: 7 })).toBe('Не более 7 символов.');
  });
});
