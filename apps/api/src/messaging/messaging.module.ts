import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { GroupMessageEntity } from './entities/group-message.entity';
import { MessagingController } from './messaging.controller';
import { MessagingRepository } from './messaging.repository';
import { MessagingService } from './messaging.service';

@Module({
  imports: [TypeOrmModule.forFeature([GroupMessageEntity]), UsersModule],
  controllers: [MessagingController],
  providers: [MessagingRepository, MessagingService],
})
export class MessagingModule {}
