import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesRepository } from './deliveries.repository';
import { NotificationDeliveryEntity } from './entities/notification-delivery.entity';
import { mailerProvider } from './mailer.provider';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Global: every feature sends mail through NotificationsService.enqueue. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationDeliveryEntity])],
  controllers: [NotificationsController],
  providers: [DeliveriesRepository, NotificationsService, mailerProvider],
  exports: [NotificationsService],
})
export class NotificationsModule {}
