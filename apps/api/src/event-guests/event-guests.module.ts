import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventDelegationEntity } from './entities/event-delegation.entity';
import { EventGuestEntity } from './entities/event-guest.entity';
import { EventDelegationsController, EventGuestsController } from './event-guests.controller';
import { EventGuestsReadRepository } from './event-guests-read.repository';
import { EventGuestsRepository } from './event-guests.repository';
import { EventGuestsService } from './event-guests.service';

/**
 * An event's delegations and guests (docs/event-guests.md): import from CSV/XLSX with a preview, manual edits,
 * retention. Exports EventGuestsReadRepository for the liaison, accreditation and desk modules (read only).
 */
@Module({
  imports: [TypeOrmModule.forFeature([EventDelegationEntity, EventGuestEntity])],
  controllers: [EventDelegationsController, EventGuestsController],
  providers: [EventGuestsReadRepository, EventGuestsRepository, EventGuestsService],
  exports: [EventGuestsReadRepository],
})
export class EventGuestsModule {}
