import type { Locale } from '../../i18n';
import { languageNameOf, qualificationNameOf } from '../eligibility';
import { rosterInstantMs, rosterMeetsLevel } from './roster-calendar';
import { evaluateVolunteer, Hard, HARD_KINDS, newVolunteerEval, type RosterModel } from './roster.model';
import type { RosterGapCode, RosterGapReason } from './roster.types';

/** English name of a language code (the CLI's words). */
export function rosterLanguageName(code: string): string {
  return languageNameOf(code, 'en');
}

const RULE_CODE: Record<number, RosterGapCode> = {
  [Hard.PerDay]: 'SHIFTS_PER_DAY',
  [Hard.Overlap]: 'OVERLAP',
  [Hard.Rest]: 'REST',
  [Hard.MaxMinutes]: 'MAX_MINUTES',
  [Hard.MaxConsecutive]: 'MAX_CONSECUTIVE_DAYS',
  [Hard.MaxWeekends]: 'MAX_WEEKENDS',
  [Hard.PositionCap]: 'POSITION_CAP',
  [Hard.MinMinutes]: 'MIN_MINUTES',
  [Hard.MinConsecutive]: 'MIN_CONSECUTIVE_DAYS',
  [Hard.MinDaysOff]: 'MIN_DAYS_OFF',
};
const MIN_RULES = new Set<RosterGapCode>(['MIN_MINUTES', 'MIN_CONSECUTIVE_DAYS', 'MIN_DAYS_OFF']);

/**
 * Why a shift is short: first who could never take it (availability, qualification, language,
 * position), then what stops each remaining candidate in this roster.
 */
export function explainUnfilled(m: RosterModel, days: number[][][], members: number[][], s: number): RosterGapReason[] {
  const shift = m.problem.shifts[s];
  const vols = m.problem.volunteers;
  const startMs = m.sStart[s];
  const endMs = m.sEnd[s];
  const day = m.sDay[s];
  let pool = vols.filter(
    (v) =>
      !(v.unavailableDays ?? []).includes(day) &&
      !(v.unavailable ?? []).some((u) => rosterInstantMs(u.start) < endMs && startMs < rosterInstantMs(u.end)),
  );
  if (!pool.length) return [{ code: 'NOBODY_AVAILABLE' }];
  for (const q of shift.requires?.qualifications ?? []) {
    pool = pool.filter((v) => (v.qualifications ?? []).includes(q));
    if (!pool.length) return [{ code: 'QUALIFICATION_MISSING', qualification: q }];
  }
  for (const req of shift.requires?.languages ?? []) {
    pool = pool.filter((v) => (v.languages ?? []).some((l) => l.code === req.code && rosterMeetsLevel(l.level, req.minLevel)));
    if (!pool.length) return [{ code: 'LANGUAGE_MISSING', language: req.code, minLevel: req.minLevel }];
  }
  pool = pool.filter((v) => v.positions?.[shift.position]?.maxShifts !== 0);
  if (!pool.length) return [{ code: 'POSITION_NOT_ALLOWED', position: shift.position }];

  const cand = m.cand[s];
  const inShift = new Set(members[s]);
  const free = Array.from(cand).filter((v) => !inShift.has(v));
  if (!free.length) return [{ code: 'ALL_ALREADY_ON_SHIFT', count: cand.length, total: cand.length }];
  const ev = newVolunteerEval();
  const posCount = new Int32Array(Math.max(1, m.positions.length));
  const byKind = new Array<number>(HARD_KINDS).fill(0);
  let notBlocked = 0;
  const before = new Float64Array(HARD_KINDS);
  for (const v of free) {
    const mine = days[v];
    evaluateVolunteer(m, v, mine, ev, posCount);
    before.set(ev.kinds);
    const old = mine[day];
    mine[day] = [...old, s];
    evaluateVolunteer(m, v, mine, ev, posCount);
    mine[day] = old;
    // The first rule it would newly break, maximum rules first (they cannot be fixed by adding more).
    let kind = -1;
    for (let k = 0; k < HARD_KINDS; k++) {
      if (ev.kinds[k] > before[k] + 1e-9) {
        kind = k;
        break;
      }
    }
    if (kind < 0) notBlocked++;
    else byKind[kind]++;
  }
  const total = free.length;
  const reasons: RosterGapReason[] = byKind
    .map((n, k) => [k, n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([k, n]) => ({ code: RULE_CODE[k], count: n, total }));
  if (notBlocked > 0) reasons.push({ code: 'COSTLIER', count: notBlocked, total });
  return reasons;
}

export interface DescribeGapOptions {
  /** Position names by code in the reader's language; the code is shown when missing. */
  positionName?: (code: string, locale: Locale) => string;
  qualificationName?: (code: string, locale: Locale) => string;
}

type Phrase = Readonly<Record<Locale, string>>;

// What a rule does to the volunteers it stops, as a predicate: "<who> …". Russian has singular and plural.
const RULE_PREDICATE: Record<string, { az: string; en: string; ruOne: string; ruMany: string }> = {
  SHIFTS_PER_DAY: {
    az: 'həmin gün artıq başqa növbədədir',
    en: 'already work another shift that day',
    ruOne: 'уже работает в другую смену в этот день',
    ruMany: 'уже работают в другую смену в этот день',
  },
  OVERLAP: {
    az: 'o saatlarda artıq başqa növbədədir',
    en: 'already work a shift at that time',
    ruOne: 'уже на смене в это время',
    ruMany: 'уже на сменах в это время',
  },
  REST: {
    az: 'növbələr arasında minimum istirahət vaxtını ala bilməz',
    en: 'would not get their minimum rest between shifts',
    ruOne: 'не получит минимального отдыха между сменами',
    ruMany: 'не получат минимального отдыха между сменами',
  },
  MAX_MINUTES: {
    az: 'maksimum iş saatını aşar',
    en: 'would exceed their maximum hours',
    ruOne: 'превысит свой максимум часов',
    ruMany: 'превысят свой максимум часов',
  },
  MAX_CONSECUTIVE_DAYS: {
    az: 'icazə veriləndən çox gün ardıcıl işləmiş olar',
    en: 'would work more days in a row than allowed',
    ruOne: 'будет работать больше дней подряд, чем разрешено',
    ruMany: 'будут работать больше дней подряд, чем разрешено',
  },
  MAX_WEEKENDS: {
    az: 'icazə veriləndən çox həftəsonu işləmiş olar',
    en: 'would work more weekends than allowed',
    ruOne: 'отработает больше выходных, чем разрешено',
    ruMany: 'отработают больше выходных, чем разрешено',
  },
  POSITION_CAP: {
    az: 'bu vəzifə üzrə növbə limitinə çatıb',
    en: 'have reached their limit of shifts in this position',
    ruOne: 'уже исчерпал лимит смен на этой позиции',
    ruMany: 'уже исчерпали лимит смен на этой позиции',
  },
  MIN_MINUTES: {
    az: 'minimum iş saatından aşağı düşər',
    en: 'would fall below their minimum hours',
    ruOne: 'не доберёт свой минимум часов',
    ruMany: 'не доберут свой минимум часов',
  },
  MIN_CONSECUTIVE_DAYS: {
    az: 'ardıcıl iş günlərinin minimum sayını pozar',
    en: 'would break their minimum run of working days',
    ruOne: 'нарушит минимальное число рабочих дней подряд',
    ruMany: 'нарушат минимальное число рабочих дней подряд',
  },
  MIN_DAYS_OFF: {
    az: 'ardıcıl istirahət günlərinin minimum sayını pozar',
    en: 'would break their minimum run of days off',
    ruOne: 'нарушит минимальное число выходных подряд',
    ruMany: 'нарушат минимальное число выходных подряд',
  },
};

const ruSingular = (n: number): boolean => n % 10 === 1 && n % 100 !== 11;

/**
 * A gap reason in words a coordinator understands, in az, en or ru. Numbers stand on their own (no case
 * endings glued onto them: "5-i" but "3-ü" depends on pronunciation), so Azerbaijani counts people in "nəfər".
 */
export function describeRosterGap(r: RosterGapReason, locale: Locale, options: DescribeGapOptions = {}): string {
  const t = (p: Phrase): string => p[locale];
  const count = r.count ?? 0;
  const total = r.total ?? 0;
  switch (r.code) {
    case 'NOBODY_AVAILABLE':
      return t({
        az: 'o vaxt heç bir könüllü əlçatan deyil',
        en: 'no volunteer is available at that time',
        ru: 'в это время нет ни одного доступного волонтёра',
      });
    case 'QUALIFICATION_MISSING': {
      const q = options.qualificationName?.(r.qualification ?? '', locale) ?? qualificationNameOf(r.qualification ?? '', locale);
      return t({
        az: `əlçatan könüllülərdən heç birinin „${q}“ kvalifikasiyası yoxdur`,
        en: `no available volunteer holds the qualification "${q}"`,
        ru: `ни у одного доступного волонтёра нет квалификации «${q}»`,
      });
    }
    case 'LANGUAGE_MISSING': {
      const name = languageNameOf(r.language ?? '', locale);
      return t({
        az: `əlçatan könüllülərdən heç biri tələb olunan dili bilmir: ${name}, ən azı ${r.minLevel}`,
        en: `no available volunteer speaks ${name} at ${r.minLevel}`,
        ru: `ни один доступный волонтёр не владеет нужным языком: ${name}, не ниже ${r.minLevel}`,
      });
    }
    case 'POSITION_NOT_ALLOWED': {
      const pos = options.positionName?.(r.position ?? '', locale) ?? r.position ?? '';
      return t({
        az: `əlçatan və uyğun könüllülərdən heç kim bu vəzifədə işləyə bilməz: ${pos}`,
        en: `no available qualified volunteer may work as ${pos}`,
        ru: `ни одному доступному подходящему волонтёру нельзя работать на этой позиции: ${pos}`,
      });
    }
    case 'ALL_ALREADY_ON_SHIFT':
      return total === 1
        ? t({
            az: 'o vaxt əlçatan olan yeganə uyğun könüllü artıq bu növbədədir',
            en: 'the only qualified volunteer available then is already on this shift',
            ru: 'единственный подходящий волонтёр, доступный в это время, уже на этой смене',
          })
        : t({
            az: `o vaxt əlçatan olan uyğun könüllülərin hamısı (${total} nəfər) artıq bu növbədədir`,
            en: `all ${total} qualified volunteers available then are already on this shift`,
            ru: `все подходящие волонтёры, доступные в это время (${total}), уже на этой смене`,
          });
    case 'COSTLIER':
      return t({
        az: `${count} nəfər bu növbəni hələ götürə bilər, amma onları əlavə etmək boş yerin özündən baha başa gəlir (istəkləri və ya digər növbələri pozulur)`,
        en: `${count === 1 ? '1 volunteer' : `${count} volunteers`} could still take it, but adding them costs more than the gap (their requests or their other shifts)`,
        ru: `взять эту смену ещё могут ${count} чел., но их добавление обходится дороже пробела (их пожелания или другие смены)`,
      });
    case 'SHIFTS_PER_DAY':
    case 'OVERLAP':
    case 'REST':
    case 'MAX_MINUTES':
    case 'MAX_CONSECUTIVE_DAYS':
    case 'MAX_WEEKENDS':
    case 'POSITION_CAP':
    case 'MIN_MINUTES':
    case 'MIN_CONSECUTIVE_DAYS':
    case 'MIN_DAYS_OFF': {
      const p = RULE_PREDICATE[r.code];
      const ifAdded = MIN_RULES.has(r.code);
      if (count === total) {
        if (total === 1) {
          return t({ az: `yeganə uyğun könüllü ${p.az}`, en: `the only qualified volunteer ${p.en}`, ru: `единственный подходящий волонтёр ${p.ruOne}` });
        }
        return t({
          az: `uyğun könüllülərin hamısı (${total} nəfər) ${p.az}`,
          en: `all ${total} qualified volunteers ${p.en}`,
          ru: `все подходящие волонтёры (${total}) ${p.ruMany}`,
        });
      }
      return t({
        az: `${total} uyğun könüllüdən ${count} nəfəri ${ifAdded ? 'əlavə edilsə, ' : ''}${p.az}`,
        en: `${count} of ${total} qualified volunteers ${p.en}${ifAdded ? ' if added' : ''}`,
        ru: `${count} из ${total} подходящих волонтёров ${ifAdded ? 'при добавлении ' : ''}${ruSingular(count) ? p.ruOne : p.ruMany}`,
      });
    }
  }
}
