import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { EventGuestsModule } from '../event-guests/event-guests.module';
import { RosteringModule } from '../rostering/rostering.module';
import { DelegationLiaisonDutyEntity } from './entities/delegation-liaison-duty.entity';
import { LiaisonNoticeEntity } from './entities/liaison-notice.entity';
import { LiaisonsController } from './liaisons.controller';
import { LiaisonsRepository } from './liaisons.repository';
import { LiaisonsService } from './liaisons.service';

/** Liaisons for delegations and VIP guests, matched by language with the roster engine (docs/liaisons.md). */
@Module({
  imports: [TypeOrmModule.forFeature([DelegationLiaisonDutyEntity, LiaisonNoticeEntity]), EventGuestsModule, RosteringModule, AuditModule],
  controllers: [LiaisonsController],
  providers: [LiaisonsRepository, LiaisonsService],
  exports: [LiaisonsService],
})
export class LiaisonsModule {}
