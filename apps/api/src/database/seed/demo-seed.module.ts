import { Module } from '@nestjs/common';
import { PasswordHasher } from '../../common/security/password-hasher';
import { HoursModule } from '../../hours/hours.module';
import { CertificatesModule } from '../../certificates/certificates.module';
import { AlumniModule } from '../../alumni/alumni.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [HoursModule, CertificatesModule, AlumniModule], providers: [DemoSeedService, PasswordHasher] })
export class DemoSeedModule {}
