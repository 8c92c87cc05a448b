import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import { whereInScope, type Scope } from '../common/scope';
import type { CenterListQueryDto } from './dto/center.dto';
import { CenterEntity } from './entities/center.entity';

export type CenterValues = Omit<CenterEntity, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class CentersRepository {
  constructor(@InjectRepository(CenterEntity) private readonly repo: Repository<CenterEntity>) {}

  list(query: CenterListQueryDto, scope: Scope): Promise<[CenterEntity[], number]> {
    const qb = whereInScope(this.repo.createQueryBuilder('c'), 'c.id', scope);
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.region) qb.andWhere('c.region = :region', { region: query.region });
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
