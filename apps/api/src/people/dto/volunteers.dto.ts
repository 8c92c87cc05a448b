import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CEFR_LEVELS, VOLUNTEER_STATUSES, type CefrLevel, type VolunteerStatus } from '@dost/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';

export const DIRECTORY_SORTS = ['fullName', 'status', 'approvedMinutes', 'lastShiftAt', 'createdAt'] as const;

/** `?q=&language=ru&minLevel=B2&qualification=protocol&status=active&homeCenterId=` on top of the list convention. */
export class VolunteerDirectoryQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'ISO 639-1 code of a language the person speaks', example: 'ru' })
  @IsOptional() @IsString() @Matches(/^[a-z]{2}$/) @MaxLength(2)
  language?: string;

  @ApiPropertyOptional({ enum: CEFR_LEVELS, description: 'With `language`: at least this level' })
  @IsOptional() @IsIn(CEFR_LEVELS)
  minLevel?: CefrLevel;

  @ApiPropertyOptional({ description: 'Code of a qualification the person holds and that is valid today', example: 'protocol' })
  @IsOptional() @IsString() @MaxLength(60)
  qualification?: string;

  @ApiPropertyOptional({ enum: VOLUNTEER_STATUSES })
  @IsOptional() @IsIn(VOLUNTEER_STATUSES)
  status?: VolunteerStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Home center, with every center under it in the network tree (a regional center rolls its region up)' })
  @IsOptional() @IsUUID()
  homeCenterId?: string;
}

export class VolunteerExportQueryDto extends VolunteerDirectoryQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' }) @IsOptional() @IsIn(['csv', 'xlsx']) format?: 'csv' | 'xlsx';
  @ApiPropertyOptional({ description: 'true: answer JSON {filename, contentType, base64} (for the console, whose token is not a cookie)' })
  @IsOptional() @IsIn(['true', 'false']) envelope?: string;
}

export class ChangeStatusDto {
  @ApiProperty({ enum: VOLUNTEER_STATUSES }) @IsIn(VOLUNTEER_STATUSES) to!: VolunteerStatus;
  @ApiPropertyOptional({ description: 'Required for paused and exited' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ChangeHomeCenterDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() homeCenterId!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class AddNoteDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) body!: string;
}
