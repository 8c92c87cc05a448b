import { Injectable } from '@nestjs/common';
import { bakuDateOf, feedbackOpen, feedbackSummary, hasRole, responseRate, type FeedbackQuestion } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { DebriefRepository, type EventRow, type RoleFigures } from './debrief.repository';
import type { EventFeedbackDto } from './dto/feedback.dto';
import './debrief.messages';

type L = { az: string; en: string; ru: string };

export interface FeedbackFormDto {
  event: { id: string; name: L; venue: string; startsAt: string; endsAt: string };
  /** The form takes answers now (the event ended less than 30 days ago). */
  open: boolean;
  /** This volunteer has answered already. */
  responded: boolean;
}

export interface DebriefDto {
  event: { id: string; name: L; venue: string; startsAt: string; endsAt: string; status: string };
  /** Volunteers who served (the invitees) and how many answered. */
  invited: number;
  responded: number;
  /** responded ÷ invited, 0–1. */
  responseRate: number;
  invitationsSentAt: string | null;
  questions: Record<FeedbackQuestion, { counts: number[]; average: number | null; answers: number }>;
  /** Approved ledger minutes and no-shows per role; `positionId` null = hours without a role (manual entries). */
  roles: RoleFigures[];
  /** The same approved minutes in total: what the event's certificates count. */
  approvedMinutes: number;
  noShows: number;
  comments: { comment: string; anonymous: boolean; volunteerName: string | null; submittedOn: string }[];
  certificateTypes: { id: string; name: L }[];
}

const eventDto = (e: EventRow) => ({
  id: e.id, name: { az: e.nameAz, en: e.nameEn, ru: e.nameRu }, venue: e.venue,
  startsAt: new Date(e.startsAt).toISOString(), endsAt: new Date(e.endsAt).toISOString(),
});

/**
 * The debrief of an event (docs/debrief.md): the volunteers' feedback form (one answer per person, anonymous or not)
 * and the organiser's results — ratings, response rate, per-role approved hours and no-shows, comments.
 */
@Injectable()
export class DebriefService {
  constructor(private readonly repo: DebriefRepository) {}

  /** Admins see every event; an organiser only their own (others: 404, as everywhere). */
  private async eventInScope(actor: AuthUser, eventId: string): Promise<EventRow> {
    const e = await this.repo.event(eventId);
    if (!e) throw ApiProblem.notFound();
    if (!hasRole(actor, 'admin') && !actor.eventIds.includes(eventId)) throw ApiProblem.notFound();
    return e;
  }

  private async volunteerOf(user: AuthUser): Promise<{ id: string; fullName: string }> {
    const v = await this.repo.volunteerOfUser(user.id);
    if (!v) throw new ApiProblem(403, 'debrief.notVolunteer', {}, [], {}, 'NOT_A_VOLUNTEER');
    return v;
  }

  /** The form for a volunteer who served at the event; anyone else gets 404. */
  async form(user: AuthUser, eventId: string, now = new Date()): Promise<FeedbackFormDto> {
    const v = await this.volunteerOf(user);
    const e = await this.repo.event(eventId);
    if (!e || e.status === 'cancelled' || !(await this.repo.hasServed(eventId, v.id))) throw ApiProblem.notFound();
    return { event: eventDto(e), open: feedbackOpen(new Date(e.endsAt).getTime(), now.getTime()), responded: await this.repo.responded(eventId, v.id) };
  }

  async answer(user: AuthUser, eventId: string, dto: EventFeedbackDto, now = new Date()): Promise<FeedbackFormDto> {
    const form = await this.form(user, eventId, now);
    if (!form.open) throw ApiProblem.conflict('debrief.notOpen', {}, 'FEEDBACK_NOT_OPEN');
    const v = await this.volunteerOf(user);
    await this.repo.transaction(async (em) => {
      // The marker decides "once per person" for anonymous answers too; the answer itself names nobody then.
      if (!(await this.repo.markResponded(em, eventId, v.id))) throw ApiProblem.conflict('debrief.alreadyAnswered', {}, 'FEEDBACK_ALREADY_GIVEN');
      await this.repo.insertFeedback(em, {
        eventId, volunteerId: dto.anonymous ? null : v.id, anonymous: dto.anonymous,
        organisation: dto.organisation, briefing: dto.briefing, roleClarity: dto.roleClarity, again: dto.again,
        comment: dto.comment?.trim() ? dto.comment.trim() : null, submittedOn: bakuDateOf(now.getTime()),
      });
    });
    return { ...form, responded: true };
  }

  async debrief(actor: AuthUser, eventId: string): Promise<DebriefDto> {
    const e = await this.eventInScope(actor, eventId);
    const [served, responded, dist, roles, comments, certificateTypes, mailing] = await Promise.all([
      this.repo.served(eventId), this.repo.responseCount(eventId), this.repo.distribution(eventId), this.repo.roles(eventId),
      this.repo.comments(eventId), this.repo.certificateTypes(eventId), this.repo.mailing(eventId),
    ]);
    return {
      event: { ...eventDto(e), status: e.status },
      invited: served.length, responded, responseRate: responseRate(responded, served.length),
      invitationsSentAt: mailing ? new Date(mailing.sentAt).toISOString() : null,
      questions: feedbackSummary(dist),
      roles,
      approvedMinutes: roles.reduce((a, r) => a + r.approvedMinutes, 0),
      noShows: roles.reduce((a, r) => a + r.noShows, 0),
      comments, certificateTypes,
    };
  }
}
