import { addDays, bakuDateOf, daysBetween, type IsoDate } from '../time/baku-time';

/** The four rated questions of an event's feedback form, each answered 1–5. */
export const FEEDBACK_QUESTIONS = ['organisation', 'briefing', 'roleClarity', 'again'] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

/** The form stays open this many days after the event's end. */
export const FEEDBACK_OPEN_DAYS = 30;

/** At most this many questions of its own on an event's intake. */
export const EVENT_INTAKE_MAX_QUESTIONS = 5;

/** The Baku dates an event covers, first to last (an end at midnight does not add the next day). */
export function eventDays(startsAtMs: number, endsAtMs: number): IsoDate[] {
  const first = bakuDateOf(startsAtMs);
  const last = bakuDateOf(Math.max(startsAtMs, endsAtMs - 1));
  const n = daysBetween(first, last);
  return Array.from({ length: n + 1 }, (_, i) => addDays(first, i));
}

/** Whether the feedback form of an event that ends at `endsAtMs` takes answers at `nowMs`. */
export function feedbackOpen(endsAtMs: number, nowMs: number): boolean {
  return nowMs >= endsAtMs && nowMs < endsAtMs + FEEDBACK_OPEN_DAYS * 86_400_000;
}

/** Answered ÷ invited, 0 when nobody was invited (a share 0–1). */
export function responseRate(responded: number, invited: number): number {
  return invited > 0 ? Math.min(1, responded / invited) : 0;
}

/** Per question: the count of each score 1–5 and the mean (null without answers), from (question, score, n) rows. */
export function feedbackSummary(rows: readonly { question: string; score: number; n: number }[]): Record<FeedbackQuestion, { counts: number[]; average: number | null; answers: number }> {
  const out = {} as Record<FeedbackQuestion, { counts: number[]; average: number | null; answers: number }>;
  for (const q of FEEDBACK_QUESTIONS) {
    const counts = [0, 0, 0, 0, 0];
    for (const r of rows) if (r.question === q && r.score >= 1 && r.score <= 5) counts[r.score - 1] += r.n;
    const answers = counts.reduce((a, b) => a + b, 0);
    const sum = counts.reduce((a, n, i) => a + n * (i + 1), 0);
    out[q] = { counts, answers, average: answers ? Math.round((sum / answers) * 100) / 100 : null };
  }
  return out;
}

const BACK = new Set(['a', 'ı', 'o', 'u']);
const FRONT = new Set(['e', 'ə', 'i', 'ö', 'ü']);
/** The last vowel of how a number's end is read in Azerbaijani (…6 "altı" → ı, …20 "iyirmi" → i, …000 "min" → i). */
function numberVowel(digits: string): string {
  const units = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'];
  const tens = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'];
  const n = Number(digits.slice(-6));
  let word: string;
  if (n === 0) word = 'sıfır';
  else if (n % 10) word = units[n % 10];
  else if (n % 100) word = tens[(n % 100) / 10];
  else if (n % 1000) word = 'yüz';
  else word = 'min';
  const vowels = [...word].filter((c) => BACK.has(c) || FRONT.has(c));
  return vowels[vowels.length - 1] ?? 'i';
}

/**
 * A name in the Azerbaijani locative, as an event intake's title needs it ("SOCGOV 2026-da könüllü ol"): after a
 * number, a hyphen and the harmony of the number as read ("2026" → "-da", "2025" → "-də"); after a word, the
 * harmony of its last vowel ("Sammit" → "Sammitdə"). Possessive endings ("Forumu" → "Forumunda") are not guessed.
 */
export function azLocative(name: string): string {
  const trimmed = name.trim();
  if (/\d$/.test(trimmed)) {
    const digits = /(\d+)$/.exec(trimmed)![1];
    return `${trimmed}-${BACK.has(numberVowel(digits)) ? 'da' : 'də'}`;
  }
  const vowels = [...trimmed.toLocaleLowerCase('az')].filter((c) => BACK.has(c) || FRONT.has(c));
  const last = vowels[vowels.length - 1];
  const suffix = last && BACK.has(last) ? 'da' : 'də';
  return `${trimmed}${suffix}`;
}
