import type { UserDto } from './dto/user.dto';
import type { UserWithAccess } from './users.repository';

export function toUserDto(u: UserWithAccess): UserDto {
  return {
    id: u.user.id,
    email: u.user.email,
    fullName: u.user.fullName,
    locale: u.user.locale,
    active: u.user.active,
    invited: u.user.passwordHash === null,
    roles: u.roles,
    centerIds: u.centerIds,
    eventIds: u.eventIds,
    demo: u.user.demo,
    createdAt: u.user.createdAt.toISOString(),
  };
}
