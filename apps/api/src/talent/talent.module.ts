import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TalentSavedSearchEntity } from './entities/talent-saved-search.entity';
import { EvidenceRepository } from './evidence.repository';
import { TalentFactsRepository } from './talent-facts.repository';
import { TalentPoolController } from './talent.controller';
import { TalentPoolRepository } from './talent-pool.repository';
import { TalentService } from './talent.service';
import './talent.messages';

/** HR's talent pool and evidence packs (docs/talent-pool.md). TalentFactsRepository is exported for the demo seed and the benchmark. */
@Module({
  imports: [TypeOrmModule.forFeature([TalentSavedSearchEntity])],
  controllers: [TalentPoolController],
  providers: [TalentFactsRepository, TalentPoolRepository, EvidenceRepository, TalentService],
  exports: [TalentFactsRepository],
})
export class TalentModule {}
