import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/decorators';
import type { Page } from '../common/http/list-query.dto';
import { DeliveryDto, DeliveryListQueryDto, DeliveryPreviewDto } from './dto/delivery.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications/deliveries')
@Roles('admin')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** "Sent mail": every message, its status, attempts and last error. */
  @Get()
  list(@Query() query: DeliveryListQueryDto): Promise<Page<DeliveryDto>> {
    return this.notifications.list(query);
  }

  @Get(':id')
  preview(@Param('id', ParseUUIDPipe) id: string): Promise<DeliveryPreviewDto> {
    return this.notifications.preview(id);
  }

  /** A failed delivery gets a fresh series of attempts (e.g. after the SMTP settings were fixed). */
  @Post(':id/retry')
  @HttpCode(202)
  retry(@Param('id', ParseUUIDPipe) id: string): Promise<DeliveryDto> {
    return this.notifications.retry(id);
  }
}
