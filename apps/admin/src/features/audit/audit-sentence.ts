import { accusative, dative, genitive } from './az-grammar';

export interface AuditEntry {
  action: string;
  entity: string;
  actorName: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  target: { kind: 'person' | 'place' | 'thing' | 'shift'; name: Record<string, string>; at: string | null } | null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * "Aysel Məmmədova (koordinator) Tural Məmmədovun növbəsini ləğv etdi": the entry in the reader's language.
 * Placeholders %{actor}, %{role}, %{target}, %{entity}; Azerbaijani also %{target|gen|acc|dat} (case endings).
 * The sentence comes from `audit.sentences.<action>`; an action without one reads as `audit.generic`.
 */
export function auditSentence(e: AuditEntry, translate: Translate, locale: string, formatAt: (iso: string) => string): string {
  const actor = e.actorName ?? e.actorEmail ?? translate('audit.system');
  const role = translate(`audit.roles.${e.actorRole ?? 'none'}`);
  const base = e.target ? e.target.name[locale] || e.target.name.az : translate('audit.unknownTarget');
  const target = e.target?.kind === 'shift' && e.target.at ? `${base} (${formatAt(e.target.at)})` : base;
  const params = { actor, role, target, entity: translate(`audit.entities.${e.entity}`, { _: e.entity }) };
  const key = `audit.sentences.${e.action}`;
  const sentence = translate(key, { ...params, _: '' });
  const text = sentence && sentence !== key ? sentence : translate('audit.generic', params);
  // Azerbaijani writes the target with its case ending: %{target|gen} → "Tural Məmmədovun" (polyglot leaves these alone).
  return text.replace(/%\{target\|(gen|acc|dat)\}/g, (_, c: string) => (c === 'gen' ? genitive(target) : c === 'acc' ? accusative(target) : dative(target)));
}
