import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PassportModule } from '@nestjs/passport';
import { JwtAuthGuard, MfaEnrolmentGuard, RolesGuard } from '../common/guards';
import { AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { PasswordLinksService } from './password-links.service';
import { MySessionsController } from './my-sessions.controller';
import { SessionsModule } from './sessions.module';
import { StaffRecoveryCodeEntity } from './two-factor/entities/staff-recovery-code.entity';
import { StaffTwoFactorEntity } from './two-factor/entities/staff-two-factor.entity';
import { TotpSecretBox } from './two-factor/totp-secret-box';
import { TwoFactorController, TwoFactorResetController } from './two-factor/two-factor.controller';
import { TwoFactorRepository } from './two-factor/two-factor.repository';
import { TwoFactorService } from './two-factor/two-factor.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: config.accessTokenTtl, algorithm: 'HS256' },
      }),
    }),
    UsersModule,
    SessionsModule,
    TypeOrmModule.forFeature([StaffTwoFactorEntity, StaffRecoveryCodeEntity]),
  ],
  controllers: [AuthController, TwoFactorController, TwoFactorResetController, MySessionsController],
  providers: [
    AuthService,
    PasswordLinksService,
    JwtStrategy,
    TwoFactorService,
    TwoFactorRepository,
    TotpSecretBox,
    // Order matters: who you are, whether you still owe the second factor's set-up, then what you may do.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: MfaEnrolmentGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AuthModule {}
