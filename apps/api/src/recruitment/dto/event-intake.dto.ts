import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { EVENT_INTAKE_MAX_QUESTIONS } from '@dost/domain';
import { QuestionDto } from './intake.dto';

/** What an event's organiser edits of its intake: open or closed, the public short name, its own questions. */
export class EventIntakeDto {
  @ApiProperty({ enum: ['open', 'closed'] }) @IsIn(['open', 'closed']) status!: 'open' | 'closed';
  @ApiPropertyOptional({ example: 'socgov-2026', description: 'The public link is #/apply?event=<slug>' })
  @IsOptional() @IsString() @MaxLength(80) @Matches(/^[a-z0-9](?:[a-z0-9-]{1,78})[a-z0-9]$/, { message: 'eventIntakeSlug' }) slug?: string;
  @ApiPropertyOptional({ type: [QuestionDto], maxItems: EVENT_INTAKE_MAX_QUESTIONS })
  @IsOptional() @IsArray() @ArrayMaxSize(EVENT_INTAKE_MAX_QUESTIONS, { message: 'eventIntakeQuestions' }) @ValidateNested({ each: true }) @Type(() => QuestionDto) questions?: QuestionDto[];
}
