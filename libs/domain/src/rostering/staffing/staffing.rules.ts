import { instantMs, type IsoInstant } from '../../time';
import type { EligibilityResult } from '../eligibility';

export type FillLevel = 'empty' | 'partial' | 'full';

/** How a shift looks on the coordinator's week view: nobody, some, or every slot taken. */
export function fillLevel(assignedCount: number, slots: number): FillLevel {
  if (assignedCount >= slots) return 'full';
  return assignedCount === 0 ? 'empty' : 'partial';
}

export type ReminderKind = '24h' | '2h';

const HOUR_MS = 3_600_000;

/**
 * Which reminder a periodic scan should send now for an assignment, if any. A shift that starts within
 * 2 h gets only the 2 h reminder (a 24 h one would be late and redundant); nothing after the start.
 */
export function reminderDue(
  startsAt: IsoInstant,
  now: IsoInstant,
  sent: { reminded24h: boolean; reminded2h: boolean },
): ReminderKind | null {
  const left = instantMs(startsAt) - instantMs(now);
  if (left <= 0) return null;
  if (left <= 2 * HOUR_MS) return sent.reminded2h ? null : '2h';
  if (left <= 24 * HOUR_MS) return sent.reminded24h || sent.reminded2h ? null : '24h';
  return null;
}

export interface CandidateFacts {
  volunteerId: string;
  eligibility: EligibilityResult;
  /** Minutes already planned in the week of the shift: fewer ranks higher (fair share). */
  plannedMinutesThisWeek: number;
  /** The shift is at the volunteer's home center. */
  homeCenter: boolean;
  /** How far the volunteer's languages exceed what the position asks (sum of CEFR steps above the minimum). */
  languageMargin: number;
  fullName: string;
}

/**
 * Ranks candidates for a slot by fit: eligible without overriding anything first, then eligible with
 * overrides (fewest first), then the ineligible (for the coordinator to see why); within each group the
 * home center, then the least planned this week, then the stronger languages, then the name.
 */
export function rankCandidates<T extends CandidateFacts>(candidates: readonly T[]): T[] {
  const group = (c: CandidateFacts): number => (c.eligibility.eligible ? (c.eligibility.overrides.length === 0 ? 0 : 1) : 2);
  const overrides = (c: CandidateFacts): number => (c.eligibility.eligible ? c.eligibility.overrides.length : c.eligibility.reasons.length);
  return [...candidates].sort(
    (a, b) =>
      group(a) - group(b) ||
      overrides(a) - overrides(b) ||
      Number(b.homeCenter) - Number(a.homeCenter) ||
      a.plannedMinutesThisWeek - b.plannedMinutesThisWeek ||
      b.languageMargin - a.languageMargin ||
      a.fullName.localeCompare(b.fullName, 'az') ||
      a.volunteerId.localeCompare(b.volunteerId),
  );
}

export interface BoardShift {
  id: string;
  positionId: string;
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  slots: number;
  assignedCount: number;
}

export interface BoardCell {
  positionId: string;
  blockIndex: number;
  shiftIds: string[];
  filled: number;
  needed: number;
}

export interface RoleBoard {
  /** Distinct time blocks of the event, in order of start (then end). */
  blocks: { startsAt: IsoInstant; endsAt: IsoInstant }[];
  cells: BoardCell[];
  /** Cells still short of people, the largest gap first. */
  gaps: (BoardCell & { missing: number })[];
  filled: number;
  needed: number;
}

/** The organiser's board: positions × time blocks with filled/needed counts, and the gaps before the day. */
export function buildRoleBoard(shifts: readonly BoardShift[]): RoleBoard {
  const key = (s: { startsAt: IsoInstant; endsAt: IsoInstant }): string => `${instantMs(s.startsAt)}|${instantMs(s.endsAt)}`;
  const blockMap = new Map<string, { startsAt: IsoInstant; endsAt: IsoInstant }>();
  for (const s of shifts) if (!blockMap.has(key(s))) blockMap.set(key(s), { startsAt: s.startsAt, endsAt: s.endsAt });
  const blocks = [...blockMap.entries()]
    .sort(([a], [b]) => {
      const [as, ae] = a.split('|').map(Number);
      const [bs, be] = b.split('|').map(Number);
      return as - bs || ae - be;
    })
    .map(([, v]) => v);
  const index = new Map(blocks.map((b, i) => [key(b), i]));
  const cells = new Map<string, BoardCell>();
  for (const s of shifts) {
    const blockIndex = index.get(key(s)) as number;
    const id = `${s.positionId}|${blockIndex}`;
    const cell = cells.get(id) ?? { positionId: s.positionId, blockIndex, shiftIds: [], filled: 0, needed: 0 };
    cell.shiftIds.push(s.id);
    cell.filled += Math.min(s.assignedCount, s.slots);
    cell.needed += s.slots;
    cells.set(id, cell);
  }
  const all = [...cells.values()].sort((a, b) => a.blockIndex - b.blockIndex || a.positionId.localeCompare(b.positionId));
  const gaps = all
    .filter((c) => c.filled < c.needed)
    .map((c) => ({ ...c, missing: c.needed - c.filled }))
    .sort((a, b) => b.missing - a.missing || a.blockIndex - b.blockIndex);
  return {
    blocks,
    cells: all,
    gaps,
    filled: all.reduce((n, c) => n + c.filled, 0),
    needed: all.reduce((n, c) => n + c.needed, 0),
  };
}
