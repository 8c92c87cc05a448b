import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RetiredRefreshTokenEntity } from './entities/retired-refresh-token.entity';
import { SessionEntity } from './entities/session.entity';
import { SessionsRepository } from './sessions.repository';

/** Sessions on their own, so that users (revoking on role change) and auth can both use them without a cycle. */
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, RetiredRefreshTokenEntity])],
  providers: [SessionsRepository],
  exports: [SessionsRepository],
})
export class SessionsModule {}
