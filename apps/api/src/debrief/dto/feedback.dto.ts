import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A volunteer's answer to an event's feedback form: four 1–5 ratings, an optional comment, anonymous or not. */
export class EventFeedbackDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: 'How well the event was organised' }) @IsInt() @Min(1) @Max(5) organisation!: number;
  @ApiProperty({ minimum: 1, maximum: 5, description: 'How useful the briefing was' }) @IsInt() @Min(1) @Max(5) briefing!: number;
  @ApiProperty({ minimum: 1, maximum: 5, description: 'How clear the role was' }) @IsInt() @Min(1) @Max(5) roleClarity!: number;
  @ApiProperty({ minimum: 1, maximum: 5, description: 'Would volunteer again' }) @IsInt() @Min(1) @Max(5) again!: number;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) comment?: string;
  @ApiProperty({ description: 'Store the answer without the volunteer id' }) @IsBoolean() anonymous!: boolean;
}
