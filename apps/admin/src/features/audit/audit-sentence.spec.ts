import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n';
import { auditSentence, type AuditEntry } from './audit-sentence';

/** A translate over the real catalogues, with polyglot's %{name} and react-admin's `_` default. */
const translator = (locale: 'az' | 'en' | 'ru') => (key: string, options: Record<string, unknown> = {}) => {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogues[locale]);
  const text = typeof value === 'string' ? value : ((options._ as string | undefined) ?? key);
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? ''));
};

const unassign: AuditEntry = {
  action: 'shifts.unassign', entity: 'shifts', actorName: 'Aysel Məmmədova', actorEmail: 'a@x', actorRole: 'coordinator',
  target: { kind: 'person', name: { az: 'Tural Məmmədov', en: 'Tural Məmmədov', ru: 'Tural Məmmədov' }, at: null },
};

describe('the audit log as sentences', () => {
  it.each([
    ['az', 'Aysel Məmmədova (koordinator) Tural Məmmədovun növbəsini ləğv etdi'],
    ['en', 'Aysel Məmmədova (coordinator) cancelled the shift of Tural Məmmədov'],
    ['ru', 'Aysel Məmmədova (координатор): снятие со смены — Tural Məmmədov'],
  ] as const)('%s: who did what to whom', (locale, expected) => {
    expect(auditSentence(unassign, translator(locale), locale, (iso) => iso)).toBe(expected);
  });

  it('a place in the reader\'s language, with the case ending in Azerbaijani', () => {
    const e: AuditEntry = { ...unassign, action: 'centers.update', entity: 'centers', actorRole: 'admin', target: { kind: 'place', name: { az: 'Ağalı "Smart DOST" məntəqəsi', en: 'Ağalı point', ru: 'Пункт Агалы' }, at: null } };
    expect(auditSentence(e, translator('az'), 'az', (iso) => iso)).toBe('Aysel Məmmədova (administrator) Ağalı "Smart DOST" məntəqəsinin məlumatlarını dəyişdi');
    expect(auditSentence(e, translator('ru'), 'ru', (iso) => iso)).toBe('Aysel Məmmədova (администратор): изменение центра — Пункт Агалы');
  });

  it('an action without a sentence reads as a generic one, never as a code alone', () => {
    const e: AuditEntry = { ...unassign, action: 'something.new', entity: 'centers', target: null };
    expect(auditSentence(e, translator('az'), 'az', (iso) => iso)).toBe('Aysel Məmmədova (koordinator) dəyişiklik etdi — Mərkəzlər: naməlum obyekt');
    expect(auditSentence(e, translator('en'), 'en', (iso) => iso)).toBe('Aysel Məmmədova (coordinator) made a change — Centers: an unknown record');
  });
});
