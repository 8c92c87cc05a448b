import { addDays, bakuDateOf, type HourCategory } from '@dost/domain';
import { HoursLedgerService } from '../src/hours/hours-ledger.service';
import type { TestApp } from './test-app';

/** Ledger fixtures: rows written through the ledger's one writer, as the API would. */
export class HoursFactory {
  constructor(private readonly t: TestApp) {}

  /** Pending manual entries for a volunteer at a place: one per element of `minutes`, on `dates` (cycled). */
  async pending(volunteerId: string, place: { centerId?: string; eventId?: string }, minutes: number[], dates: string[], createdBy: string): Promise<string[]> {
    const ledger = this.t.app.get(HoursLedgerService);
    return ledger.transaction(async (em) => {
      const ids: string[] = [];
      for (let i = 0; i < minutes.length; i++) {
        const row = await ledger.addManual(em, {
          volunteerId, centerId: place.centerId ?? null, eventId: place.eventId ?? null, workDate: dates[i % dates.length], minutes: minutes[i],
          category: 'training' as HourCategory, note: `test ${i}`, createdBy,
        });
        ids.push(row.id);
      }
      return ids;
    });
  }
}

/** A Baku date `days` before the real today (for rules relative to now: never a fixed calendar date). */
export const daysAgo = (days: number): string => addDays(bakuDateOf(Date.now()), -days);
