import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarOverrideEntity } from './entities/calendar-override.entity';
import { CalendarYearEntity } from './entities/calendar-year.entity';
import { HolidaysController } from './holidays.controller';
import { HolidaysRepository } from './holidays.repository';
import { HolidaysService } from './holidays.service';
import './holidays.messages';

@Module({
  imports: [TypeOrmModule.forFeature([CalendarOverrideEntity, CalendarYearEntity])],
  controllers: [HolidaysController],
  providers: [HolidaysRepository, HolidaysService],
  exports: [HolidaysService],
})
export class HolidaysModule implements OnApplicationBootstrap {
  constructor(private readonly holidays: HolidaysService) {}

  /** The decrees that differ from the law (2025's 3 January) and the confirmed years go in on the first start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.holidays.seed();
  }
}
