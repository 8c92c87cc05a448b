import type { Locale } from '../../i18n';
import { compareCefr, type CefrLevel } from '../../people/cefr.rules';
import { bakuDateOf, toBakuIso, type IsoDate, type IsoInstant } from '../../time';
import { languageNameOf } from '../eligibility/eligibility.messages';

/**
 * Liaison duties (docs/liaisons.md): what a delegation — or a VIP guest travelling alone — needs from volunteers who
 * speak its language. Each duty becomes an ordinary shift on the event (so the roster engine, the desk, badges and
 * hours see it as any other), under a position that carries the language requirement.
 */
export type LiaisonDutyKind = 'liaison' | 'airport' | 'arrival-desk';
export const LIAISON_DUTY_KINDS: readonly LiaisonDutyKind[] = ['liaison', 'airport', 'arrival-desk'];

export interface LiaisonProgrammeItem {
  kind: 'arrival' | 'session' | 'visit' | 'departure';
  title: string;
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  place: string;
}

export interface LiaisonGroup {
  /** ISO 639-1 codes; the first is the one liaisons must speak. */
  languages: readonly string[];
  minLevel: CefrLevel;
  /** 1 or 2. */
  liaisonsNeeded: number;
  programme: readonly LiaisonProgrammeItem[];
  /** The earliest arrival of its guests, used when the programme has no arrival line. */
  guestArrival?: { at: IsoInstant; place: string | null } | null;
}

export interface LiaisonDuty {
  /** Stable per group: 'liaison:2026-10-24', 'airport', 'arrival-desk' — a re-match updates instead of duplicating. */
  key: string;
  kind: LiaisonDutyKind;
  language: string | null;
  minLevel: CefrLevel;
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  slots: number;
  place: string | null;
}

const MIN = 60_000;
/** A pick-up starts this long before the plane lands… */
export const AIRPORT_BEFORE_MINUTES = 45;
/** …and lasts this long when the arrival line has no end of its own. */
export const AIRPORT_DEFAULT_MINUTES = 120;
/** The arrival desk opens this long before the delegation's first session and closes as it starts. */
export const ARRIVAL_DESK_MINUTES = 60;

const ms = (iso: string) => Date.parse(iso);

/**
 * The duties of one group, in start order:
 * - **airport** pick-up around the arrival (the programme's arrival line, else the earliest guest arrival), `liaisonsNeeded` people;
 * - **arrival-desk** at the venue in the hour before the first session or visit, one person;
 * - one **liaison** duty per Baku day of the programme (sessions, visits, departure), from the day's first start to its
 *   last end, `liaisonsNeeded` people. One per day, not one over the whole stay, so nights and the volunteer's other
 *   roles between days stay free and the engine can pick a different liaison on a day someone is unavailable.
 */
export function liaisonDuties(group: LiaisonGroup): LiaisonDuty[] {
  const language = group.languages[0]?.toLowerCase() ?? null;
  const slots = Math.min(2, Math.max(1, Math.trunc(group.liaisonsNeeded) || 1));
  const base = { language, minLevel: group.minLevel };
  const items = [...group.programme].filter((i) => ms(i.endsAt) > ms(i.startsAt)).sort((a, b) => ms(a.startsAt) - ms(b.startsAt));
  const out: LiaisonDuty[] = [];

  const arrival = items.find((i) => i.kind === 'arrival');
  const landing = arrival ? { at: arrival.startsAt, end: arrival.endsAt, place: arrival.place } : group.guestArrival ? { at: group.guestArrival.at, end: null, place: group.guestArrival.place } : null;
  if (landing) {
    const start = ms(landing.at) - AIRPORT_BEFORE_MINUTES * MIN;
    const end = landing.end ? ms(landing.end) : ms(landing.at) + (AIRPORT_DEFAULT_MINUTES - AIRPORT_BEFORE_MINUTES) * MIN;
    out.push({ ...base, key: 'airport', kind: 'airport', startsAt: toBakuIso(start), endsAt: toBakuIso(Math.max(end, start + 30 * MIN)), slots, place: landing.place || null });
  }

  const onSite = items.filter((i) => i.kind !== 'arrival');
  const first = onSite.find((i) => i.kind === 'session' || i.kind === 'visit');
  if (first) {
    const start = ms(first.startsAt);
    out.push({ ...base, key: 'arrival-desk', kind: 'arrival-desk', startsAt: toBakuIso(start - ARRIVAL_DESK_MINUTES * MIN), endsAt: toBakuIso(start), slots: 1, place: first.place || null });
  }

  const byDay = new Map<IsoDate, LiaisonProgrammeItem[]>();
  for (const i of onSite) {
    const day = bakuDateOf(i.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), i]);
  }
  for (const [day, list] of byDay) {
    const start = Math.min(...list.map((i) => ms(i.startsAt)));
    const end = Math.max(...list.map((i) => ms(i.endsAt)));
    out.push({ ...base, key: `liaison:${day}`, kind: 'liaison', startsAt: toBakuIso(start), endsAt: toBakuIso(end), slots, place: list[0].place || null });
  }
  return out.sort((a, b) => ms(a.startsAt) - ms(b.startsAt) || a.key.localeCompare(b.key));
}

/** The event position a duty is shifted under: one per kind, language and level ('liaison-pt-b2'). */
export function liaisonPositionCode(kind: LiaisonDutyKind, language: string | null, minLevel: CefrLevel): string {
  return language ? `${kind}-${language}-${minLevel.toLowerCase()}` : kind;
}

const KIND_NAMES: Record<LiaisonDutyKind, Record<Locale, string>> = {
  liaison: { az: 'Əlaqələndirici', en: 'Liaison', ru: 'Сопровождающий' },
  airport: { az: 'Hava limanında qarşılama', en: 'Airport pick-up', ru: 'Встреча в аэропорту' },
  'arrival-desk': { az: 'Gəliş masası', en: 'Arrival desk', ru: 'Стойка прибытия' },
};

export function liaisonKindName(kind: LiaisonDutyKind, locale: Locale): string {
  return KIND_NAMES[kind][locale];
}

/** 'Əlaqələndirici (portuqal dili, B2)', 'Liaison (Portuguese, B2)', 'Сопровождающий (португальский, B2)'. */
export function liaisonPositionNames(kind: LiaisonDutyKind, language: string | null, minLevel: CefrLevel): Record<Locale, string> {
  const name = (l: Locale) => (language ? `${KIND_NAMES[kind][l]} (${languageNameOf(language, l)}, ${minLevel})` : KIND_NAMES[kind][l]);
  return { az: name('az'), en: name('en'), ru: name('ru') };
}

export interface LiaisonCandidate {
  id: string;
  fullName: string;
  languages: readonly { language: string; level: CefrLevel }[];
}

/** Those who speak the language at the level or better, best first (then by name), at most `limit`. */
export function speakersAtLevel(
  volunteers: readonly LiaisonCandidate[], language: string, minLevel: CefrLevel, limit = 3,
): { id: string; fullName: string; level: CefrLevel }[] {
  const code = language.toLowerCase();
  return volunteers
    .map((v) => ({ id: v.id, fullName: v.fullName, level: v.languages.find((l) => l.language.toLowerCase() === code)?.level ?? null }))
    .filter((v): v is { id: string; fullName: string; level: CefrLevel } => v.level != null && compareCefr(v.level, minLevel) >= 0)
    .sort((a, b) => compareCefr(b.level, a.level) || a.fullName.localeCompare(b.fullName, 'az'))
    .slice(0, limit);
}

/**
 * When nobody speaks the language at the level: the closest people there are — those who speak it below the level,
 * best level first (then by name), at most `limit`.
 */
export function nearestSpeakers(
  volunteers: readonly LiaisonCandidate[], language: string, minLevel: CefrLevel, limit = 3,
): { id: string; fullName: string; level: CefrLevel }[] {
  const code = language.toLowerCase();
  return volunteers
    .map((v) => ({ id: v.id, fullName: v.fullName, level: v.languages.find((l) => l.language.toLowerCase() === code)?.level ?? null }))
    .filter((v): v is { id: string; fullName: string; level: CefrLevel } => v.level != null && compareCefr(v.level, minLevel) < 0)
    .sort((a, b) => compareCefr(b.level, a.level) || a.fullName.localeCompare(b.fullName, 'az'))
    .slice(0, limit);
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('az') + s.slice(1);
}

/** 'portuqal dili' → 'portuqal dilini' (the accusative the sentence needs); other names as they are. */
function azAccusative(name: string): string {
  return name.endsWith(' dili') ? `${name}ni` : name;
}

/**
 * Why a duty stays empty when its language is the reason, with the nearest speakers:
 * "Portuqal dilini B2 səviyyəsində bilən könüllü yoxdur — ən yaxın: Aysel Məmmədova (B1)".
 */
export function describeLiaisonLanguageGap(
  gap: { language: string; minLevel: CefrLevel; nearest: readonly { fullName: string; level: CefrLevel }[]; atLevel?: readonly { fullName: string; level: CefrLevel }[] }, locale: Locale,
): string {
  const name = languageNameOf(gap.language, locale);
  // The engine's LANGUAGE_MISSING counts only the volunteers it could place then: when people do speak the language at
  // the level, the language is not what is missing — they are not available then. The caller passes speakers of the event's pool only.
  const atLevel = (gap.atLevel ?? []).slice(0, 3).map((n) => `${n.fullName} (${n.level})`).join(', ');
  if (atLevel) {
    switch (locale) {
      case 'az':
        return `${capitalise(azAccusative(name))} ${gap.minLevel} səviyyəsində bilənlər var (${atLevel}), amma o vaxt heç biri əlçatan deyil`;
      case 'en':
        return `Volunteers speak ${name} at ${gap.minLevel} (${atLevel}), but none of them is available then`;
      case 'ru':
        return `Языком «${name}» на уровне ${gap.minLevel} владеют (${atLevel}), но в это время никто из них не доступен`;
    }
  }
  const nearest = gap.nearest.map((n) => `${n.fullName} (${n.level})`).join(', ');
  switch (locale) {
    case 'az':
      return `${capitalise(azAccusative(name))} ${gap.minLevel} səviyyəsində bilən könüllü yoxdur — ${nearest ? `ən yaxın: ${nearest}` : 'bu dili heç bir könüllü bilmir'}`;
    case 'en':
      return `No volunteer speaks ${name} at ${gap.minLevel} — ${nearest ? `nearest: ${nearest}` : 'no volunteer speaks it at all'}`;
    case 'ru':
      return `Нет волонтёра, владеющего языком «${name}» на уровне ${gap.minLevel} — ${nearest ? `ближе всего: ${nearest}` : 'этим языком не владеет ни один волонтёр'}`;
  }
}
