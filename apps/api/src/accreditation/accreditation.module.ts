import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { EventGuestsModule } from '../event-guests/event-guests.module';
import { AccreditationController, AccreditationScanController } from './accreditation.controller';
import { AccreditationRepository } from './accreditation.repository';
import { AccreditationService } from './accreditation.service';
import { EventBadgeEntity } from './entities/event-badge.entity';
import { EventZonePositionEntity } from './entities/event-zone-position.entity';
import { EventZoneEntity } from './entities/event-zone.entity';
import './accreditation.messages';

/** Accreditation (docs/accreditation.md): zones, badges as PDF, reprints and the door scan. */
@Module({
  imports: [TypeOrmModule.forFeature([EventZoneEntity, EventZonePositionEntity, EventBadgeEntity]), EventGuestsModule, AuditModule],
  controllers: [AccreditationController, AccreditationScanController],
  providers: [AccreditationRepository, AccreditationService],
  exports: [AccreditationService],
})
export class AccreditationModule {}
