import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CentersController } from './centers.controller';
import { CentersRepository } from './centers.repository';
import { CenterEntity } from './entities/center.entity';
import { CoordinatorCenterEntity } from './entities/coordinator-center.entity';
import { EventEntity } from './entities/event.entity';
import { EventOrganizerEntity } from './entities/event-organizer.entity';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { OrganisationService } from './organisation.service';
import './network.messages';

@Module({
  imports: [TypeOrmModule.forFeature([CenterEntity, EventEntity, CoordinatorCenterEntity, EventOrganizerEntity])],
  controllers: [CentersController, EventsController],
  providers: [CentersRepository, EventsRepository, OrganisationService],
  exports: [OrganisationService],
})
export class OrganisationModule {}
