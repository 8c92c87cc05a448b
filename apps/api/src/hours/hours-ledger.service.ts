import { Injectable } from '@nestjs/common';
import { approvedDelta, milestonesCrossed, type HourCategory } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import type { HourEntryEntity } from './entities/hour-entry.entity';
import { HoursLedgerRepository, type ApprovedDelta, type HourEntryChange } from './hours-ledger.repository';

/** The minutes of one closed attendance, as attendance hands them to the ledger. */
export interface AttendanceMinutes {
  attendanceId: string;
  volunteerId: string;
  shiftId: string | null;
  positionId: string | null;
  centerId: string | null;
  eventId: string | null;
  /** Baku date of the shift. */
  workDate: string;
  minutes: number;
  /** late, early_leave, auto_closed, late_sync, walk_in … */
  flags: string[];
  /** Staff who recorded the presence themselves vouch for it: approved at once (unless flagged). Null: waits for approval. */
  vouchedBy: string | null;
}

export interface ManualMinutes {
  volunteerId: string;
  centerId: string | null;
  eventId: string | null;
  workDate: string;
  minutes: number;
  category: HourCategory;
  note: string;
  createdBy: string;
}

export interface MilestoneReached {
  volunteerId: string;
  hours: number;
}

/** What a ledger write did: the milestones it crossed are for the caller's mail (same transaction). */
export interface LedgerOutcome {
  milestones: MilestoneReached[];
}

const deltaOf = (e: Pick<HourEntryEntity, 'volunteerId' | 'centerId' | 'eventId' | 'workDate'>, minutes: number): ApprovedDelta => ({
  volunteerId: e.volunteerId,
  ownerId: (e.centerId ?? e.eventId)!,
  ownerKind: e.centerId ? 'center' : 'event',
  month: `${e.workDate.slice(0, 7)}-01`,
  minutes,
});

/**
 * The one writer of the hours ledger. Every change to a row's status or minutes goes through here, inside
 * the caller's transaction, and in the same statements keeps the volunteer's `approved_minutes`, the
 * monthly roll-up and the row's history exact. Scope checks are the caller's (the API services): this
 * class trusts the ids it is given.
 */
@Injectable()
export class HoursLedgerService {
  constructor(private readonly ledger: HoursLedgerRepository) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ledger.transaction(work);
  }

  /**
   * Writes (or rewrites) the entry of a closed attendance. A new entry is pending, or approved when staff
   * vouched for an unflagged presence; an existing one takes the new minutes and flags, keeps its status
   * (an approved row stays approved, its total moving by the difference) and records a correction.
   */
  async recordAttendance(em: EntityManager, a: AttendanceMinutes, now: Date): Promise<LedgerOutcome & { entryId: string }> {
    const existing = await this.ledger.lockByAttendance(em, a.attendanceId);
    if (!existing) {
      const approved = a.vouchedBy != null && a.flags.length === 0;
      const row = await this.ledger.insert(em, {
        volunteerId: a.volunteerId, source: 'attendance', attendanceId: a.attendanceId, shiftId: a.shiftId, positionId: a.positionId,
        centerId: a.centerId, eventId: a.eventId, workDate: a.workDate, minutes: a.minutes, category: 'shift', note: null,
        status: approved ? 'approved' : 'pending', flags: a.flags, createdBy: a.vouchedBy,
        decidedBy: approved ? a.vouchedBy : null, decidedAt: approved ? now : null, decisionReason: null,
      });
      await this.ledger.recordChanges(em, [
        { entryId: row.id, action: 'created', changedBy: a.vouchedBy, fromStatus: null, toStatus: 'pending', fromMinutes: null, toMinutes: a.minutes, reason: null },
        ...(approved ? [{ entryId: row.id, action: 'approved' as const, changedBy: a.vouchedBy, fromStatus: 'pending', toStatus: 'approved', fromMinutes: a.minutes, toMinutes: a.minutes, reason: null }] : []),
      ]);
      const milestones = approved ? await this.applyDeltas(em, [deltaOf(row, a.minutes)], now) : [];
      return { entryId: row.id, milestones };
    }
    if (existing.minutes === a.minutes && sameFlags(existing.flags, a.flags)) return { entryId: existing.id, milestones: [] };
    await this.ledger.update(em, existing.id, { minutes: a.minutes, flags: a.flags });
    await this.ledger.recordChanges(em, [{
      entryId: existing.id, action: 'corrected', changedBy: a.vouchedBy, fromStatus: existing.status, toStatus: existing.status,
      fromMinutes: existing.minutes, toMinutes: a.minutes, reason: null,
    }]);
    const delta = approvedDelta(existing, { status: existing.status, minutes: a.minutes });
    return { entryId: existing.id, milestones: await this.applyDeltas(em, [deltaOf(existing, delta)], now) };
  }

  /**
   * Many closed attendances at once, all new and pending (the no-show job's auto-closed check-outs, the
   * demo's history): one statement instead of one per row. Each attendance must be new to the ledger
   * (the unique index on `attendance_id` refuses a second entry).
   */
  async recordAttendanceBatch(em: EntityManager, items: readonly Omit<AttendanceMinutes, 'vouchedBy'>[]): Promise<string[]> {
    const ids = await this.ledger.insertMany(em, items.map((a) => ({
      volunteerId: a.volunteerId, source: 'attendance' as const, attendanceId: a.attendanceId, shiftId: a.shiftId, positionId: a.positionId, centerId: a.centerId,
      eventId: a.eventId, workDate: a.workDate, minutes: a.minutes, category: 'shift' as const, note: null, status: 'pending' as const, flags: a.flags, createdBy: null,
    })));
    await this.ledger.recordChanges(em, ids.map((entryId, i) => ({
      entryId, action: 'created' as const, changedBy: null, fromStatus: null, toStatus: 'pending', fromMinutes: null, toMinutes: items[i].minutes, reason: null,
    })));
    return ids;
  }

  /** A manual entry (training, event preparation, remote work…): always waits for approval. */
  async addManual(em: EntityManager, m: ManualMinutes): Promise<HourEntryEntity> {
    const row = await this.ledger.insert(em, {
      volunteerId: m.volunteerId, source: 'manual', attendanceId: null, shiftId: null, positionId: null, centerId: m.centerId, eventId: m.eventId,
      workDate: m.workDate, minutes: m.minutes, category: m.category, note: m.note, status: 'pending', flags: [], createdBy: m.createdBy,
    });
    await this.ledger.recordChanges(em, [{ entryId: row.id, action: 'created', changedBy: m.createdBy, fromStatus: null, toStatus: 'pending', fromMinutes: null, toMinutes: m.minutes, reason: null }]);
    return row;
  }

  /**
   * Approves or rejects entries (a rejection needs a reason). Entries already in that status are left as
   * they are and reported as `unchanged`, so a double click or two reviewers at once count each minute once.
   */
  async decide(
    em: EntityManager, ids: readonly string[], decision: 'approved' | 'rejected', actorId: string, reason: string | null, now: Date,
  ): Promise<LedgerOutcome & { changed: string[]; unchanged: string[]; missing: string[] }> {
    const rows = await this.ledger.lockEntries(em, [...new Set(ids)].sort());
    const found = new Set(rows.map((r) => r.id));
    const moving = rows.filter((r) => r.status !== decision);
    await this.ledger.setStatus(em, moving.map((r) => r.id), decision, actorId, now, reason);
    await this.ledger.recordChanges(em, moving.map((r): HourEntryChange => ({
      entryId: r.id, action: decision, changedBy: actorId, fromStatus: r.status, toStatus: decision, fromMinutes: r.minutes, toMinutes: r.minutes, reason,
    })));
    const milestones = await this.applyDeltas(em, moving.map((r) => deltaOf(r, approvedDelta(r, { status: decision, minutes: r.minutes }))), now);
    return {
      milestones,
      changed: moving.map((r) => r.id),
      unchanged: rows.filter((r) => r.status === decision).map((r) => r.id),
      missing: ids.filter((id) => !found.has(id)),
    };
  }

  /** Staff correct an entry's minutes (with a reason); the original stays in `originalMinutes` and the history. */
  async correct(em: EntityManager, id: string, minutes: number, actorId: string, reason: string, now: Date): Promise<LedgerOutcome & { entry: HourEntryEntity | null }> {
    const [row] = await this.ledger.lockEntries(em, [id]);
    if (!row) return { entry: null, milestones: [] };
    if (row.minutes === minutes) return { entry: row, milestones: [] };
    const flags = row.flags.includes('corrected') ? row.flags : [...row.flags, 'corrected'];
    await this.ledger.update(em, id, { minutes, flags });
    await this.ledger.recordChanges(em, [{ entryId: id, action: 'corrected', changedBy: actorId, fromStatus: row.status, toStatus: row.status, fromMinutes: row.minutes, toMinutes: minutes, reason }]);
    const milestones = await this.applyDeltas(em, [deltaOf(row, approvedDelta(row, { status: row.status, minutes }))], now);
    return { entry: { ...row, minutes, flags }, milestones };
  }

  private async applyDeltas(em: EntityManager, deltas: ApprovedDelta[], now: Date): Promise<MilestoneReached[]> {
    const totals = await this.ledger.applyDeltas(em, deltas);
    const crossed = totals.flatMap((t) => milestonesCrossed(t.before, t.after).map((hours) => ({ volunteerId: t.volunteerId, hours })));
    return this.ledger.addMilestones(em, crossed, now);
  }
}

function sameFlags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}


