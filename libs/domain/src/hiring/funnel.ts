import type { CandidateStage } from './pipeline.machine';

/** The steps of HR's funnel, from everyone who served to the people hired (docs/hiring.md). */
export const FUNNEL_STEPS = ['volunteers', 'alumni', 'optedIn', 'contacted', 'interviewed', 'hired'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** One person as the funnel sees them. */
export interface FunnelPerson {
  /** Was ever a volunteer (onboarded). */
  volunteer: boolean;
  alumni: boolean;
  /** Holds a current job-pool consent. */
  optedIn: boolean;
  /** The furthest stage the person reached in any vacancy, or null when never a candidate. */
  furthestStage: CandidateStage | null;
  /** Reached a stage through the main line (a declined person may have been interviewed first). */
  reachedStages?: readonly CandidateStage[];
}

const ORDER: readonly CandidateStage[] = ['sourced', 'contacted', 'interview', 'offer', 'hired'];

/** Whether a candidate who reached `stages` passed `step` of the main line. */
function reached(stages: readonly CandidateStage[], step: CandidateStage): boolean {
  const need = ORDER.indexOf(step);
  return stages.some((s) => ORDER.indexOf(s) >= need && ORDER.includes(s));
}

export type FunnelCounts = Record<FunnelStep, number>;

/**
 * Counts each step. Every step counts the people who reached it, whatever happened later: a person
 * interviewed and then declined is still counted as contacted and interviewed. A hired person counts
 * on every candidate step even without a recorded alumni status (HR may hire any consenting volunteer).
 */
export function funnelCounts(people: readonly FunnelPerson[]): FunnelCounts {
  const counts: FunnelCounts = { volunteers: 0, alumni: 0, optedIn: 0, contacted: 0, interviewed: 0, hired: 0 };
  for (const p of people) {
    const stages = p.reachedStages ?? (p.furthestStage ? [p.furthestStage] : []);
    if (p.volunteer) counts.volunteers++;
    if (p.alumni) counts.alumni++;
    if (p.optedIn) counts.optedIn++;
    if (reached(stages, 'contacted')) counts.contacted++;
    if (reached(stages, 'interview')) counts.interviewed++;
    if (reached(stages, 'hired')) counts.hired++;
  }
  return counts;
}

/** A step's share of the step before it, in whole percent (null when the step before is empty). */
export function funnelConversion(counts: FunnelCounts): Record<FunnelStep, number | null> {
  const out = {} as Record<FunnelStep, number | null>;
  FUNNEL_STEPS.forEach((step, i) => {
    if (i === 0) {
      out[step] = null;
      return;
    }
    const before = counts[FUNNEL_STEPS[i - 1]];
    out[step] = before === 0 ? null : Math.round((counts[step] / before) * 100);
  });
  return out;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TimeToHireStats {
  count: number;
  /** Whole days, null without hires. */
  medianDays: number | null;
  averageDays: number | null;
}

/** Days from entering a vacancy's pipeline to being hired, over the given hires. */
export function timeToHire(hires: readonly { enteredAt: Date; hiredAt: Date }[]): TimeToHireStats {
  const days = hires
    .map((h) => Math.max(0, (h.hiredAt.getTime() - h.enteredAt.getTime()) / DAY_MS))
    .sort((a, b) => a - b);
  if (days.length === 0) return { count: 0, medianDays: null, averageDays: null };
  const mid = Math.floor(days.length / 2);
  const median = days.length % 2 === 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
  const average = days.reduce((a, b) => a + b, 0) / days.length;
  return { count: days.length, medianDays: Math.round(median * 10) / 10, averageDays: Math.round(average * 10) / 10 };
}

/**
 * The agency's headline number: of the staff hired in a period, the share who came from the programme,
 * in whole percent (null when nobody was hired).
 */
export function programmeHireShare(fromProgramme: number, otherHires: number): number | null {
  const total = fromProgramme + otherHires;
  return total === 0 ? null : Math.round((fromProgramme / total) * 100);
}
