import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import type { Page } from '../common/http/list-query.dto';
import { CenterDto, CenterListQueryDto, CoordinatorLinkDto, CoordinatorLinkViewDto, CreateCenterDto, UpdateCenterDto } from './dto/center.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('centers')
@ApiBearerAuth()
@Controller('centers')
export class CentersController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Roles('admin', 'hr', 'coordinator')
  list(@CurrentUser() user: AuthUser, @Query() query: CenterListQueryDto): Promise<Page<CenterDto>> {
    return this.organisation.listCenters(user, query);
  }

  @Get(':id')
  @Roles('admin', 'hr', 'coordinator')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CenterDto> {
    return this.organisation.getCenter(user, id);
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateCenterDto): Promise<CenterDto> {
    return this.organisation.createCenter(dto);
  }

  @Patch(':id')
  @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCenterDto): Promise<CenterDto> {
    return this.organisation.updateCenter(id, dto);
  }

  @Get(':id/coordinators')
  @Roles('admin')
  coordinators(@Param('id', ParseUUIDPipe) id: string): Promise<CoordinatorLinkViewDto[]> {
    return this.organisation.coordinators(id);
  }

  /** Links a coordinator to the center; `includesSubtree` gives them every center below it too (a regional coordinator). */
  @Put(':id/coordinators/:userId')
  @Roles('admin')
  setCoordinator(
    @Param('id', ParseUUIDPipe) id: string, @Param('userId', ParseUUIDPipe) userId: string, @Body() dto: CoordinatorLinkDto,
  ): Promise<CoordinatorLinkViewDto[]> {
    return this.organisation.setCoordinator(id, userId, dto.includesSubtree);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.organisation.deleteCenter(id);
  }
}
