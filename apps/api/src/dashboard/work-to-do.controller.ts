import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { WorkToDoService } from './work-to-do.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class WorkToDoController {
  constructor(private readonly work: WorkToDoService) {}

  /** Counts of pending work in the caller's scope, each with the console screen that resolves it. */
  @Get('work-to-do')
  @Roles('admin', 'coordinator', 'organizer')
  workToDo(@CurrentUser() user: AuthUser) {
    return this.work.forActor(user);
  }
}
