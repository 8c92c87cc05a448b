import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../common/scope';
import { PositionEntity } from './entities/position.entity';
import { ShiftPolicyEntity } from './entities/shift-policy.entity';
import { ShiftTemplateEntity } from './entities/shift-template.entity';
import { ShiftEntity } from './entities/shift.entity';

/** Where a staff member may act: centers and events (each 'all' or a list of ids). */
export interface StaffScope {
  centers: Scope;
  events: Scope;
}

export interface ShiftFilter {
  centerId?: string;
  eventId?: string;
  positionId?: string;
  from?: Date;
  to?: Date;
  status?: string;
}

/** Shifts, positions, templates, and policies (non-working days: the holidays module). Only this class and AssignmentsRepository touch TypeORM. */
@Injectable()
export class ShiftsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private scoped<T extends ShiftEntity | PositionEntity>(qb: SelectQueryBuilder<T>, alias: string, scope: StaffScope): SelectQueryBuilder<T> {
    const part = (column: string, s: Scope, name: string): string | null => {
      if (s === 'all') return `${alias}.${column} IS NOT NULL`;
      if (s.length === 0) return null;
      qb.setParameter(name, [...s]);
      return `${alias}.${column} IN (:...${name})`;
    };
    const parts = [part('center_id', scope.centers, 'scopeCenters'), part('event_id', scope.events, 'scopeEvents')].filter((p): p is string => !!p);
    if (parts.length === 0) return qb.andWhere('1 = 0');
    return qb.andWhere(new Brackets((w) => parts.forEach((p, i) => (i === 0 ? w.where(p) : w.orWhere(p)))));
  }

  private shiftQuery(em: EntityManager = this.db.manager): SelectQueryBuilder<ShiftEntity> {
    return em
      .getRepository(ShiftEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.position', 'p')
      .leftJoinAndSelect('s.center', 'c')
      .leftJoinAndSelect('s.event', 'e');
  }

  // ——— shifts ———

  async listShifts(filter: ShiftFilter, scope: StaffScope, page: { skip: number; take: number } | null): Promise<[ShiftEntity[], number]> {
    const qb = this.scoped(this.shiftQuery(), 's', scope);
    if (filter.centerId) qb.andWhere('s.center_id = :centerId', { centerId: filter.centerId });
    if (filter.eventId) qb.andWhere('s.event_id = :eventId', { eventId: filter.eventId });
    if (filter.positionId) qb.andWhere('s.position_id = :positionId', { positionId: filter.positionId });
    if (filter.from) qb.andWhere('s.ends_at > :from', { from: filter.from });
    if (filter.to) qb.andWhere('s.starts_at < :to', { to: filter.to });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    qb.orderBy('s.starts_at', 'ASC').addOrderBy('p.name_az', 'ASC').addOrderBy('s.id', 'ASC');
    if (!page) return qb.getManyAndCount();
    const [rows, total] = await Promise.all([qb.clone().offset(page.skip).limit(page.take).getMany(), qb.clone().getCount()]);
    return [rows, total];
  }

  findShift(id: string, scope: StaffScope | 'any', em?: EntityManager): Promise<ShiftEntity | null> {
    const qb = this.shiftQuery(em).where('s.id = :id', { id });
    if (scope !== 'any') this.scoped(qb, 's', scope);
    return qb.getOne();
  }

  /** Published, open shifts not yet started, for the volunteer's list. */
  async listOpenShifts(
    filter: { centerId?: string; positionId?: string; from: Date; to?: Date; ownCentersOf?: string; openNowFor?: { volunteerId: string; now: Date } },
    page: { skip: number; take: number },
  ): Promise<[ShiftEntity[], number]> {
    const qb = this.shiftQuery()
      .where(`s.status = 'published' AND s.visibility = 'open'`)
      .andWhere('s.starts_at > :from', { from: filter.from });
    if (filter.to) qb.andWhere('s.starts_at < :to', { to: filter.to });
    if (filter.centerId) qb.andWhere('s.center_id = :centerId', { centerId: filter.centerId });
    if (filter.positionId) qb.andWhere('s.position_id = :positionId', { positionId: filter.positionId });
    // The volunteer's own centers (home and preferred); event shifts belong to no center and stay.
    if (filter.ownCentersOf) {
      qb.andWhere(
        `(s.center_id IS NULL OR s.center_id IN (SELECT v.home_center_id FROM volunteers v WHERE v.id = :own AND v.home_center_id IS NOT NULL
           UNION SELECT pc.center_id FROM volunteer_preferred_centers pc WHERE pc.volunteer_id = :own))`,
        { own: filter.ownCentersOf },
      );
    }
    // Open for sign-up now and not full — unless the volunteer already holds a place or waits on it.
    if (filter.openNowFor) {
      qb.andWhere(
        `((s.signup_opens_days_before IS NULL OR s.starts_at - s.signup_opens_days_before * interval '24 hours' <= :openNow) AND s.assigned_count < s.slots
           OR EXISTS (SELECT 1 FROM shift_assignments oa WHERE oa.shift_id = s.id AND oa.volunteer_id = :openVolunteer AND oa.status IN ('assigned', 'waitlisted')))`,
        { openNow: filter.openNowFor.now, openVolunteer: filter.openNowFor.volunteerId },
      );
    }
    // limit/offset, not skip/take: every join is many-to-one, so TypeORM's two-step distinct paging is not needed.
    // The total rides along as a window count (one statement, no COUNT(DISTINCT …) over the joins — issue 17);
    // only a page past the end, which has no row to carry it, costs a plain count.
    const { entities, raw } = await qb
      .clone()
      .addSelect('count(*) OVER ()', 'total_count')
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .offset(page.skip)
      .limit(page.take)
      .getRawAndEntities<{ total_count: string }>();
    if (raw.length) return [entities, Number(raw[0].total_count)];
    if (page.skip === 0) return [[], 0];
    // Same conditions as the page (own centers, open now) — a plain count of the builder.
    const n = await qb.clone().getCount();
    return [[], n];
  }

  /** Centers that have at least one shift in the volunteer's open list: the choices of its center filter. */
  async openShiftCenters(from: Date): Promise<{ id: string; nameAz: string; nameEn: string; nameRu: string }[]> {
    const rows: { id: string; name_az: string; name_en: string; name_ru: string }[] = await this.shiftQuery()
      .select(['c.id AS id', 'c.name_az AS name_az', 'c.name_en AS name_en', 'c.name_ru AS name_ru'])
      .where(`s.status = 'published' AND s.visibility = 'open' AND s.center_id IS NOT NULL`)
      .andWhere('s.starts_at > :from', { from })
      .groupBy('c.id')
      .orderBy('c.name_az', 'ASC')
      .getRawMany();
    return rows.map((r) => ({ id: r.id, nameAz: r.name_az, nameEn: r.name_en, nameRu: r.name_ru }));
  }

  async insertShift(em: EntityManager, values: Partial<ShiftEntity>): Promise<string> {
    const saved = await em.getRepository(ShiftEntity).save(em.getRepository(ShiftEntity).create(values));
    return saved.id;
  }

  async updateShift(em: EntityManager, id: string, values: Partial<ShiftEntity>): Promise<void> {
    await em.getRepository(ShiftEntity).update({ id }, values);
  }

  /**
   * Claims one slot: the guarded UPDATE takes the row lock, and a concurrent claimer re-checks the
   * condition after the first commits (READ COMMITTED re-evaluation), so the count never passes `slots`.
   */
  async claimSlot(em: EntityManager, shiftId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await em.query(
      `UPDATE shifts SET assigned_count = assigned_count + 1, updated_at = now()
        WHERE id = $1 AND status = 'published' AND assigned_count < slots`,
      [shiftId],
    );
    return affected === 1;
  }

  async releaseSlot(em: EntityManager, shiftId: string): Promise<void> {
    await em.query(`UPDATE shifts SET assigned_count = assigned_count - 1, updated_at = now() WHERE id = $1 AND assigned_count > 0`, [shiftId]);
  }

  /** Locks the shift row (cancel, edit, promotion) so fills and edits do not interleave. */
  async lockShift(em: EntityManager, shiftId: string): Promise<void> {
    await em.query(`SELECT id FROM shifts WHERE id = $1 FOR UPDATE`, [shiftId]);
  }

  // ——— generated shifts ———

  async templateShiftsInRange(em: EntityManager, templateId: string, from: Date, to: Date): Promise<{ id: string; startsAt: Date; hasPeople: boolean }[]> {
    const rows: { id: string; starts_at: Date; has_people: boolean }[] = await em.query(
      `SELECT s.id, s.starts_at,
              EXISTS (SELECT 1 FROM shift_assignments a WHERE a.shift_id = s.id) AS has_people
         FROM shifts s WHERE s.template_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3`,
      [templateId, from, to],
    );
    return rows.map((r) => ({ id: r.id, startsAt: new Date(r.starts_at), hasPeople: r.has_people }));
  }

  async deleteShifts(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length) await em.query(`DELETE FROM shifts WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  async insertShifts(em: EntityManager, values: Partial<ShiftEntity>[]): Promise<number> {
    let n = 0;
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      const res = await em.createQueryBuilder().insert().into(ShiftEntity).values(chunk).orIgnore().execute();
      n += res.identifiers.filter(Boolean).length;
    }
    return n;
  }

  // ——— positions ———

  listPositions(filter: { centerId?: string; eventId?: string }, scope: StaffScope): Promise<PositionEntity[]> {
    const qb = this.scoped(this.db.getRepository(PositionEntity).createQueryBuilder('s'), 's', scope);
    if (filter.centerId) qb.andWhere('s.center_id = :centerId', { centerId: filter.centerId });
    if (filter.eventId) qb.andWhere('s.event_id = :eventId', { eventId: filter.eventId });
    return qb.orderBy('s.name_az', 'ASC').getMany();
  }

  /** Positions of open shifts are public to volunteers (names and requirements only). */
  listPositionsOf(filter: { centerId?: string; eventId?: string }): Promise<PositionEntity[]> {
    const qb = this.db.getRepository(PositionEntity).createQueryBuilder('p').where('p.active');
    if (filter.centerId) qb.andWhere('p.center_id = :centerId', { centerId: filter.centerId });
    if (filter.eventId) qb.andWhere('p.event_id = :eventId', { eventId: filter.eventId });
    return qb.orderBy('p.name_az', 'ASC').getMany();
  }

  findPosition(id: string, scope: StaffScope | 'any'): Promise<PositionEntity | null> {
    const qb = this.db.getRepository(PositionEntity).createQueryBuilder('s').where('s.id = :id', { id });
    if (scope !== 'any') this.scoped(qb, 's', scope);
    return qb.getOne();
  }

  savePosition(entity: Partial<PositionEntity>): Promise<PositionEntity> {
    return this.db.getRepository(PositionEntity).save(entity);
  }

  // ——— templates ———

  listTemplates(centerIds: Scope, centerId?: string): Promise<ShiftTemplateEntity[]> {
    const qb = this.db.getRepository(ShiftTemplateEntity).createQueryBuilder('t').innerJoinAndSelect('t.position', 'p');
    if (centerIds !== 'all') qb.andWhere(centerIds.length ? 't.center_id IN (:...cs)' : '1 = 0', { cs: [...centerIds] });
    if (centerId) qb.andWhere('t.center_id = :centerId', { centerId });
    return qb.orderBy('t.start_time', 'ASC').addOrderBy('p.name_az', 'ASC').getMany();
  }

  findTemplate(id: string, centerIds: Scope): Promise<ShiftTemplateEntity | null> {
    const qb = this.db.getRepository(ShiftTemplateEntity).createQueryBuilder('t').innerJoinAndSelect('t.position', 'p').where('t.id = :id', { id });
    if (centerIds !== 'all') qb.andWhere(centerIds.length ? 't.center_id IN (:...cs)' : '1 = 0', { cs: [...centerIds] });
    return qb.getOne();
  }

  saveTemplate(entity: Partial<ShiftTemplateEntity>): Promise<ShiftTemplateEntity> {
    return this.db.getRepository(ShiftTemplateEntity).save(entity);
  }

  /** Changes an existing template only (save() would re-create one deleted meanwhile); false when it is gone. */
  async updateTemplate(id: string, values: Partial<ShiftTemplateEntity>): Promise<boolean> {
    const { id: _id, createdAt: _created, ...changes } = values as Partial<ShiftTemplateEntity> & { createdAt?: Date };
    return ((await this.db.getRepository(ShiftTemplateEntity).update({ id }, changes as never)).affected ?? 0) > 0;
  }

  async deleteTemplate(id: string): Promise<void> {
    await this.db.getRepository(ShiftTemplateEntity).delete({ id });
  }

  // ——— policies ———

  async policyFor(owner: { centerId: string | null; eventId: string | null }, em: EntityManager = this.db.manager): Promise<ShiftPolicyEntity | null> {
    return em.getRepository(ShiftPolicyEntity).findOne({ where: owner.centerId ? { centerId: owner.centerId } : { eventId: owner.eventId ?? '' } });
  }

  async savePolicy(values: Partial<ShiftPolicyEntity> & { centerId: string | null; eventId: string | null }): Promise<ShiftPolicyEntity> {
    const existing = await this.policyFor(values);
    const repo = this.db.getRepository(ShiftPolicyEntity);
    return repo.save(existing ? repo.merge(existing, values) : repo.create(values));
  }
}
