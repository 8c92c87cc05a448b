import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesRepository } from './deliveries.repository';
import { MailUnsubscribeEntity } from './entities/mail-unsubscribe.entity';
import { NotificationDeliveryEntity } from './entities/notification-delivery.entity';
import { mailerProvider } from './mailer.provider';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Global: every feature sends mail through NotificationsService.enqueue. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationDeliveryEntity, MailUnsubscribeEntity])],
  controllers: [NotificationsController, UnsubscribeController],
  providers: [DeliveriesRepository, NotificationsService, mailerProvider],
  exports: [NotificationsService],
})
export class NotificationsModule {}
