import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import type { Page } from '../common/http/list-query.dto';
import { CreateIntakeDto, CreateSlotDto, IntakeListQueryDto, UpdateIntakeDto } from './dto/intake.dto';
import { IntakesService, type SlotDto } from './intakes.service';
import type { IntakeDto } from './recruitment.mapper';

@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('intakes')
@Roles('admin', 'hr', 'coordinator')
export class IntakesController {
  constructor(private readonly intakes: IntakesService) {}

  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: IntakeListQueryDto): Promise<Page<IntakeDto>> {
    return this.intakes.list(actor, query);
  }

  @Get(':id')
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<IntakeDto> {
    return this.intakes.get(actor, id);
  }

  @Post()
  @Roles('admin', 'coordinator')
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateIntakeDto): Promise<IntakeDto> {
    return this.intakes.create(actor, dto);
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateIntakeDto): Promise<IntakeDto> {
    return this.intakes.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'coordinator')
  remove(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.intakes.remove(actor, id);
  }

  @Get(':id/interview-slots')
  slots(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<SlotDto[]> {
    return this.intakes.slots(actor, id);
  }

  @Post(':id/interview-slots')
  @Roles('admin', 'coordinator')
  addSlot(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateSlotDto): Promise<SlotDto> {
    return this.intakes.addSlot(actor, id, dto);
  }
}

@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('interview-slots')
@Roles('admin', 'coordinator')
export class InterviewSlotsController {
  constructor(private readonly intakes: IntakesService) {}

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.intakes.removeSlot(actor, id);
  }
}
