import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Scope } from '../common/scope';

/** null = every place (admin); [] = none. */
const ids = (s: Scope): string[] | null => (s === 'all' ? null : [...s]);

/** Counts behind "work to do": each the same rows the screen it links to lists. */
@Injectable()
export class WorkToDoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Published shifts starting in [from, to) with places left, at the given centers or events; the places left; and
   * the earliest such shift's place and start (the dashboard links to the week or board that holds it).
   */
  async gaps(kind: 'center' | 'event', scope: Scope, from: Date, to: Date): Promise<{ shifts: number; places: number; first: { placeId: string; startsAt: Date } | null }> {
    const column = kind === 'center' ? 'center_id' : 'event_id';
    const where = `status = 'published' AND ${column} IS NOT NULL AND ($1::uuid[] IS NULL OR ${column} = ANY($1::uuid[]))
          AND starts_at >= $2 AND starts_at < $3 AND assigned_count < slots`;
    const [row]: { shifts: number; places: number }[] = await this.db.query(
      `SELECT count(*)::int AS shifts, coalesce(sum(slots - assigned_count), 0)::int AS places FROM shifts WHERE ${where}`,
      [ids(scope), from, to],
    );
    const [first]: { place_id: string; starts_at: Date }[] = await this.db.query(
      `SELECT ${column} AS place_id, starts_at FROM shifts WHERE ${where} ORDER BY starts_at, id LIMIT 1`,
      [ids(scope), from, to],
    );
    return { ...row, first: first ? { placeId: first.place_id, startsAt: new Date(first.starts_at) } : null };
  }

  /** Taken swaps waiting for a coordinator's / organiser's decision on shifts of these centers and events. */
  async pendingSwaps(centers: Scope, events: Scope): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM swap_offers o JOIN shifts s ON s.id = o.shift_id
        WHERE o.status = 'pending_approval'
          AND ((s.center_id IS NOT NULL AND ($1::uuid[] IS NULL OR s.center_id = ANY($1::uuid[])))
            OR (s.event_id IS NOT NULL AND ($2::uuid[] IS NULL OR s.event_id = ANY($2::uuid[]))))`,
      [ids(centers), ids(events)],
    );
    return row.n;
  }

  /** Hour entries waiting for approval at these centers and events. */
  async pendingHours(centers: Scope, events: Scope): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM hour_entries h WHERE h.status = 'pending'
          AND ((h.center_id IS NOT NULL AND ($1::uuid[] IS NULL OR h.center_id = ANY($1::uuid[])))
            OR (h.event_id IS NOT NULL AND ($2::uuid[] IS NULL OR h.event_id = ANY($2::uuid[]))))`,
      [ids(centers), ids(events)],
    );
    return row.n;
  }

  /** Applications nobody has looked at yet (status submitted) that chose one of these centers. */
  async newApplications(centers: Scope): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM applications a WHERE a.status = 'submitted'
          AND ($1::uuid[] IS NULL OR EXISTS (SELECT 1 FROM application_centers c WHERE c.application_id = a.id AND c.center_id = ANY($1::uuid[])))`,
      [ids(centers)],
    );
    return row.n;
  }
}
