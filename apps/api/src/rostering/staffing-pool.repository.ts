import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { regionalAncestor, type CenterKind, type StaffingPlace } from '@dost/domain';
import { DataSource, EntityManager } from 'typeorm';
import { EventStaffingAreaEntity } from './entities/event-staffing-area.entity';

export interface StaffingArea {
  regions: string[];
  centerIds: string[];
}

/**
 * What the staffing-pool rule (`staffingPoolVerdict` in @dost/domain) needs from the database: the
 * volunteers' preferred centers, the centers' regions and the events' chosen areas.
 */
@Injectable()
export class StaffingPoolRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async preferredCenters(volunteerIds: readonly string[], em: EntityManager = this.db.manager): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!volunteerIds.length) return out;
    const rows: { volunteerId: string; centerId: string }[] = await em.query(
      `SELECT volunteer_id AS "volunteerId", center_id AS "centerId" FROM volunteer_preferred_centers WHERE volunteer_id = ANY($1::uuid[])`,
      [[...volunteerIds]],
    );
    for (const r of rows) out.set(r.volunteerId, [...(out.get(r.volunteerId) ?? []), r.centerId]);
    return out;
  }

  /**
   * Each center's region: the `region` of its top regional ancestor in the network tree (@dost/domain
   * `regionalAncestor`), so a district branch or Smart DOST point hung under a regional center belongs to that
   * center's region; a center with no regional ancestor keeps its own `region`.
   */
  async centerRegions(em: EntityManager = this.db.manager): Promise<Map<string, string>> {
    const rows: CenterRegionRow[] = await em.query(`SELECT id, kind, parent_id AS "parentId", region FROM centers`);
    return regionsOf(rows);
  }

  async eventAreas(eventIds: readonly string[], em: EntityManager = this.db.manager): Promise<Map<string, StaffingArea>> {
    if (!eventIds.length) return new Map();
    const rows = await em.getRepository(EventStaffingAreaEntity).createQueryBuilder('a').where('a.event_id IN (:...ids)', { ids: [...new Set(eventIds)] }).getMany();
    return new Map(rows.map((r) => [r.eventId, { regions: r.regions ?? [], centerIds: r.centerIds ?? [] }]));
  }

  async eventArea(eventId: string, em: EntityManager = this.db.manager): Promise<StaffingArea> {
    return (await this.eventAreas([eventId], em)).get(eventId) ?? { regions: [], centerIds: [] };
  }

  async saveEventArea(eventId: string, area: StaffingArea, em: EntityManager = this.db.manager): Promise<void> {
    await em.getRepository(EventStaffingAreaEntity).upsert({ eventId, regions: area.regions, centerIds: area.centerIds }, ['eventId']);
  }

  /** The regions there are (for the organiser's choice), with how many active centers each has. */
  async regions(): Promise<{ region: string; centers: { id: string; nameAz: string; nameEn: string; nameRu: string }[] }[]> {
    const rows: { id: string; region: string; nameAz: string; nameEn: string; nameRu: string }[] = await this.db.query(
      `SELECT id, region, name_az AS "nameAz", name_en AS "nameEn", name_ru AS "nameRu" FROM centers WHERE active ORDER BY region, name_az`,
    );
    const out = new Map<string, { id: string; nameAz: string; nameEn: string; nameRu: string }[]>();
    for (const { region, ...c } of rows) out.set(region, [...(out.get(region) ?? []), c]);
    return [...out].map(([region, centers]) => ({ region, centers }));
  }
}

/** Where a shift takes place, for the pool rule. */
export interface CenterRegionRow {
  id: string;
  kind: CenterKind;
  parentId: string | null;
  region: string;
}

/** Each center's region from the rows of `centers` (see centerRegions); also fed by the hot paths' one-statement loads. */
export function regionsOf(rows: readonly CenterRegionRow[]): Map<string, string> {
  const own = new Map(rows.map((r) => [r.id, r.region]));
  return new Map(rows.map((r) => [r.id, own.get(regionalAncestor(rows as CenterRegionRow[], r.id) ?? r.id) ?? r.region]));
}

export function placeOf(shift: { centerId: string | null; eventId: string | null }, areas: Map<string, StaffingArea>): StaffingPlace {
  if (shift.centerId) return { kind: 'center', centerId: shift.centerId };
  const area = areas.get(shift.eventId ?? '') ?? { regions: [], centerIds: [] };
  return { kind: 'event', regions: area.regions, centerIds: area.centerIds };
}
