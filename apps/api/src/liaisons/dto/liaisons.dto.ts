import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class StartLiaisonMatchDto {
  @ApiPropertyOptional({ description: 'search time in seconds (1–60, default 5)', minimum: 1, maximum: 60 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60) timeLimitSeconds?: number;
}

export class ApplyLiaisonMatchDto {
  @ApiProperty({ description: 'the liaison matching run to apply (from POST /events/{id}/liaisons/match)' })
  @IsUUID() runId!: string;
}
