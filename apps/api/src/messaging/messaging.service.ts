import { Injectable } from '@nestjs/common';
import { centerScope, eventScope, hasRole } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { ListQueryDto, Page } from '../common/http/list-query.dto';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { QueryFailedError } from 'typeorm';
import type { GroupMessageDto, MessagePreviewDto, SendMessageDto } from './dto/message.dto';
import type { GroupMessageEntity } from './entities/group-message.entity';
import { toGroupMessageDto } from './messaging.mapper';
import { MessagingRepository, type MessageScope } from './messaging.repository';
import type { Segment, SegmentPlace } from './messaging.types';
import './messaging.messages';

/** A sender may start this many group messages an hour: enough for real work, not for spam. */
export const MESSAGES_PER_HOUR = 10;
const EMPTY_COUNTS = { queued: 0, sent: 0, failed: 0, suppressed: 0 };

/**
 * Group messages: a coordinator (their centers), organizer (their events) or admin writes once to a
 * segment; each recipient gets `coordinator-message` in their own language through the outbox, all in
 * one transaction with the record of the message. Unsubscribed addresses end up `suppressed`.
 */
@Injectable()
export class MessagingService {
  constructor(
    private readonly messages: MessagingRepository,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly rateLimit: RateLimitService,
  ) {}

  async preview(actor: AuthUser, segment: Segment): Promise<MessagePreviewDto> {
    const place = await this.placeOf(actor, segment);
    const recipients = await this.messages.recipients(segment);
    return {
      count: recipients.length,
      unsubscribed: recipients.filter((r) => r.unsubscribed).length,
      firstNames: recipients.slice(0, 10).map((r) => r.fullName.split(/\s+/)[0]),
      place: place.name,
    };
  }

  /**
   * With an Idempotency-Key, a repeated request answers the message already sent (the same key with a
   * different message → 422); two racing requests meet at the unique key and only one sends.
   */
  async send(actor: AuthUser, dto: SendMessageDto, idempotencyKey?: string): Promise<GroupMessageDto> {
    if (idempotencyKey) {
      const earlier = await this.messages.findByIdempotencyKey(actor.id, idempotencyKey);
      if (earlier) return this.replay(earlier, dto);
    }
    try {
      return await this.sendOnce(actor, dto, idempotencyKey ?? null);
    } catch (e) {
      const constraint = (e as QueryFailedError & { constraint?: string }).constraint;
      if (idempotencyKey && e instanceof QueryFailedError && constraint === 'group_messages_idempotency_key') {
        const earlier = await this.messages.findByIdempotencyKey(actor.id, idempotencyKey);
        if (earlier) return this.replay(earlier, dto);
      }
      throw e;
    }
  }

  private async replay(earlier: GroupMessageEntity, dto: SendMessageDto): Promise<GroupMessageDto> {
    const same = earlier.segmentKind === dto.segment.kind && earlier.segmentId === dto.segment.id && earlier.subject === dto.subject && earlier.body === dto.body;
    if (!same) throw new ApiProblem(422, 'detail.idempotencyMismatch', {}, [], {}, 'IDEMPOTENCY_KEY_REUSED');
    const counts = await this.messages.deliveryCounts([earlier.id]);
    return toGroupMessageDto(earlier, counts.get(earlier.id) ?? EMPTY_COUNTS);
  }

  private async sendOnce(actor: AuthUser, dto: SendMessageDto, idempotencyKey: string | null): Promise<GroupMessageDto> {
    const place = await this.placeOf(actor, dto.segment);
    const sender = (await this.users.findWithAccess(actor.id))?.user.fullName ?? actor.email;
    // Resolved and rate-limited before the transaction: a transaction never waits for a second pooled
    // connection (many parallel sends would otherwise exhaust the pool and deadlock).
    const recipients = await this.messages.recipients(dto.segment);
    if (recipients.length === 0) throw ApiProblem.validation([{ field: 'segment', code: 'noRecipients' }]);
    // Counted only for a message that would go out, so a mistaken segment does not use up the allowance.
    await this.rateLimit.consume([{ key: `messages:sender:${actor.id}`, max: MESSAGES_PER_HOUR, windowSeconds: 3600 }]);
    const saved = await this.messages.transaction(async (em) => {
      const message = await this.messages.insert(em, {
        senderId: actor.id, senderName: sender, segmentKind: dto.segment.kind, segmentId: dto.segment.id,
        centerId: place.centerId, eventId: place.eventId, segmentLabel: place.name.az,
        subject: dto.subject, body: dto.body, recipientCount: recipients.length, idempotencyKey,
      });
      // One INSERT for the deliveries and one for their jobs, however many people the segment holds.
      await this.notifications.enqueueMany(em, recipients.map((r) => ({
        template: 'coordinator-message' as const,
        props: {
          recipientName: r.fullName, coordinatorName: sender, centerName: place.name[r.locale],
          messageSubject: dto.subject, messageBody: dto.body, unsubscribeUrl: this.notifications.unsubscribeUrlFor(r.email, r.locale),
        },
        to: { email: r.email, name: r.fullName, userId: r.userId },
        locale: r.locale,
        groupMessageId: message.id,
      })));
      return message;
    });
    return toGroupMessageDto(saved, { ...EMPTY_COUNTS, queued: saved.recipientCount });
  }

  async list(actor: AuthUser, query: ListQueryDto): Promise<Page<GroupMessageDto>> {
    const [rows, total] = await this.messages.list(query, scopeOf(actor));
    const counts = await this.messages.deliveryCounts(rows.map((r) => r.id));
    return { data: rows.map((r) => toGroupMessageDto(r, counts.get(r.id) ?? EMPTY_COUNTS)), total };
  }

  async get(actor: AuthUser, id: string): Promise<GroupMessageDto> {
    const row = await this.messages.findOne(id, scopeOf(actor));
    if (!row) throw ApiProblem.notFound();
    const counts = await this.messages.deliveryCounts([id]);
    return toGroupMessageDto(row, counts.get(id) ?? EMPTY_COUNTS);
  }

  /** 404 for a segment that does not exist or lies outside the caller's centers/events: nothing tells them which. */
  private async placeOf(actor: AuthUser, segment: Segment): Promise<SegmentPlace> {
    const place = await this.messages.findPlace(segment, scopeOf(actor));
    if (!place) throw ApiProblem.notFound();
    return place;
  }
}

/** Admins everything; coordinators their centers; organizers their events (HR does not send group messages). */
function scopeOf(actor: AuthUser): MessageScope {
  if (hasRole(actor, 'admin')) return { centers: 'all', events: 'all' };
  return { centers: hasRole(actor, 'coordinator') ? centerScope(actor) : [], events: hasRole(actor, 'organizer') ? eventScope(actor) : [] };
}
