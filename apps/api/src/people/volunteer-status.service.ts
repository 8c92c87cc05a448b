import { Injectable } from '@nestjs/common';
import { decideStatusChange, type Actor, type VolunteerStatus, type VolunteerStatusErrorCode } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { ApiProblem } from '../common/http/api-problem';
import { VolunteerStatusChangeEntity } from './entities/volunteer-status-change.entity';
import { VolunteerEntity } from './entities/volunteer.entity';
import './people.messages';

export interface VolunteerStatusChangeInput {
  volunteerId: string;
  to: VolunteerStatus;
  reason?: string | null;
  /** Who acts (kept in the history); null for a system job. */
  actorUserId: string | null;
  /**
   * When given, the rule "who may do which" is checked too (coordinator of the home center, admin; HR hires
   * alumni as staff). Omit it when the caller has already decided who may act (onboarding, hiring, a job).
   */
  actor?: Actor;
}

export interface VolunteerStatusChangeResult {
  from: VolunteerStatus;
  to: VolunteerStatus;
  changeId: string;
}

const PROBLEM: Record<VolunteerStatusErrorCode, () => ApiProblem> = {
  SAME_STATUS: () => ApiProblem.conflict('detail.volunteerSameStatus', {}, 'SAME_STATUS'),
  FINAL_STATUS: () => ApiProblem.conflict('detail.volunteerFinalStatus', {}, 'FINAL_STATUS'),
  ILLEGAL_STATUS_MOVE: () => ApiProblem.conflict('detail.volunteerIllegalStatusMove', {}, 'ILLEGAL_STATUS_MOVE'),
  STATUS_NOT_ALLOWED: () => new ApiProblem(403, 'detail.volunteerStatusNotAllowed', {}, [], {}, 'STATUS_NOT_ALLOWED'),
  REASON_REQUIRED: () => ApiProblem.validation([{ field: 'reason', code: 'reasonRequired' }]),
};

/**
 * The one way a volunteer's status changes (people, alumni, hiring, onboarding call it): locks the person's
 * row, checks the move against the domain rule (libs/domain/src/people/volunteer-status.rules.ts), updates
 * `volunteers.status` and appends the history row — all in the CALLER's transaction, so a rollback undoes both.
 */
@Injectable()
export class VolunteerStatusService {
  async change(em: EntityManager, input: VolunteerStatusChangeInput): Promise<VolunteerStatusChangeResult> {
    const person = await em.getRepository(VolunteerEntity).createQueryBuilder('v')
      .setLock('pessimistic_write').where('v.id = :id', { id: input.volunteerId }).getOne();
    if (!person) throw ApiProblem.notFound();
    const reason = input.reason?.trim() || null;
    const decision = decideStatusChange({ from: person.status, to: input.to, reason, actor: input.actor, homeCenterId: person.homeCenterId });
    if (!decision.ok) throw PROBLEM[decision.code]();
    await em.getRepository(VolunteerEntity).update({ id: person.id }, { status: input.to });
    const row = await em.getRepository(VolunteerStatusChangeEntity).save({
      volunteerId: person.id, fromStatus: person.status, toStatus: input.to, reason: reason?.slice(0, 500) ?? null, actorUserId: input.actorUserId,
    });
    return { from: person.status, to: input.to, changeId: row.id };
  }

  /**
   * Records a change already written by its owner without the rule (onboarding a returning person whose old
   * status does not lead to active by the rule): the history stays complete.
   */
  async record(em: EntityManager, row: { volunteerId: string; from: VolunteerStatus | null; to: VolunteerStatus; reason?: string | null; actorUserId: string | null }): Promise<void> {
    await em.getRepository(VolunteerStatusChangeEntity).insert({
      volunteerId: row.volunteerId, fromStatus: row.from, toStatus: row.to, reason: row.reason?.trim().slice(0, 500) || null, actorUserId: row.actorUserId,
    });
  }

  history(em: EntityManager, volunteerId: string): Promise<VolunteerStatusChangeEntity[]> {
    return em.getRepository(VolunteerStatusChangeEntity).find({ where: { volunteerId }, order: { at: 'ASC', id: 'ASC' } });
  }
}
