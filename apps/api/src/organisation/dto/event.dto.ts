import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { EVENT_STATUSES, type EventStatus } from '../organisation.types';
import { LocalisedNameDto } from './center.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateEventDto {
  @ApiProperty({ type: LocalisedNameDto })
  @ValidateNested() @Type(() => LocalisedNameDto)
  name!: LocalisedNameDto;

  @ApiProperty({ example: 'Gülüstan Sarayı, Bakı' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300)
  venue!: string;

  @ApiProperty({ example: '2025-10-24T09:00:00+04:00' })
  @IsISO8601({ strict: true }) @MaxLength(40)
  startsAt!: string;

  @ApiProperty({ example: '2025-10-24T18:00:00+04:00' })
  @IsISO8601({ strict: true }) @MaxLength(40)
  endsAt!: string;

  @ApiPropertyOptional({ enum: EVENT_STATUSES, default: 'draft' })
  @IsIn(EVENT_STATUSES) @IsOptional()
  status?: EventStatus;

  @ApiPropertyOptional({ type: [String], description: 'Users with the organizer role' })
  @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) @IsOptional()
  organizerIds?: string[];
}

export class UpdateEventDto extends PartialType(CreateEventDto) {}

export class EventListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: EVENT_STATUSES }) @IsIn(EVENT_STATUSES) @IsOptional() status?: EventStatus;
}

export class EventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: LocalisedNameDto }) name!: LocalisedNameDto;
  @ApiProperty() venue!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: EventStatus;
  @ApiProperty({ type: [String] }) organizerIds!: string[];
  @ApiProperty() demo!: boolean;
}
