import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@dost/domain';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import { CoordinatorCenterEntity } from '../organisation/entities/coordinator-center.entity';
import { EventOrganizerEntity } from '../organisation/entities/event-organizer.entity';
import type { UserListQueryDto } from './dto/user.dto';
import { UserRoleEntity } from './entities/user-role.entity';
import { UserEntity } from './entities/user.entity';

export interface UserWithAccess {
  user: UserEntity;
  roles: Role[];
  centerIds: string[];
  eventIds: string[];
}

export interface AccessValues {
  roles?: readonly Role[];
  centerIds?: readonly string[];
  eventIds?: readonly string[];
}

@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly repo: Repository<UserEntity>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findOne({ where: { email: email.trim().toLowerCase() } });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  async findWithAccess(id: string): Promise<UserWithAccess | null> {
    const user = await this.findById(id);
    if (!user) return null;
    const [withAccess] = await this.attachAccess([user]);
    return withAccess;
  }

  /**
   * The centers a coordinator's scope covers: their linked centers, plus every center below a link made
   * with `includes_subtree` (a regional coordinator). Resolved once per request at authentication, so every
   * scoped query (volunteers, shifts, hours, reports, the directory) follows the tree without knowing it.
   */
  async centerScope(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `WITH RECURSIVE tree AS (
         SELECT c.center_id AS id, c.includes_subtree AS deep, 0 AS depth FROM coordinator_centers c WHERE c.user_id = $1
         UNION
         SELECT ch.id, true, t.depth + 1 FROM tree t JOIN centers ch ON ch.parent_id = t.id WHERE t.deep AND t.depth < 10)
       SELECT DISTINCT id FROM tree`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  async list(query: UserListQueryDto): Promise<[UserWithAccess[], number]> {
    const qb = this.repo.createQueryBuilder('u');
    if (query.role) qb.andWhere('EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = :role)', { role: query.role });
    if (query.centerId) {
      qb.andWhere('EXISTS (SELECT 1 FROM coordinator_centers c WHERE c.user_id = u.id AND c.center_id = :centerId)', { centerId: query.centerId });
    }
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) qb.andWhere('(u.full_name ILIKE :q OR u.email ILIKE :q)', { q: `%${query.q}%` });
    const [users, total] = await pageOf(qb, query, { fullName: 'u.full_name', email: 'u.email', createdAt: 'u.created_at', active: 'u.active' }, 'fullName');
    return [await this.attachAccess(users), total];
  }

  /** Roles and scopes of several users in three queries (not three per user). */
  private async attachAccess(users: UserEntity[]): Promise<UserWithAccess[]> {
    if (users.length === 0) return [];
    const ids = users.map((u) => u.id);
    const [roles, centers, events] = await Promise.all([
      this.db.getRepository(UserRoleEntity).createQueryBuilder('r').where('r.user_id IN (:...ids)', { ids }).orderBy('r.role').getMany(),
      this.db.getRepository(CoordinatorCenterEntity).createQueryBuilder('c').where('c.user_id IN (:...ids)', { ids }).getMany(),
      this.db.getRepository(EventOrganizerEntity).createQueryBuilder('e').where('e.user_id IN (:...ids)', { ids }).getMany(),
    ]);
    return users.map((user) => ({
      user,
      roles: roles.filter((r) => r.userId === user.id).map((r) => r.role),
      centerIds: centers.filter((c) => c.userId === user.id).map((c) => c.centerId),
      eventIds: events.filter((e) => e.userId === user.id).map((e) => e.eventId),
    }));
  }

  /** Creates or updates a user with roles and scopes in one transaction; `afterWrite` runs inside it. */
  async save(
    user: UserEntity | null,
    values: Partial<UserEntity>,
    access: AccessValues,
    afterWrite?: (em: EntityManager, saved: UserEntity) => Promise<void>,
  ): Promise<UserEntity> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(UserEntity);
      const saved = await repo.save(user ? repo.merge(user, values) : repo.create(values));
      if (access.roles) {
        await em.delete(UserRoleEntity, { userId: saved.id });
        await em.insert(UserRoleEntity, [...new Set(access.roles)].map((role) => ({ userId: saved.id, role })));
      }
      if (access.centerIds) {
        // A kept center keeps its subtree flag (set under Centers → coordinators).
        const deep = new Set((await em.find(CoordinatorCenterEntity, { where: { userId: saved.id, includesSubtree: true } })).map((c) => c.centerId));
        await em.delete(CoordinatorCenterEntity, { userId: saved.id });
        const ids = [...new Set(access.centerIds)];
        if (ids.length) await em.insert(CoordinatorCenterEntity, ids.map((centerId) => ({ userId: saved.id, centerId, includesSubtree: deep.has(centerId) })));
      }
      if (access.eventIds) {
        await em.delete(EventOrganizerEntity, { userId: saved.id });
        const ids = [...new Set(access.eventIds)];
        if (ids.length) await em.insert(EventOrganizerEntity, ids.map((eventId) => ({ userId: saved.id, eventId })));
      }
      if (afterWrite) await afterWrite(em, saved);
      return saved;
    });
  }

  /** A new user with roles inside the caller's transaction (e.g. recruitment onboarding an applicant). */
  async insertIn(em: EntityManager, values: Pick<UserEntity, 'email' | 'fullName' | 'locale'>, roles: readonly Role[]): Promise<UserEntity> {
    const repo = em.getRepository(UserEntity);
    const saved = await repo.save(repo.create({ ...values, email: values.email.trim().toLowerCase(), passwordHash: null, active: true, demo: false }));
    await em.insert(UserRoleEntity, [...new Set(roles)].map((role) => ({ userId: saved.id, role })));
    return saved;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.repo.update({ id: userId }, { passwordHash });
  }

  async countActiveAdmins(exceptUserId?: string): Promise<number> {
    const qb = this.repo
      .createQueryBuilder('u')
      .innerJoin(UserRoleEntity, 'r', "r.user_id = u.id AND r.role = 'admin'")
      .where('u.active');
    if (exceptUserId) qb.andWhere('u.id <> :id', { id: exceptUserId });
    return qb.getCount();
  }

  async countByRole(): Promise<Record<string, number>> {
    const rows: { role: string; n: number }[] = await this.db.query(
      `SELECT r.role, count(*)::int AS n FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.active GROUP BY r.role`,
    );
    return Object.fromEntries(rows.map((r) => [r.role, r.n]));
  }

  async count(): Promise<number> {
    return this.repo.count();
  }

  async remove(id: string): Promise<void> {
    await this.repo.delete({ id });
  }
}
