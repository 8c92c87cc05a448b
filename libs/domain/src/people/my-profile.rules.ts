/**
 * What a person may switch off in "My profile". Account mail (password reset, invitation, e-mail
 * verification, security notices), application mail and shift changes that concern a shift the person
 * holds are never optional: only the kinds below are.
 */
export const NOTIFICATION_KINDS = ['reminders', 'swaps', 'messages'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationPreferences = Record<NotificationKind, boolean>;
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = { reminders: true, swaps: true, messages: true };

/** Mail template → the preference that governs it; templates not listed are mandatory. */
const KIND_OF_TEMPLATE: Readonly<Record<string, NotificationKind>> = {
  'shift-reminder': 'reminders',
  'shift-swapped': 'swaps',
  'swap-declined': 'swaps',
  'coordinator-message': 'messages',
  'vacancy-invitation': 'messages',
};

export function notificationKindOf(template: string): NotificationKind | null {
  return KIND_OF_TEMPLATE[template] ?? null;
}

/** Whether a mail of `template` goes to a person with these preferences (mandatory mail always does). */
export function mailAllowed(template: string, prefs: Partial<NotificationPreferences> | null | undefined): boolean {
  const kind = notificationKindOf(template);
  if (!kind || !prefs) return true;
  return prefs[kind] !== false;
}

/** At most this many preferred centers (the application form asks for 1–3; the profile allows a few more). */
export const MAX_PREFERRED_CENTERS = 5;

/** Languages as kept on the profile: one entry per language (the last one given wins), codes lower-case, sorted by level. */
export function normaliseLanguages<T extends { language: string; level: string }>(skills: readonly T[]): T[] {
  const byCode = new Map<string, T>();
  for (const s of skills) byCode.set(s.language.toLowerCase(), { ...s, language: s.language.toLowerCase() });
  return [...byCode.values()].sort((a, b) => b.level.localeCompare(a.level) || a.language.localeCompare(b.language));
}
