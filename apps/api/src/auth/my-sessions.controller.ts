import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { ApiProblem } from '../common/http/api-problem';
import { describeDevice } from './device';
import { SessionsRepository } from './sessions.repository';

export class MySessionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Chrome' }) browser!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Android' }) os!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Address at login or at the last refresh (TRUST_PROXY decides whether X-Forwarded-For counts)' }) ip!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Login or the last token refresh (about every 15 minutes while in use)' }) lastUsedAt!: string;
  @ApiProperty({ description: 'The session of this request' }) current!: boolean;
}

export class RevokedCountDto {
  @ApiProperty() revoked!: number;
}

/** "My sessions": every signed-in device of the caller; sign out one, or every other. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me/sessions')
export class MySessionsController {
  constructor(private readonly sessions: SessionsRepository) {}

  @Get()
  async list(@CurrentUser() user: AuthUser): Promise<MySessionDto[]> {
    const rows = await this.sessions.listLive(user.id, new Date());
    return rows.map((s) => ({
      id: s.id,
      ...describeDevice(s.userAgent),
      ip: s.ip,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      current: s.id === user.sessionId,
    }));
  }

  /** Ends one of the caller's sessions at once (its access token stops working; its refresh fails). */
  @Delete(':id')
  @HttpCode(204)
  async revoke(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    if (!(await this.sessions.revokeOwn(user.id, id, 'signed_out_by_user', new Date()))) throw ApiProblem.notFound();
  }

  @Post('revoke-others')
  async revokeOthers(@CurrentUser() user: AuthUser): Promise<RevokedCountDto> {
    return { revoked: await this.sessions.revokeAllForUser(user.id, 'signed_out_by_user', new Date(), user.sessionId) };
  }
}
