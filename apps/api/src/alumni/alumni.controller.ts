import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { AlumniService, type CvFile } from './alumni.service';
import { CareerProfileService, type UploadedCv } from './career-profile.service';
import { CvUploadInterceptor } from './cv-upload.interceptor';
import {
  AlumnusRatingsDto, BecomeAlumniDto, CenterOptionDto, BecomeAlumniResultDto, CareerProfileDto, ConsentStateDto, CreateRatingDto, GiveConsentDto,
  RateableQueryDto, RateableVolunteerDto, RatingAggregateDto, RatingDto, RatingsGivenQueryDto, UpdateCareerProfileDto,
} from './dto/alumni.dto';
import { RatingsService } from './ratings.service';

function sendPdf(res: Response, f: CvFile): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="cv.pdf"; filename*=UTF-8''${encodeURIComponent(f.filename)}`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(f.body);
}

/** The alumnus's own career profile (docs/alumni.md). */
@ApiTags('alumni')
@ApiBearerAuth()
@Controller('me/career')
export class MyCareerController {
  constructor(private readonly career: CareerProfileService) {}

  @Get() @Roles('volunteer')
  get(@CurrentUser() u: AuthUser): Promise<CareerProfileDto> { return this.career.get(u); }

  @Put() @Roles('volunteer')
  update(@CurrentUser() u: AuthUser, @Body() dto: UpdateCareerProfileDto): Promise<CareerProfileDto> { return this.career.update(u, dto); }

  @Get('centers') @Roles('volunteer')
  centers(@CurrentUser() u: AuthUser): Promise<CenterOptionDto[]> { return this.career.centers(u); }

  @Get('consent') @Roles('volunteer')
  consent(@CurrentUser() u: AuthUser): Promise<ConsentStateDto> { return this.career.consent(u); }

  @Post('consent') @Roles('volunteer') @HttpCode(200)
  give(@CurrentUser() u: AuthUser, @Body() dto: GiveConsentDto): Promise<ConsentStateDto> { return this.career.give(u, dto); }

  @Post('consent/withdraw') @Roles('volunteer') @HttpCode(200)
  withdraw(@CurrentUser() u: AuthUser): Promise<ConsentStateDto> { return this.career.withdraw(u); }

  @Post('cv') @Roles('volunteer') @HttpCode(200)
  @UseInterceptors(CvUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', maxLength: 5242880, description: 'a PDF, at most 5 MB' } } } })
  uploadCv(@CurrentUser() u: AuthUser, @UploadedFile() file: UploadedCv | undefined): Promise<CareerProfileDto> { return this.career.uploadCv(u, file); }

  @Get('cv') @Roles('volunteer') @ApiProduces('application/pdf')
  async downloadCv(@CurrentUser() u: AuthUser, @Res() res: Response): Promise<void> { sendPdf(res, await this.career.downloadCv(u)); }

  @Delete('cv') @Roles('volunteer')
  removeCv(@CurrentUser() u: AuthUser): Promise<CareerProfileDto> { return this.career.removeCv(u); }

  @Get('ratings') @Roles('volunteer')
  ratings(@CurrentUser() u: AuthUser): Promise<RatingAggregateDto> { return this.career.ratings(u); }
}

/** Staff: a coordinator's decision that a person completed the programme; HR's reads of consenting alumni. */
@ApiTags('alumni')
@ApiBearerAuth()
@Controller()
export class AlumniController {
  constructor(private readonly alumni: AlumniService) {}

  @Post('volunteers/:id/alumni') @Roles('admin', 'coordinator')
  decide(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: BecomeAlumniDto): Promise<BecomeAlumniResultDto> {
    return this.alumni.decide(u, id, dto);
  }

  @Get('alumni/:id/ratings') @Roles('admin', 'hr')
  ratings(@Param('id', ParseUUIDPipe) id: string): Promise<AlumnusRatingsDto> { return this.alumni.ratingsForHr(id); }

  @Get('alumni/:id/cv') @Roles('admin', 'hr') @ApiProduces('application/pdf')
  async cv(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() req: Request & { id?: string }, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.alumni.cvForHr(u, id, req.id ? String(req.id) : undefined));
  }
}

/** Coordinator feedback on volunteers. */
@ApiTags('alumni')
@ApiBearerAuth()
@Controller('volunteer-ratings')
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Post() @Roles('admin', 'coordinator', 'organizer')
  create(@CurrentUser() u: AuthUser, @Body() dto: CreateRatingDto): Promise<RatingDto> { return this.ratings.create(u, dto); }

  @Get('given') @Roles('admin', 'coordinator', 'organizer')
  given(@CurrentUser() u: AuthUser, @Query() q: RatingsGivenQueryDto) { return this.ratings.given(u, q); }

  @Get('rateable') @Roles('admin', 'coordinator', 'organizer')
  rateable(@CurrentUser() u: AuthUser, @Query() q: RateableQueryDto): Promise<RateableVolunteerDto[]> { return this.ratings.rateable(u, q); }
}
