import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { UsersModule } from '../users/users.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { WorkToDoController } from './work-to-do.controller';
import { WorkToDoRepository } from './work-to-do.repository';
import { WorkToDoService } from './work-to-do.service';

@Module({
  imports: [OrganisationModule, UsersModule, QualificationsModule],
  controllers: [DashboardController, WorkToDoController],
  providers: [DashboardService, WorkToDoRepository, WorkToDoService],
})
export class DashboardModule {}
