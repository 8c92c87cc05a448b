import { Injectable } from '@nestjs/common';
import type { Role } from '@dost/domain';
import { EntityManager, QueryFailedError } from 'typeorm';
import { SessionsRepository } from '../auth/sessions.repository';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { PasswordHasher } from '../common/security/password-hasher';
import { OrganisationService } from '../organisation/organisation.service';
import type { CreateUserDto, UpdateUserDto, UserDto, UserListQueryDto } from './dto/user.dto';
import { VolunteerEntity } from '../people/entities/volunteer.entity';
import type { UserEntity } from './entities/user.entity';
import { AccountLinksService, DEFAULT_INVITER } from './account-links.service';
import { toUserDto } from './user.mapper';
import { UsersRepository, type UserWithAccess } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly organisation: OrganisationService,
    private readonly hasher: PasswordHasher,
    private readonly links: AccountLinksService,
  ) {}

  async list(query: UserListQueryDto): Promise<Page<UserDto>> {
    const [rows, total] = await this.users.list(query);
    return { data: rows.map(toUserDto), total };
  }

  async get(id: string): Promise<UserDto> {
    return toUserDto(await this.getWithAccess(id));
  }

  /** Without a password the user is invited: a set-password link is mailed in their language, in the same transaction. */
  async create(dto: CreateUserDto, actor?: Pick<AuthUser, 'id'>): Promise<UserDto> {
    await this.assertScopesExist(dto.centerIds, dto.eventIds);
    const passwordHash = dto.password ? await this.hasher.hash(dto.password) : null;
    const inviterName = passwordHash ? DEFAULT_INVITER : await this.nameOf(actor);
    const user = await this.uniqueEmail(() =>
      this.users.save(
        null,
        { email: dto.email, fullName: dto.fullName, locale: dto.locale ?? 'az', active: dto.active ?? true, passwordHash, demo: false },
        { roles: dto.roles, centerIds: dto.centerIds ?? [], eventIds: dto.eventIds ?? [] },
        passwordHash ? undefined : (em, saved) => this.links.invite(em, saved, inviterName),
      ),
    );
    return this.get(user.id);
  }

  /**
   * For other features (recruitment onboarding an applicant): creates a user with these roles inside the
   * caller's transaction and mails the invitation with it — a rollback creates and sends nothing.
   * 409 (`emailTaken`) surfaces as the unique-constraint error of that transaction.
   */
  async createInvited(
    em: EntityManager,
    values: { email: string; fullName: string; locale: 'az' | 'en' | 'ru'; roles: readonly Role[] },
    inviterName: string = DEFAULT_INVITER,
  ): Promise<{ id: string }> {
    const user = await this.users.insertIn(em, values, values.roles);
    await this.links.invite(em, user, inviterName);
    return { id: user.id };
  }

  /** For other features: (re)invites an existing user — also one created earlier in the caller's transaction. */
  async inviteExisting(em: EntityManager, userId: string, inviterName: string = DEFAULT_INVITER): Promise<void> {
    await this.links.inviteById(em, userId, inviterName);
  }

  /** Admin: a fresh link for a user who has not set a password yet (the previous link stops working). */
  async resendInvitation(id: string, actor: Pick<AuthUser, 'id'>): Promise<UserDto> {
    const current = await this.getWithAccess(id);
    if (current.user.passwordHash !== null) throw ApiProblem.conflict('detail.alreadyActivated');
    if (!current.user.active) throw ApiProblem.conflict('detail.inactiveUser');
    const inviterName = await this.nameOf(actor);
    await this.users.save(current.user, {}, {}, (em, saved) => this.links.invite(em, saved, inviterName));
    return this.get(id);
  }

  async update(id: string, dto: UpdateUserDto): Promise<UserDto> {
    const current = await this.getWithAccess(id);
    await this.assertScopesExist(dto.centerIds, dto.eventIds);
    const losesAdmin = current.roles.includes('admin') && ((dto.roles && !dto.roles.includes('admin')) || dto.active === false);
    if (losesAdmin && (await this.users.countActiveAdmins(id)) === 0) throw ApiProblem.conflict('detail.lastAdmin');
    const { roles, centerIds, eventIds, ...values } = dto;
    // The account's language is also the person record's: reminders and other shift mail read it there (docs/my-profile.md).
    const syncLocale = values.locale ? async (em: EntityManager, saved: UserEntity) => { await em.update(VolunteerEntity, { userId: saved.id }, { locale: saved.locale }); } : undefined;
    await this.uniqueEmail(() => this.users.save(current.user, values, { roles, centerIds, eventIds }, syncLocale));
    if (accessChanged(current, dto)) await this.sessions.revokeAllForUser(id, 'access_changed', new Date());
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const current = await this.getWithAccess(id);
    if (current.roles.includes('admin') && (await this.users.countActiveAdmins(id)) === 0) throw ApiProblem.conflict('detail.lastAdmin');
    await this.users.remove(id);
  }

  /** For auth: the account behind a login e-mail (null when none). */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email);
  }

  /** For auth: the user with roles and scopes, as a token grants them. */
  findWithAccess(id: string): Promise<UserWithAccess | null> {
    return this.users.findWithAccess(id);
  }

  /** The centers a coordinator's scope covers, subtrees included (UsersRepository.centerScope). */
  centerScope(id: string): Promise<string[]> {
    return this.users.centerScope(id);
  }

  async setPassword(id: string, password: string): Promise<void> {
    await this.users.setPasswordHash(id, await this.hasher.hash(password));
  }

  countByRole(): Promise<Record<string, number>> {
    return this.users.countByRole();
  }

  count(): Promise<number> {
    return this.users.count();
  }

  private async nameOf(actor: Pick<AuthUser, 'id'> | undefined): Promise<string> {
    const user = actor ? await this.users.findById(actor.id) : null;
    return user?.fullName ?? DEFAULT_INVITER;
  }

  private async getWithAccess(id: string): Promise<UserWithAccess> {
    const found = await this.users.findWithAccess(id);
    if (!found) throw ApiProblem.notFound();
    return found;
  }

  private async assertScopesExist(centerIds?: string[], eventIds?: string[]): Promise<void> {
    if (centerIds?.length) await this.organisation.assertCentersExist(centerIds);
    if (eventIds?.length) await this.organisation.assertEventsExist(eventIds);
  }

  private async uniqueEmail<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if (e instanceof QueryFailedError && (e as QueryFailedError & { constraint?: string }).constraint === 'users_email_key') {
        throw new ApiProblem(409, 'detail.emailTaken', {}, [{ field: 'email', code: 'emailTaken' }]);
      }
      throw e;
    }
  }
}

/** Roles, scopes or deactivation change what a token grants: such a change ends the user's sessions at once. */
function accessChanged(current: UserWithAccess, dto: UpdateUserDto): boolean {
  const differs = (a: readonly string[], b: readonly string[] | undefined) =>
    b !== undefined && (a.length !== new Set(b).size || a.some((x) => !b.includes(x)));
  return (
    dto.active === false ||
    differs(current.roles, dto.roles as Role[] | undefined) ||
    differs(current.centerIds, dto.centerIds) ||
    differs(current.eventIds, dto.eventIds)
  );
}
