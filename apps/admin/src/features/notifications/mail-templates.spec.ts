import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, LOCALES } from '../../i18n';
import { MAIL_TEMPLATES, readableTemplateCode } from './mail-templates';

/** The registry's template names, read from its source: the console must not import the (Node) library itself. */
function registryTemplates(): string[] {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../../../../libs/notifications/src/registry.ts'), 'utf8');
  const body = source.slice(source.indexOf('export const templateRegistry'));
  return [...body.matchAll(/^\s+'([a-z0-9-]+)':\s*(?:essential|nonEssential)</gm)].map((m) => m[1]);
}

describe('mail template names in "Sent mail"', () => {
  it('lists exactly the templates of the registry', () => {
    const registry = registryTemplates();
    expect(registry.length).toBeGreaterThan(10);
    expect([...MAIL_TEMPLATES].sort()).toEqual(registry.sort());
  });

  it.each(LOCALES)('names every template in %s', (locale) => {
    const names = (catalogues[locale].mail as { deliveries: { templates: Record<string, string> } }).deliveries.templates;
    expect(MAIL_TEMPLATES.filter((t) => !names[t]?.trim())).toEqual([]);
  });

  it('falls back to words, not a code', () => {
    expect(readableTemplateCode('shift-reminder')).toBe('Shift reminder');
  });
});
