import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import { whereInScope, type Scope } from '../common/scope';
import type { CenterListQueryDto } from './dto/center.dto';
import { CenterEntity } from './entities/center.entity';
import { CoordinatorCenterEntity } from './entities/coordinator-center.entity';
import type { NetworkNode } from './organisation.mapper';

export type CenterValues = Omit<CenterEntity, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class CentersRepository {
  constructor(
    @InjectRepository(CenterEntity) private readonly repo: Repository<CenterEntity>,
    @InjectRepository(CoordinatorCenterEntity) private readonly links: Repository<CoordinatorCenterEntity>,
  ) {}

  /** Every center as a tree node (not scoped: the network's shape and names are not personal data). */
  async network(): Promise<NetworkNode[]> {
    const rows = await this.repo.createQueryBuilder('c').select(['c.id', 'c.kind', 'c.parentId', 'c.nameAz', 'c.nameEn', 'c.nameRu']).getMany();
    return rows.map((c) => ({ id: c.id, kind: c.kind, parentId: c.parentId, name: { az: c.nameAz, en: c.nameEn, ru: c.nameRu } }));
  }

  /** The coordinators linked to a center, with the subtree flag. */
  async coordinatorLinks(centerId: string): Promise<{ userId: string; fullName: string; includesSubtree: boolean }[]> {
    return this.links.query(
      `SELECT cc.user_id AS "userId", u.full_name AS "fullName", cc.includes_subtree AS "includesSubtree"
         FROM coordinator_centers cc JOIN users u ON u.id = cc.user_id WHERE cc.center_id = $1 ORDER BY u.full_name`,
      [centerId],
    );
  }

  /** Links a coordinator (only a user holding the coordinator role) to a center, or updates the subtree flag; false when no such coordinator. */
  async setCoordinatorLink(centerId: string, userId: string, includesSubtree: boolean): Promise<boolean> {
    const rows: unknown[] = await this.links.query(
      `INSERT INTO coordinator_centers (user_id, center_id, includes_subtree)
         SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = $1 AND r.role = 'coordinator')
       ON CONFLICT (user_id, center_id) DO UPDATE SET includes_subtree = EXCLUDED.includes_subtree
       RETURNING user_id`,
      [userId, centerId, includesSubtree],
    );
    return rows.length > 0;
  }

  list(query: CenterListQueryDto, scope: Scope): Promise<[CenterEntity[], number]> {
    const qb = whereInScope(this.repo.createQueryBuilder('c'), 'c.id', scope);
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.region) qb.andWhere('c.region = :region', { region: query.region });
    if (query.parentId) qb.andWhere('c.parent_id = :parentId', { parentId: query.parentId });
    if (query.active !== undefined) qb.andWhere('c.active = :active', { active: query.active });
    if (query.q) {
      qb.andWhere('(c.name_az ILIKE :q OR c.name_en ILIKE :q OR c.name_ru ILIKE :q OR c.code ILIKE :q OR c.region ILIKE :q)', {
        q: `%${query.q}%`,
      });
    }
    return pageOf(qb, query, { name: 'c.name_az', code: 'c.code', kind: 'c.kind', region: 'c.region', active: 'c.active' }, 'name');
  }

  findOne(id: string, scope: Scope): Promise<CenterEntity | null> {
    return whereInScope(this.repo.createQueryBuilder('c'), 'c.id', scope).andWhere('c.id = :id', { id }).getOne();
  }

  async countExisting(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.repo.createQueryBuilder('c').where('c.id IN (:...ids)', { ids: [...ids] }).getCount();
  }

  async count(scope: Scope, onlyActive = false): Promise<number> {
    const qb = whereInScope(this.repo.createQueryBuilder('c'), 'c.id', scope);
    if (onlyActive) qb.andWhere('c.active');
    return qb.getCount();
  }

  insert(values: CenterValues): Promise<CenterEntity> {
    return this.repo.save(this.repo.create(values));
  }

  async update(entity: CenterEntity, values: Partial<CenterValues>): Promise<CenterEntity> {
    return this.repo.save(this.repo.merge(entity, values));
  }

  async remove(entity: CenterEntity): Promise<void> {
    await this.repo.delete({ id: entity.id });
  }
}
