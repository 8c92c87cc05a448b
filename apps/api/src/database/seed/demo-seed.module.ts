import { Module } from '@nestjs/common';
import { PasswordHasher } from '../../common/security/password-hasher';
import { HoursModule } from '../../hours/hours.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [HoursModule], providers: [DemoSeedService, PasswordHasher] })
export class DemoSeedModule {}
