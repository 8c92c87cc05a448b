import { Module } from '@nestjs/common';
import { PasswordHasher } from '../../common/security/password-hasher';
import { DemoSeedService } from './demo-seed.service';

@Module({ providers: [DemoSeedService, PasswordHasher] })
export class DemoSeedModule {}
