import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarOverrideEntity } from './entities/calendar-override.entity';
import { CalendarYearEntity } from './entities/calendar-year.entity';

/** The admins' overrides of the computed calendar and the confirmed years. Only this class touches TypeORM here. */
@Injectable()
export class HolidaysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  overrides(from: string, to: string): Promise<CalendarOverrideEntity[]> {
    return this.db.getRepository(CalendarOverrideEntity).createQueryBuilder('o')
      .where('o.date >= :from AND o.date <= :to', { from, to }).orderBy('o.date').getMany();
  }

  findOverride(date: string): Promise<CalendarOverrideEntity | null> {
    return this.db.getRepository(CalendarOverrideEntity).findOne({ where: { date } });
  }

  async saveOverride(values: Omit<CalendarOverrideEntity, 'updatedAt'>): Promise<void> {
    await this.db.getRepository(CalendarOverrideEntity).upsert(values, ['date']);
  }

  async deleteOverride(date: string): Promise<boolean> {
    return ((await this.db.getRepository(CalendarOverrideEntity).delete({ date })).affected ?? 0) > 0;
  }

  year(year: number): Promise<CalendarYearEntity | null> {
    return this.db.getRepository(CalendarYearEntity).findOne({ where: { year } });
  }

  async saveYear(values: CalendarYearEntity): Promise<void> {
    await this.db.getRepository(CalendarYearEntity).upsert(values, ['year']);
  }

  /**
   * First start only (no override and no year yet): the decrees' differences and the confirmed years.
   * Advisory-locked so that two replicas starting together seed once.
   */
  async seedIfEmpty(overrides: Omit<CalendarOverrideEntity, 'updatedAt'>[], years: number[]): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['calendar-seed']);
      const [{ n }] = await em.query(`SELECT (SELECT count(*) FROM calendar_overrides) + (SELECT count(*) FROM calendar_years) AS n`);
      if (Number(n) > 0) return;
      if (overrides.length) await em.createQueryBuilder().insert().into(CalendarOverrideEntity).values(overrides).orIgnore().execute();
      if (years.length) {
        await em.createQueryBuilder().insert().into(CalendarYearEntity)
          .values(years.map((year) => ({ year, confirmed: true, confirmedAt: new Date(), confirmedById: null }))).orIgnore().execute();
      }
    });
  }
}
