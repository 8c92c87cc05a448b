import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { AccreditationService } from './accreditation.service';
import { BadgePdfQueryDto, ReprintBadgeDto, SaveZonesDto, ScanDto } from './dto/accreditation.dto';

const requestIdOf = (req: Request & { id?: unknown }) => (req.id ? String(req.id) : undefined);

/** An event's zones and badges: admins and the event's organisers (docs/accreditation.md). */
@ApiTags('accreditation')
@ApiBearerAuth()
@Controller('events/:id/accreditation')
export class AccreditationController {
  constructor(private readonly accreditation: AccreditationService) {}

  @Get('zones') @Roles('admin', 'organizer')
  zones(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.accreditation.zones(u, id); }

  @Put('zones') @Roles('admin', 'organizer')
  saveZones(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SaveZonesDto, @Req() req: Request) {
    return this.accreditation.saveZones(u, id, dto, requestIdOf(req));
  }

  @Get('badges') @Roles('admin', 'organizer')
  badges(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.accreditation.badges(u, id); }

  @Get('badges/pdf') @Roles('admin', 'organizer') @ApiProduces('application/pdf')
  async pdf(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: BadgePdfQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const f = await this.accreditation.pdf(u, id, q, new Date(), requestIdOf(req));
    res.setHeader('Content-Type', f.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${f.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(f.body);
  }

  @Post('badges/reprint') @Roles('admin', 'organizer')
  reprint(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReprintBadgeDto, @Req() req: Request) {
    return this.accreditation.reprint(u, id, dto, new Date(), requestIdOf(req));
  }
}

/**
 * The door: staff scan a badge's QR (the console page /#/badge/<token> posts the token here, so it never sits in a
 * URL the server logs). Every scan is in the audit log.
 */
@ApiTags('accreditation')
@ApiBearerAuth()
@Controller('accreditation/scans')
export class AccreditationScanController {
  constructor(private readonly accreditation: AccreditationService) {}

  @Post() @Roles('admin', 'organizer') @HttpCode(200)
  scan(@CurrentUser() u: AuthUser, @Body() dto: ScanDto, @Req() req: Request) { return this.accreditation.scan(u, dto, new Date(), requestIdOf(req)); }
}
