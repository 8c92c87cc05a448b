import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `?page=1&perPage=25&sort=field&order=ASC&q=text` — the list convention of docs/api-contract.md. */
export class ListQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @IsOptional()
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  @IsOptional()
  perPage = 25;

  @ApiPropertyOptional()
  @IsString()
  @MaxLength(40)
  @IsOptional()
  sort?: string;

  @ApiPropertyOptional({ enum: ['ASC', 'DESC'] })
  @IsIn(['ASC', 'DESC'])
  @IsOptional()
  order: 'ASC' | 'DESC' = 'ASC';

  @ApiPropertyOptional({ description: 'Free-text search' })
  @IsString()
  @MaxLength(100)
  @IsOptional()
  q?: string;
}

export interface Page<T> {
  data: T[];
  total: number;
}
