import { Injectable } from '@nestjs/common';
import { canCancel, centerScope, describeIneligibility, eventScope, type Locale } from '@dost/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { translate } from '../common/i18n/messages';
import type { VolunteerEntity } from '../people/entities/volunteer.entity';
import { AssignmentsRepository } from './assignments.repository';
import type { ShiftAssignmentEntity } from './entities/shift-assignment.entity';
import type { ShiftEntity } from './entities/shift.entity';
import { reasonsBesidesFull, RosteringEligibilityService } from './rostering-eligibility.service';
import { notEligible, rosteringProblems } from './rostering.errors';
import { baku } from './rostering.mapper';
import { RosteringNotifier, type Recipient } from './rostering-notifier';
import { ShiftsRepository, type StaffScope } from './shifts.repository';
import { qualificationNameFor } from '../qualifications/qualification-names';

export interface SignupAnswer {
  assignmentId: string;
  shiftId: string;
  status: 'assigned' | 'waitlisted';
  /** 1-based place on the waitlist. */
  waitlistPosition: number | null;
}

export interface IdempotentAnswer<T> {
  body: T;
  replayed: boolean;
}

class Replay extends Error {}

export const staffScope = (actor: AuthUser): StaffScope => ({ centers: centerScope(actor), events: eventScope(actor) });

const recipientOf = (v: Pick<VolunteerEntity, 'email' | 'fullName' | 'locale' | 'userId'>): Recipient => ({
  email: v.email, fullName: v.fullName, locale: v.locale, userId: v.userId,
});

/**
 * Sign-up, cancellation, waitlist promotion, coordinator assignment and swaps. Every change runs in one
 * transaction: eligibility is re-checked inside it (with the volunteer's schedule locked), the slot is
 * claimed by a guarded UPDATE, the unique key stops doubles, and mail is enqueued with the same
 * EntityManager so a rollback sends nothing.
 */
@Injectable()
export class SignupService {
  constructor(
    private readonly shifts: ShiftsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly eligibility: RosteringEligibilityService,
    private readonly notifier: RosteringNotifier,
    private readonly audit: AuditService,
  ) {}

  async volunteerOf(user: AuthUser): Promise<VolunteerEntity> {
    const v = await this.assignments.volunteerByUser(user.id);
    if (!v) throw rosteringProblems.notVolunteer();
    return v;
  }

  /*
   * Idempotency: the sign-up runs once per (user, Idempotency-Key). The key row is inserted inside the same
   * transaction, so a concurrent duplicate waits on it and then replays the stored answer; a failed first
   * attempt rolls the key back with everything else, and a retry runs afresh.
   */

  /**
   * The hot path (issue 17, ≤ 10 statements with authentication; docs/rostering.md "Hot path"): in one
   * transaction, (1) the Idempotency-Key claim, the volunteer and the lock on their schedule, (2) the shift,
   * (3) every eligibility fact (AssignmentsRepository.eligibilityBundle) for the pure @dost/domain check,
   * (4) the guarded slot UPDATE with the assignment row, (5–6) the outbox row and its job, (7) the stored
   * answer. No re-SELECT after the insert.
   */
  async signUp(user: AuthUser, shiftId: string, options: { waitlist: boolean }, idempotencyKey: string | undefined, locale: Locale, now = new Date()): Promise<IdempotentAnswer<SignupAnswer>> {
    const fingerprint = `POST /shifts/${shiftId}/signup ${JSON.stringify(options)}`;
    const hash = idempotencyKey ? createHash('sha256').update(fingerprint).digest('hex') : '';
    try {
      const body = await this.shifts.transaction(async (em): Promise<SignupAnswer> => {
        const opened = await this.assignments.openSignup(em, user.id, idempotencyKey ? { key: idempotencyKey, hash } : null);
        if (!opened) throw rosteringProblems.notVolunteer();
        if (!opened.claimed) throw new Replay();
        const { volunteer } = opened;
        const shift = await this.shifts.findShift(shiftId, 'any', em);
        if (!shift || shift.status !== 'published' || shift.visibility !== 'open') throw ApiProblem.notFound();
        const { facts, live, policyOf, pool } = await this.eligibility.bundle(volunteer, [shift], em);
        if (live.has(shift.id)) throw rosteringProblems.already();
        const result = this.eligibility.check(facts, shift, policyOf(shift), 'self', now, pool);
        if (!result.eligible) {
          const blocking = reasonsBesidesFull(result);
          if (blocking.length) throw notEligible(blocking[0], locale);
        }
        const a = await this.assignments.claimAndInsert(em, shift.id, volunteer.id, options.waitlist);
        if (!a) throw notEligible({ code: 'FULL', slots: shift.slots, assignedCount: shift.slots }, locale);
        if (a.status === 'assigned') await this.notifier.assigned(em, recipientOf(volunteer), shift);
        const answer: SignupAnswer = { assignmentId: a.id, shiftId: shift.id, status: a.status, waitlistPosition: a.status === 'waitlisted' ? a.waitlistPosition : null };
        if (idempotencyKey) await this.assignments.storeIdempotentAnswer(em, user.id, idempotencyKey, 201, answer);
        return answer;
      });
      return { body, replayed: false };
    } catch (err) {
      if (!(err instanceof Replay) || !idempotencyKey) throw err;
      const record = await this.assignments.findIdempotency(user.id, idempotencyKey);
      if (!record || record.requestHash !== hash) throw rosteringProblems.keyReused();
      return { body: record.body as SignupAnswer, replayed: true };
    }
  }

  /** The volunteer cancels his own assignment (or leaves the waitlist); refused after the cut-off. */
  async cancelMine(user: AuthUser, assignmentId: string, locale: Locale, now = new Date()): Promise<void> {
    const volunteer = await this.volunteerOf(user);
    await this.shifts.transaction(async (em) => {
      await this.assignments.lockVolunteer(em, volunteer.id);
      const a = await this.assignments.findAssignment(assignmentId, em, true);
      if (!a || a.volunteerId !== volunteer.id) throw ApiProblem.notFound();
      if (a.status !== 'assigned' && a.status !== 'waitlisted') throw rosteringProblems.notLive();
      const shift = await this.shifts.findShift(a.shiftId, 'any', em);
      if (!shift) throw ApiProblem.notFound();
      if (a.status === 'waitlisted') {
        await this.assignments.setAssignment(em, a.id, { status: 'cancelled', cancelledAt: now });
        return;
      }
      const allowed = canCancel({ shift: { startsAt: baku(shift.startsAt), endsAt: baku(shift.endsAt), cancellationCutoffHours: shift.cancellationCutoffHours }, now: baku(now), mode: 'self' });
      if (!allowed.allowed) throw notEligible(allowed.reasons[0], locale);
      await this.release(em, a, now);
    });
  }

  /** Assigned → cancelled: frees the slot, withdraws a pending swap offer and promotes from the waitlist. */
  private async release(em: EntityManager, a: ShiftAssignmentEntity, now: Date): Promise<void> {
    await this.assignments.setAssignment(em, a.id, { status: 'cancelled', cancelledAt: now });
    await this.assignments.withdrawSwapsOf(em, a.id, now);
    await this.shifts.releaseSlot(em, a.shiftId);
    await this.promote(em, a.shiftId, now);
  }

  /**
   * Fills freed slots from the waitlist, first come first served, skipping people who are no longer
   * eligible (they stay on the list) or whose schedule another transaction is changing right now.
   */
  async promote(em: EntityManager, shiftId: string, now: Date): Promise<number> {
    const shift = await this.shifts.findShift(shiftId, 'any', em);
    if (!shift || shift.status !== 'published' || shift.startsAt <= now) return 0;
    const policy = await this.shifts.policyFor(shift, em);
    const pool = await this.eligibility.poolContext([shift], em);
    let promoted = 0;
    for (const candidate of await this.assignments.waitlist(em, shiftId)) {
      if (shift.assignedCount >= shift.slots) break;
      if (!(await this.assignments.tryLockVolunteer(em, candidate.volunteerId))) continue;
      const volunteer = await this.assignments.volunteer(candidate.volunteerId, em);
      if (!volunteer) continue;
      const facts = await this.eligibility.facts(volunteer, shift.startsAt, shift.endsAt, em);
      if (reasonsBesidesFull(this.eligibility.check(facts, shift, policy, 'self', now, pool)).length) continue;
      if (!(await this.shifts.claimSlot(em, shift.id))) break;
      shift.assignedCount += 1;
      await this.assignments.setAssignment(em, candidate.id, { status: 'assigned', source: 'waitlist' });
      await this.notifier.promoted(em, recipientOf(volunteer), shift);
      promoted += 1;
    }
    return promoted;
  }

  /** A coordinator or organiser assigns: soft policies may be overridden with a reason (audited), hard rules never. */
  async assign(actor: AuthUser, shiftId: string, volunteerId: string, overrideReason: string | undefined, locale: Locale, now = new Date()): Promise<SignupAnswer> {
    const { answer, overrides } = await this.shifts.transaction(async (em) => {
      const shift = await this.shifts.findShift(shiftId, staffScope(actor), em);
      if (!shift) throw ApiProblem.notFound();
      if (shift.status === 'cancelled') throw rosteringProblems.shiftCancelled();
      await this.assignments.lockVolunteer(em, volunteerId);
      const volunteer = await this.assignments.volunteer(volunteerId, em);
      if (!volunteer) throw ApiProblem.validation([{ field: 'volunteerId', code: 'unknown' }]);
      const live = await this.assignments.liveAssignment(em, shift.id, volunteer.id);
      if (live?.status === 'assigned') throw rosteringProblems.already();
      const policy = await this.shifts.policyFor(shift, em);
      const facts = await this.eligibility.facts(volunteer, shift.startsAt, shift.endsAt, em);
      const result = this.eligibility.check(facts, shift, policy, 'coordinator', now, await this.eligibility.poolContext([shift], em));
      if (!result.eligible) throw notEligible(result.reasons.find((r) => !r.overridable) ?? result.reasons[0], locale, 'staff');
      const overrides = result.overrides;
      if (overrides.length && !overrideReason?.trim()) {
        throw rosteringProblems.overrideReason(overrides.map((r) => describeIneligibility(r, locale, { audience: 'staff', qualificationName: qualificationNameFor })).join(' '));
      }
      if (!(await this.shifts.claimSlot(em, shift.id))) throw notEligible({ code: 'FULL', slots: shift.slots, assignedCount: shift.slots }, locale, 'staff');
      const values = {
        status: 'assigned' as const, source: 'coordinator' as const, assignedBy: actor.id,
        overrides: overrides.map((r) => r.code), overrideReason: overrides.length ? overrideReason!.trim() : null,
      };
      let id: string;
      if (live) {
        await this.assignments.setAssignment(em, live.id, values);
        id = live.id;
      } else {
        id = (await this.assignments.insertAssignment(em, { shiftId: shift.id, volunteerId: volunteer.id, ...values })).id;
      }
      await this.notifier.assigned(em, recipientOf(volunteer), shift);
      return { answer: { assignmentId: id, shiftId: shift.id, status: 'assigned' as const, waitlistPosition: null }, overrides: values.overrides };
    });
    if (overrides.length) {
      await this.audit.record({
        actor, action: 'rostering.override', entity: 'shift_assignment', entityId: answer.assignmentId,
        details: { shiftId, volunteerId, overridden: overrides, reason: overrideReason?.trim() },
      });
    }
    return answer;
  }

  /** A coordinator removes someone (also after the cut-off, which is then audited). */
  async unassign(actor: AuthUser, assignmentId: string, reason: string | undefined, locale: Locale, now = new Date()): Promise<void> {
    const overridden = await this.shifts.transaction(async (em) => {
      const a = await this.assignments.findAssignment(assignmentId, em, true);
      if (!a) throw ApiProblem.notFound();
      const shift = await this.shifts.findShift(a.shiftId, staffScope(actor), em);
      if (!shift) throw ApiProblem.notFound();
      if (a.status !== 'assigned' && a.status !== 'waitlisted') throw rosteringProblems.notLive();
      if (a.status === 'waitlisted') {
        await this.assignments.setAssignment(em, a.id, { status: 'cancelled', cancelledAt: now });
        return [];
      }
      const allowed = canCancel({ shift: { startsAt: baku(shift.startsAt), endsAt: baku(shift.endsAt), cancellationCutoffHours: shift.cancellationCutoffHours }, now: baku(now), mode: 'coordinator' });
      if (!allowed.allowed) throw notEligible(allowed.reasons[0], locale, 'staff');
      const volunteer = await this.assignments.volunteer(a.volunteerId, em);
      await this.release(em, a, now);
      if (volunteer) {
        const text = reason?.trim() || translate(volunteer.locale, 'rostering.unassigned') || '';
        await this.notifier.cancelled(em, recipientOf(volunteer), shift, text);
      }
      return allowed.overrides.map((r) => r.code);
    });
    if (overridden.length) {
      await this.audit.record({ actor, action: 'rostering.override', entity: 'shift_assignment', entityId: assignmentId, details: { overridden, reason: reason?.trim() } });
    }
  }

  /**
   * The event-day desk's one-tap replacement (docs/event-desk.md), in one transaction: the missing person's
   * assignment (locked first, so two taps on one seat queue up) gives its seat back — `assigned` becomes
   * `cancelled`, a `no_show` stays a no-show — and the standby volunteer takes it through the same guarded path
   * as `assign` (eligibility re-checked with their schedule locked, the slot claimed by the guarded UPDATE; the
   * shift having started is overridden with the reason). Both get a mail. `hooks` run inside the transaction:
   * `before` may refuse (the caller's own checks), `after` records the hand-over.
   */
  async replace(
    actor: AuthUser, assignmentId: string, volunteerId: string, reason: string, locale: Locale, now: Date,
    hooks: {
      before: (em: EntityManager, missing: ShiftAssignmentEntity, shift: ShiftEntity) => Promise<void>;
      after: (em: EntityManager, done: { shiftId: string; missingAssignmentId: string; replacementAssignmentId: string }) => Promise<void>;
    },
  ): Promise<SignupAnswer> {
    const { answer, overrides } = await this.shifts.transaction(async (em) => {
      const a = await this.assignments.findAssignment(assignmentId, em, true);
      if (!a) throw ApiProblem.notFound();
      const shift = await this.shifts.findShift(a.shiftId, staffScope(actor), em);
      if (!shift) throw ApiProblem.notFound();
      await hooks.before(em, a, shift);
      if (shift.status === 'cancelled') throw rosteringProblems.shiftCancelled();
      if (a.status !== 'assigned' && a.status !== 'no_show') throw rosteringProblems.notLive();
      if (a.volunteerId === volunteerId) throw ApiProblem.validation([{ field: 'volunteerId', code: 'sameVolunteer' }]);
      if (a.status === 'assigned') {
        await this.assignments.setAssignment(em, a.id, { status: 'cancelled', cancelledAt: now });
        await this.assignments.withdrawSwapsOf(em, a.id, now);
      }
      await this.shifts.releaseSlot(em, shift.id);
      shift.assignedCount = Math.max(0, shift.assignedCount - 1);
      await this.assignments.lockVolunteer(em, volunteerId);
      const volunteer = await this.assignments.volunteer(volunteerId, em);
      if (!volunteer) throw ApiProblem.validation([{ field: 'volunteerId', code: 'unknown' }]);
      const live = await this.assignments.liveAssignment(em, shift.id, volunteer.id);
      if (live?.status === 'assigned') throw rosteringProblems.already();
      const policy = await this.shifts.policyFor(shift, em);
      const facts = await this.eligibility.facts(volunteer, shift.startsAt, shift.endsAt, em);
      const result = this.eligibility.check(facts, shift, policy, 'coordinator', now, await this.eligibility.poolContext([shift], em));
      if (!result.eligible) throw notEligible(result.reasons.find((r) => !r.overridable) ?? result.reasons[0], locale, 'staff');
      if (!(await this.shifts.claimSlot(em, shift.id))) throw notEligible({ code: 'FULL', slots: shift.slots, assignedCount: shift.slots }, locale, 'staff');
      const values = {
        status: 'assigned' as const, source: 'coordinator' as const, assignedBy: actor.id,
        overrides: result.overrides.map((r) => r.code), overrideReason: result.overrides.length ? reason.trim() : null,
      };
      let id: string;
      if (live) {
        await this.assignments.setAssignment(em, live.id, values);
        id = live.id;
      } else {
        id = (await this.assignments.insertAssignment(em, { shiftId: shift.id, volunteerId: volunteer.id, ...values })).id;
      }
      await hooks.after(em, { shiftId: shift.id, missingAssignmentId: a.id, replacementAssignmentId: id });
      await this.notifier.assigned(em, recipientOf(volunteer), shift);
      const missing = await this.assignments.volunteer(a.volunteerId, em);
      if (missing) await this.notifier.replaced(em, recipientOf(missing), shift, reason.trim());
      return { answer: { assignmentId: id, shiftId: shift.id, status: 'assigned' as const, waitlistPosition: null }, overrides: values.overrides };
    });
    await this.audit.record({
      actor, action: 'rostering.replaced', entity: 'shift_assignment', entityId: answer.assignmentId,
      details: { shiftId: answer.shiftId, missingAssignmentId: assignmentId, volunteerId, overridden: overrides, reason: reason.trim() },
    });
    return answer;
  }

  // ——— swaps ———

  async offerSwap(user: AuthUser, assignmentId: string, toVolunteerId: string | undefined, now = new Date()): Promise<{ id: string }> {
    const volunteer = await this.volunteerOf(user);
    return this.shifts.transaction(async (em) => {
      const a = await this.assignments.findAssignment(assignmentId, em, true);
      if (!a || a.volunteerId !== volunteer.id) throw ApiProblem.notFound();
      if (a.status !== 'assigned') throw rosteringProblems.notLive();
      const shift = await this.shifts.findShift(a.shiftId, 'any', em);
      if (!shift || shift.startsAt <= now) throw rosteringProblems.notLive();
      if (toVolunteerId === volunteer.id) throw ApiProblem.validation([{ field: 'toVolunteerId', code: 'unknown' }]);
      // No foreign key holds the colleague: an offer to nobody (or to someone who left) would wait forever.
      // Alumni still volunteer (issue 14): a colleague who completed the programme can take a shift too.
      const colleague = toVolunteerId ? (await this.assignments.volunteer(toVolunteerId, em))?.status : undefined;
      if (toVolunteerId && colleague !== 'active' && colleague !== 'alumni') throw ApiProblem.validation([{ field: 'toVolunteerId', code: 'unknown' }]);
      const offer = await this.assignments.insertSwap(em, { assignmentId: a.id, shiftId: a.shiftId, fromVolunteerId: volunteer.id, toVolunteerId: toVolunteerId ?? null, status: 'open' });
      return { id: offer.id };
    });
  }

  async withdrawSwap(user: AuthUser, swapId: string, now = new Date()): Promise<void> {
    const volunteer = await this.volunteerOf(user);
    await this.shifts.transaction(async (em) => {
      const offer = await this.assignments.findSwap(swapId, em, true);
      if (!offer || offer.fromVolunteerId !== volunteer.id) throw ApiProblem.notFound();
      if (offer.status !== 'open' && offer.status !== 'pending_approval') throw rosteringProblems.swapNotOpen();
      await this.assignments.setSwap(em, offer.id, { status: 'withdrawn', decidedAt: now });
    });
  }

  /** Takes an offered shift: moves the assignment atomically, or waits for the coordinator when the center asks for approval. */
  async takeSwap(user: AuthUser, swapId: string, locale: Locale, now = new Date()): Promise<{ status: 'accepted' | 'pending_approval' }> {
    const taker = await this.volunteerOf(user);
    return this.shifts.transaction(async (em) => {
      await this.assignments.lockVolunteer(em, taker.id);
      const offer = await this.assignments.findSwap(swapId, em, true);
      if (!offer || offer.fromVolunteerId === taker.id || (offer.toVolunteerId && offer.toVolunteerId !== taker.id)) throw ApiProblem.notFound();
      if (offer.status !== 'open') throw rosteringProblems.swapNotOpen();
      const shift = await this.checkTaker(em, offer.shiftId, taker, locale, now);
      const policy = await this.shifts.policyFor(shift, em);
      if (policy?.swapNeedsApproval) {
        await this.assignments.setSwap(em, offer.id, { status: 'pending_approval', takenByVolunteerId: taker.id });
        // Those who decide hear of it at once: a swap nobody looks at would wait until the shift is gone.
        const giver = await this.assignments.volunteer(offer.fromVolunteerId, em);
        for (const approver of await this.assignments.swapApprovers(em, shift)) {
          await this.notifier.swapApprovalNeeded(em, approver, shift, giver?.fullName ?? '', taker.fullName);
        }
        return { status: 'pending_approval' as const };
      }
      await this.transfer(em, offer.id, offer.assignmentId, taker, shift, now);
      return { status: 'accepted' as const };
    });
  }

  async decideSwap(actor: AuthUser, swapId: string, approve: boolean, locale: Locale, now = new Date()): Promise<void> {
    await this.shifts.transaction(async (em) => {
      const offer = await this.assignments.findSwap(swapId, em, true);
      if (!offer || !(await this.shifts.findShift(offer.shiftId, staffScope(actor), em))) throw ApiProblem.notFound();
      if (offer.status !== 'pending_approval' || !offer.takenByVolunteerId) throw rosteringProblems.swapNotOpen();
      if (!approve) {
        await this.assignments.setSwap(em, offer.id, { status: 'rejected', decidedAt: now });
        // One after another: a transaction's connection runs one query at a time.
        const shift = await this.shifts.findShift(offer.shiftId, 'any', em);
        const giver = await this.assignments.volunteer(offer.fromVolunteerId, em);
        const taker = await this.assignments.volunteer(offer.takenByVolunteerId, em);
        if (shift && giver && taker) {
          await this.notifier.swapDeclined(em, recipientOf(giver), shift, true, taker.fullName);
          await this.notifier.swapDeclined(em, recipientOf(taker), shift, false, giver.fullName);
        }
        return;
      }
      await this.assignments.lockVolunteer(em, offer.takenByVolunteerId);
      const taker = await this.assignments.volunteer(offer.takenByVolunteerId, em);
      if (!taker) throw ApiProblem.notFound();
      const shift = await this.checkTaker(em, offer.shiftId, taker, locale, now);
      await this.transfer(em, offer.id, offer.assignmentId, taker, shift, now);
    });
  }

  private async checkTaker(em: EntityManager, shiftId: string, taker: VolunteerEntity, locale: Locale, now: Date): Promise<ShiftEntity> {
    const shift = await this.shifts.findShift(shiftId, 'any', em);
    if (!shift || shift.status !== 'published') throw rosteringProblems.swapNotOpen();
    if (await this.assignments.liveAssignment(em, shift.id, taker.id)) throw rosteringProblems.already();
    const policy = await this.shifts.policyFor(shift, em);
    const facts = await this.eligibility.facts(taker, shift.startsAt, shift.endsAt, em);
    // The slot moves with the swap, so a full shift is no obstacle.
    const blocking = reasonsBesidesFull(this.eligibility.check(facts, shift, policy, 'self', now, await this.eligibility.poolContext([shift], em)));
    if (blocking.length) throw notEligible(blocking[0], locale);
    return shift;
  }

  /** The giver's assignment ends and the taker's begins in one transaction; the slot count does not change. */
  private async transfer(em: EntityManager, offerId: string, assignmentId: string, taker: VolunteerEntity, shift: ShiftEntity, now: Date): Promise<void> {
    const given = await this.assignments.findAssignment(assignmentId, em, true);
    if (!given || given.status !== 'assigned') throw rosteringProblems.swapNotOpen();
    await this.assignments.setAssignment(em, given.id, { status: 'cancelled', cancelledAt: now });
    await this.assignments.insertAssignment(em, { shiftId: shift.id, volunteerId: taker.id, status: 'assigned', source: 'swap' });
    await this.assignments.setSwap(em, offerId, { status: 'accepted', takenByVolunteerId: taker.id, decidedAt: now });
    const giver = await this.assignments.volunteer(given.volunteerId, em);
    await this.notifier.assigned(em, recipientOf(taker), shift);
    if (giver) await this.notifier.swapped(em, recipientOf(giver), shift, taker.fullName);
  }
}
