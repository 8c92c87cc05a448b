import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { REPORT_FORMATS, REPORT_TABLES, type ReportFormat, type ReportTable } from '../reports.types';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `?format=csv|xlsx` turns any report into a download; `envelope=true` answers JSON with the file in base64 (the console). */
export class ReportExportQueryDto {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'A download instead of JSON' })
  @IsOptional() @IsIn(REPORT_FORMATS) format?: ReportFormat;

  @ApiPropertyOptional({ enum: REPORT_TABLES, description: 'Which table to export (CSV: default the first; XLSX: default all, one sheet each)' })
  @IsOptional() @IsIn(REPORT_TABLES) table?: ReportTable;

  @ApiPropertyOptional({ description: 'true: answer JSON {filename, contentType, base64} (for the console, whose token is not a cookie)' })
  @IsOptional() @IsIn(['true', 'false']) envelope?: string;
}

export class MonthRangeQueryDto extends ReportExportQueryDto {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month, YYYY-MM (default: 11 months before `to`)' })
  @IsOptional() @Matches(YEAR_MONTH, { message: 'yearMonth' }) @MaxLength(7) from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month, YYYY-MM, included (default: this month in Baku)' })
  @IsOptional() @Matches(YEAR_MONTH, { message: 'yearMonth' }) @MaxLength(7) to?: string;
}
