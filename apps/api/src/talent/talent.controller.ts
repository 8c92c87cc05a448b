import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { localeFrom } from '../common/i18n/locale';
import { CreateSavedSearchDto, SavedSearchDto, SavedSearchListDto, TalentPoolPageDto, TalentPoolQueryDto, UpdateSavedSearchDto } from './dto/talent.dto';
import { TalentService } from './talent.service';

const requestIdOf = (req: Request & { id?: unknown }) => (req.id ? String(req.id) : undefined);

/**
 * HR's talent pool: alumni with a live job-pool consent, agency-wide. HR and admins only — coordinators,
 * organisers and volunteers get 403 (a coordinator rates their volunteers, never searches the pool).
 */
@ApiTags('talent')
@ApiBearerAuth()
@Controller('talent-pool')
export class TalentPoolController {
  constructor(private readonly talent: TalentService) {}

  @Get() @Roles('admin', 'hr')
  @ApiOkResponse({ type: TalentPoolPageDto })
  list(@Query() q: TalentPoolQueryDto) { return this.talent.search(q); }

  @Get('saved-searches') @Roles('admin', 'hr')
  @ApiOkResponse({ type: SavedSearchListDto })
  listSaved(@CurrentUser() u: AuthUser) { return this.talent.listSaved(u); }

  @Post('saved-searches') @Roles('admin', 'hr')
  @ApiOkResponse({ type: SavedSearchDto })
  createSaved(@CurrentUser() u: AuthUser, @Body() dto: CreateSavedSearchDto) { return this.talent.createSaved(u, dto); }

  @Get('saved-searches/:id') @Roles('admin', 'hr')
  @ApiOkResponse({ type: SavedSearchDto })
  oneSaved(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.talent.oneSaved(u, id); }

  @Patch('saved-searches/:id') @Roles('admin', 'hr')
  @ApiOkResponse({ type: SavedSearchDto })
  updateSaved(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSavedSearchDto) { return this.talent.updateSaved(u, id, dto); }

  @Delete('saved-searches/:id') @Roles('admin', 'hr') @HttpCode(204)
  async deleteSaved(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> { await this.talent.deleteSaved(u, id); }

  /** The evidence pack as page data; audited (talent.evidenceViewed). */
  @Get(':id/evidence') @Roles('admin', 'hr')
  evidence(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() req: Request) {
    return this.talent.evidencePack(u, id, requestIdOf(req));
  }

  /** The evidence pack as a PDF in the caller's language; audited (talent.evidenceDownloaded). */
  @Get(':id/evidence/pdf') @Roles('admin', 'hr') @ApiProduces('application/pdf')
  async evidencePdf(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const f = await this.talent.evidencePdf(u, id, localeFrom(req.headers['accept-language']), requestIdOf(req));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${f.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(f.body);
  }
}
