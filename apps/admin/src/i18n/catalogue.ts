/** A feature's messages in the three languages; merged into the app's catalogues in i18n/index.ts. */
export type Messages = { [key: string]: string | Messages };
export interface FeatureMessages {
  az: Messages;
  en: Messages;
  ru: Messages;
}

export function deepMerge(target: Messages, source: Messages): Messages {
  const out: Messages = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? deepMerge(existing, value) : value;
  }
  return out;
}
