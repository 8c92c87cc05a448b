import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module';
import { MyDataExportService } from './my-data-export';
import { ClosureRequestsController, EmailChangeController, MyProfileController } from './my-profile.controller';
import { MyProfileRepository } from './my-profile.repository';
import { MyProfileService } from './my-profile.service';

@Module({
  imports: [NotificationsModule],
  controllers: [MyProfileController, EmailChangeController, ClosureRequestsController],
  providers: [MyProfileRepository, MyProfileService, MyDataExportService],
})
export class MyProfileModule {}
