import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import { catalogues } from './index';
import type { Messages } from './catalogue';

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function valueAt(messages: Messages, key: string): string | undefined {
  return key.split('.').reduce<Messages | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), messages) as
    | string
    | undefined;
}

/** Words that are the same in Azerbaijani and English: names, codes, brands. */
const SAME_IN_AZ_AND_EN = new Set([
  'app.name', 'app.languages.az', 'app.languages.en', 'app.languages.ru', 'app.demo', 'app.roles.admin',
  'resources.centers.fields.demo', 'resources.centers.fields.region', 'resources.events.fields.status',
  'resources.deliveries.fields.messageId', 'mail.brand', 'mail.deliveries.messageId',
]);

describe('console translations', () => {
  it('az and en have exactly the same keys, and ru has every one of them', () => {
    const az = keys(catalogues.az).sort();
    expect(keys(catalogues.en).sort()).toEqual(az);
    const ru = new Set(keys(catalogues.ru));
    // ra-language-russian carries a few keys of older react-admin versions; extra keys are harmless.
    expect(az.filter((k) => !ru.has(k))).toEqual([]);
  });

  it('Azerbaijani covers every react-admin message', () => {
    const az = new Set(keys(catalogues.az));
    const missing = keys(englishMessages as unknown as Messages).filter((k) => !az.has(k));
    expect(missing).toEqual([]);
  });

  it('leaves no English on an Azerbaijani screen', () => {
    const untranslated = keys(catalogues.en).filter((k) => {
      const en = valueAt(catalogues.en, k)!;
      const words = en.replace(/%\{\w+\}/g, '');
      return !SAME_IN_AZ_AND_EN.has(k) && /[A-Za-z]{3}/.test(words) && valueAt(catalogues.az, k) === en;
    });
    expect(untranslated).toEqual([]);
  });

  it('uses no placeholder the English message does not fill (it would show as %{…})', () => {
    const placeholders = (s: string | undefined) => new Set(s?.match(/%\{\w+\}/g) ?? []);
    const unknown = keys(catalogues.en).flatMap((k) => {
      const en = placeholders(valueAt(catalogues.en, k));
      return (['az', 'ru'] as const).flatMap((l) => [...placeholders(valueAt(catalogues[l], k))].filter((p) => !en.has(p)).map((p) => `${l} ${k} ${p}`));
    });
    expect(unknown).toEqual([]);
  });
});
