import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { DELIVERY_STATUSES, type DeliveryStatus, type NotificationDeliveryEntity } from '../entities/notification-delivery.entity';

export class DeliveryListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES }) @IsIn(DELIVERY_STATUSES) @IsOptional() status?: DeliveryStatus;
  @ApiPropertyOptional() @IsString() @MaxLength(60) @IsOptional() template?: string;
  @ApiPropertyOptional({ enum: ['az', 'en', 'ru'] }) @IsIn(['az', 'en', 'ru']) @IsOptional() locale?: 'az' | 'en' | 'ru';
  @ApiPropertyOptional() @IsUUID() @IsOptional() groupMessageId?: string;
}

export class UnsubscribeResultDto {
  @ApiProperty({ example: 'l***@dost.gov.az' }) email!: string;
}

export class DeliveryDto {
  @ApiProperty() id!: string;
  @ApiProperty() template!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() toEmail!: string;
  @ApiProperty() toName!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: DeliveryStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() messageId!: string;
  @ApiProperty({ description: 'Transactional mail always goes; non-essential mail respects unsubscribes' }) essential!: boolean;
  @ApiProperty({ nullable: true, type: String }) groupMessageId!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) sentAt!: string | null;
}

export class DeliveryPreviewDto extends DeliveryDto {
  @ApiProperty() subject!: string;
  @ApiProperty() html!: string;
  @ApiProperty() text!: string;
}

export function toDeliveryDto(d: NotificationDeliveryEntity): DeliveryDto {
  return {
    id: d.id,
    template: d.template,
    locale: d.locale,
    toEmail: d.toEmail,
    toName: d.toName,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    messageId: d.messageId,
    essential: d.essential,
    groupMessageId: d.groupMessageId,
    createdAt: d.createdAt.toISOString(),
    sentAt: d.sentAt?.toISOString() ?? null,
  };
}
