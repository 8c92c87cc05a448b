import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { SEGMENT_KINDS, type SegmentKind } from '../messaging.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SegmentDto {
  @ApiProperty({ enum: SEGMENT_KINDS, description: "center: its active volunteers; event: its team; shift / position: who is assigned" })
  @IsIn(SEGMENT_KINDS)
  kind!: SegmentKind;

  @ApiProperty({ description: 'Id of the center, event, shift or position' })
  @IsUUID()
  id!: string;
}

export class PreviewMessageDto {
  @ApiProperty({ type: SegmentDto }) @ValidateNested() @Type(() => SegmentDto) segment!: SegmentDto;
}

export class SendMessageDto extends PreviewMessageDto {
  @ApiProperty({ maxLength: 150 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(150) subject!: string;
  @ApiProperty({ maxLength: 5000 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) body!: string;
}

export class PlaceNameDto {
  @ApiProperty() az!: string;
  @ApiProperty() en!: string;
  @ApiProperty() ru!: string;
}

export class MessagePreviewDto {
  @ApiProperty({ description: 'How many people the message goes to' }) count!: number;
  @ApiProperty({ description: 'Of them, unsubscribed from group messages: their delivery is suppressed' }) unsubscribed!: number;
  @ApiProperty({ type: [String], description: 'First names of the first recipients (up to 10), to check the segment' }) firstNames!: string[];
  @ApiProperty({ type: PlaceNameDto }) place!: PlaceNameDto;
}

export class DeliveryCountsDto {
  @ApiProperty() queued!: number;
  @ApiProperty() sent!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() suppressed!: number;
}

export class GroupMessageDto {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) senderId!: string | null;
  @ApiProperty() senderName!: string;
  @ApiProperty({ type: SegmentDto }) segment!: SegmentDto;
  @ApiProperty({ nullable: true, type: String }) centerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) eventId!: string | null;
  @ApiProperty() segmentLabel!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() body!: string;
  @ApiProperty() recipientCount!: number;
  @ApiProperty({ type: DeliveryCountsDto }) deliveries!: DeliveryCountsDto;
  @ApiProperty() createdAt!: string;
}
