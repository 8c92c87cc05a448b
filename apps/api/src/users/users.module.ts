import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { PasswordHasher } from '../common/security/password-hasher';
import { OrganisationModule } from '../organisation/organisation.module';
import { AccountLinksService } from './account-links.service';
import { UserRoleEntity } from './entities/user-role.entity';
import { UserTokenEntity } from './entities/user-token.entity';
import { UserEntity } from './entities/user.entity';
import { UserTokensRepository } from './user-tokens.repository';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserRoleEntity, UserTokenEntity]), SessionsModule, OrganisationModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, PasswordHasher, UserTokensRepository, AccountLinksService],
  exports: [UsersService, PasswordHasher, AccountLinksService],
})
export class UsersModule {}
