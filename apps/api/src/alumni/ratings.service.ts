import { Injectable } from '@nestjs/common';
import { bakuDateOf, hasRole, validateRating, type RatingFieldError } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { ratingDto } from './alumni.mapper';
import { AlumniRepository } from './alumni.repository';
import type { CreateRatingDto, RateableQueryDto, RateableVolunteerDto, RatingDto, RatingsGivenQueryDto } from './dto/alumni.dto';

/**
 * Coordinator feedback: a coordinator rates people of their centers (home center or served there) for a period
 * at one of those centers; an organiser rates people who served on one of their events; an admin anyone who
 * served at the place. The rater sees the ratings they gave (with comments); the volunteer only the aggregate.
 */
@Injectable()
export class RatingsService {
  constructor(private readonly repo: AlumniRepository) {}

  /** May the caller rate at this place at all (before looking at the person)? */
  private placeInScope(actor: AuthUser, kind: 'center' | 'event', id: string): boolean {
    if (hasRole(actor, 'admin')) return true;
    return kind === 'center' ? hasRole(actor, 'coordinator') && actor.centerIds.includes(id) : hasRole(actor, 'organizer') && actor.eventIds.includes(id);
  }

  async create(actor: AuthUser, dto: CreateRatingDto): Promise<RatingDto> {
    const today = bakuDateOf(Date.now());
    const errors: FieldError[] = validateRating(dto, today).map((e: RatingFieldError) => ({
      field: e.field, code: e.code, params: e.code === 'ratingCommentTooLong' ? { max: 2000 } : undefined,
    }));
    if (errors.length) throw ApiProblem.validation(errors);
    const kind = dto.eventId ? 'event' : 'center';
    const placeId = (dto.eventId ?? dto.centerId) as string;
    const field = kind === 'event' ? 'eventId' : 'centerId';
    if (!this.placeInScope(actor, kind, placeId) || !(await this.repo.placeExists(kind, placeId))) {
      throw ApiProblem.validation([{ field, code: 'ratingPlaceOutOfScope' }]);
    }
    const served = kind === 'event' ? await this.repo.servedAtEvent(dto.volunteerId, placeId) : await this.repo.servedAtCenter(dto.volunteerId, placeId);
    if (!served) throw ApiProblem.validation([{ field: 'volunteerId', code: 'ratingVolunteerOutOfScope' }]);
    const id = await this.repo.insertRating({
      volunteerId: dto.volunteerId, raterUserId: actor.id,
      centerId: kind === 'center' ? placeId : null, periodFrom: kind === 'center' ? dto.periodFrom ?? null : null, periodTo: kind === 'center' ? dto.periodTo ?? null : null,
      eventId: kind === 'event' ? placeId : null,
      punctuality: dto.punctuality, communication: dto.communication, serviceToCitizens: dto.serviceToCitizens, teamwork: dto.teamwork,
      comment: dto.comment ?? null,
    });
    const row = await this.repo.rating(id);
    if (!row) throw new Error('rating vanished after insert');
    return ratingDto(row);
  }

  /** The ratings the caller gave, newest first. */
  async given(actor: AuthUser, q: RatingsGivenQueryDto): Promise<Page<RatingDto>> {
    const [rows, total] = await this.repo.ratingsGivenBy(actor.id, q.perPage, (q.page - 1) * q.perPage);
    return { data: rows.map(ratingDto), total };
  }

  /** Who the caller may rate at one of their centers or events (for the rating form's picker). */
  async rateable(actor: AuthUser, q: RateableQueryDto): Promise<RateableVolunteerDto[]> {
    if (!!q.centerId === !!q.eventId) throw ApiProblem.validation([{ field: 'eventId', code: 'ratingContext' }]);
    const kind = q.eventId ? 'event' : 'center';
    const placeId = (q.eventId ?? q.centerId) as string;
    if (!this.placeInScope(actor, kind, placeId)) throw ApiProblem.notFound();
    return this.repo.rateable(kind, placeId, q.q, 200);
  }
}
