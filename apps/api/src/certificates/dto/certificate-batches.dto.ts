import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { BATCH_MAX_PEOPLE } from '../certificate-batches.repository';

export class StartCertificateBatchDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() typeId!: string;

  @ApiPropertyOptional({ type: [String], maxItems: BATCH_MAX_PEOPLE, description: 'Omit: everyone who served at the type\'s event or center (a type without a place: the volunteers of your centers).' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(BATCH_MAX_PEOPLE) @IsUUID('all', { each: true })
  volunteerIds?: string[];
}

export class CertificateBatchResultDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ['issued', 'notEligible', 'alreadyHeld'] }) outcome!: 'issued' | 'notEligible' | 'alreadyHeld';
  @ApiProperty({ type: [String], description: 'Ineligibility reason codes (docs/certificates.md)' }) reasons!: string[];
  @ApiProperty({ type: String, nullable: true }) certificateId!: string | null;
  @ApiProperty({ type: String, nullable: true }) serial!: string | null;
}

export class CertificateBatchDto {
  @ApiProperty() id!: string;
  @ApiProperty() typeId!: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status!: 'queued' | 'running' | 'done' | 'failed';
  @ApiProperty() total!: number;
  @ApiProperty() done!: number;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: [CertificateBatchResultDto] }) results!: CertificateBatchResultDto[];
}
