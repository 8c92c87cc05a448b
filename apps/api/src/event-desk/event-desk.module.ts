import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RosteringModule } from '../rostering/rostering.module';
import { EventDeskReplacementEntity } from './entities/event-desk-replacement.entity';
import { EventIncidentEntity } from './entities/event-incident.entity';
import { EventDeskController } from './event-desk.controller';
import { EventDeskRepository } from './event-desk.repository';
import { EventDeskService } from './event-desk.service';

/** The event-day desk: live board, standby and one-tap replacement (through rostering), incidents log. */
@Module({
  imports: [TypeOrmModule.forFeature([EventIncidentEntity, EventDeskReplacementEntity]), RosteringModule],
  controllers: [EventDeskController],
  providers: [EventDeskRepository, EventDeskService],
})
export class EventDeskModule {}
