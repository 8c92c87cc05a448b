import { describe, expect, it } from 'vitest';
import { catalogues } from './index';
import type { Messages } from './catalogue';

function entries(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`)));
}

describe('one term per thing in Azerbaijani', () => {
  it('a qualification is "kvalifikasiya" (as in the menu); "ixtisas" only means a field of study', () => {
    const ixtisas = entries(catalogues.az).filter(([, v]) => /ixtisas/i.test(v)).map(([k]) => k);
    // Field of study of an education record (application form, alumni, talent evidence): a different thing.
    const fieldOfStudy = ixtisas.filter((k) => /faculty|fieldOfStudy|\.field$/.test(k));
    expect(ixtisas.filter((k) => !fieldOfStudy.includes(k))).toEqual([]);
  });
});
