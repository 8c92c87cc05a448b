import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean, IsIn, IsUUID, ValidateIf, IsLatitude, IsLongitude, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { IsSingleLine } from '../../common/http/text.validators';
import { CENTER_KINDS, type CenterKind } from '../organisation.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class LocalisedNameDto {
  @ApiProperty({ example: 'Qarabağ Regional DOST Mərkəzi' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine()
  az!: string;

  @ApiProperty({ example: 'Karabakh Regional DOST Center' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine()
  en!: string;

  @ApiProperty({ example: 'Карабахский региональный центр DOST' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine()
  ru!: string;
}

export class CreateCenterDto {
  @ApiProperty({ example: 'barda', description: 'Short unique code (latin letters, digits, dashes)' })
  @Transform(trim) @IsString() @Matches(/^[a-z0-9-]{2,40}$/) @MaxLength(40)
  code!: string;

  @ApiProperty({ enum: CENTER_KINDS })
  @IsIn(CENTER_KINDS)
  kind!: CenterKind;

  @ApiProperty({ example: 'Qarabağ' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100)
  region!: string;

  @ApiProperty({ type: LocalisedNameDto })
  @ValidateNested() @Type(() => LocalisedNameDto)
  name!: LocalisedNameDto;

  @ApiProperty()
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300)
  address!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsLatitude() @IsOptional()
  latitude?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsLongitude() @IsOptional()
  longitude?: number | null;

  @ApiPropertyOptional({ example: '+994 12 000 00 00', nullable: true })
  @Transform(trim) @IsString() @Matches(/^\+?[0-9 ()-]{5,20}$/) @MaxLength(21) @IsOptional()
  phone?: string | null;

  @ApiPropertyOptional({ example: 'B.e.–Cümə 09:00–18:00', nullable: true })
  @Transform(trim) @IsString() @MaxLength(200) @IsOptional()
  openingHours?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsBoolean() @IsOptional()
  active?: boolean;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'The center above this one (null: a root of the network)' })
  @IsUUID() @ValidateIf((_, v) => v !== null) @IsOptional()
  parentId?: string | null;
}

export class UpdateCenterDto extends PartialType(CreateCenterDto) {}

export class CenterListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CENTER_KINDS }) @IsIn(CENTER_KINDS) @IsOptional() kind?: CenterKind;
  @ApiPropertyOptional() @IsString() @MaxLength(100) @IsOptional() region?: string;
  @ApiPropertyOptional() @Transform(toBool) @IsBoolean() @IsOptional() active?: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) @IsUUID() @IsOptional() parentId?: string;
}

export class CenterRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CENTER_KINDS }) kind!: CenterKind;
  @ApiProperty({ type: LocalisedNameDto }) name!: LocalisedNameDto;
}

export class CenterDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: CENTER_KINDS }) kind!: CenterKind;
  @ApiProperty() region!: string;
  @ApiProperty({ type: LocalisedNameDto }) name!: LocalisedNameDto;
  @ApiProperty() address!: string;
  @ApiProperty({ nullable: true, type: Number }) latitude!: number | null;
  @ApiProperty({ nullable: true, type: Number }) longitude!: number | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) openingHours!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Invented demo data' }) demo!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId!: string | null;
  @ApiProperty({ type: [CenterRefDto], description: 'From the root of the network down to the parent' }) path!: CenterRefDto[];
  @ApiProperty({ nullable: true, type: CenterRefDto, description: 'The regional center this one rolls up to' }) regionalCenter!: CenterRefDto | null;
}

export class CoordinatorLinkDto {
  @ApiProperty({ description: 'The coordinator sees every center below this one too' }) @IsBoolean() includesSubtree!: boolean;
}

export class CoordinatorLinkViewDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ maxLength: 200 }) fullName!: string;
  @ApiProperty() includesSubtree!: boolean;
}
