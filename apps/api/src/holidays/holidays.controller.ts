import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { CalendarYearDto, ConfirmYearDto, DaysRangeQueryDto, NonWorkingDayDto, NonWorkingDayViewDto, OverrideDto } from './dto/holidays.dto';
import { HolidaysService } from './holidays.service';

const DATE_PARAM = { name: 'date', schema: { type: 'string' as const, format: 'date', maxLength: 10 } };

/** Non-working days: computed by the Labour Code for any year, corrected per date by admins. */
@ApiTags('non-working-days')
@ApiBearerAuth()
@Controller()
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Get('non-working-days') @Roles('admin', 'coordinator', 'organizer', 'hr')
  days(@Query() q: DaysRangeQueryDto) { return this.holidays.list(q.from, q.to); }

  @Put('non-working-days') @Roles('admin')
  saveDay(@CurrentUser() u: AuthUser, @Body() dto: NonWorkingDayDto): Promise<NonWorkingDayViewDto> { return this.holidays.putDay(u, dto); }

  @Delete('non-working-days/:date') @Roles('admin') @HttpCode(204) @ApiParam(DATE_PARAM)
  deleteDay(@CurrentUser() u: AuthUser, @Param('date') date: string): Promise<void> { return this.holidays.makeWorkingDay(u, date); }

  @Get('calendar/years/:year') @Roles('admin', 'coordinator', 'organizer', 'hr')
  @ApiParam({ name: 'year', schema: { type: 'integer', format: 'int32', minimum: 2000, maximum: 2100 } })
  year(@Param('year', ParseIntPipe) year: number): Promise<CalendarYearDto> { return this.holidays.year(year); }

  @Put('calendar/years/:year') @Roles('admin')
  @ApiParam({ name: 'year', schema: { type: 'integer', format: 'int32', minimum: 2000, maximum: 2100 } })
  confirm(@CurrentUser() u: AuthUser, @Param('year', ParseIntPipe) year: number, @Body() dto: ConfirmYearDto): Promise<CalendarYearDto> {
    return this.holidays.confirmYear(u, year, dto.confirmed);
  }

  @Put('calendar/overrides/:date') @Roles('admin') @ApiParam(DATE_PARAM)
  setOverride(@CurrentUser() u: AuthUser, @Param('date') date: string, @Body() dto: OverrideDto): Promise<CalendarYearDto> {
    return this.holidays.setOverride(u, date, dto);
  }

  @Delete('calendar/overrides/:date') @Roles('admin') @HttpCode(204) @ApiParam(DATE_PARAM)
  clearOverride(@Param('date') date: string): Promise<void> { return this.holidays.clearOverride(date); }
}
