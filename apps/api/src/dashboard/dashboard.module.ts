import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { UsersModule } from '../users/users.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({ imports: [OrganisationModule, UsersModule], controllers: [DashboardController], providers: [DashboardService] })
export class DashboardModule {}
