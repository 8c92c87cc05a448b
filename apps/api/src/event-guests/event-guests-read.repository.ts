import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventDelegationEntity } from './entities/event-delegation.entity';
import { EventGuestEntity } from './entities/event-guest.entity';

/**
 * Read-only access to an event's delegations and guests for other modules (liaisons, accreditation, the desk).
 * It does not check who asks: the caller has already checked that the actor may see the event (admin or one of
 * its organisers — docs/event-guests.md, "Who sees guests").
 */
@Injectable()
export class EventGuestsReadRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  delegationsOf(eventId: string): Promise<EventDelegationEntity[]> {
    return this.ds.getRepository(EventDelegationEntity).find({ where: { eventId }, order: { name: 'ASC' } });
  }

  delegation(id: string): Promise<EventDelegationEntity | null> {
    return this.ds.getRepository(EventDelegationEntity).findOne({ where: { id } });
  }

  guestsOf(eventId: string, delegationId?: string): Promise<EventGuestEntity[]> {
    return this.ds.getRepository(EventGuestEntity).find({
      where: delegationId ? { eventId, delegationId } : { eventId },
      order: { fullName: 'ASC' },
    });
  }

  guest(id: string): Promise<EventGuestEntity | null> {
    return this.ds.getRepository(EventGuestEntity).findOne({ where: { id } });
  }
}
