import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/decorators';
import { UnsubscribeResultDto } from './dto/delivery.dto';
import { NotificationsService } from './notifications.service';

/**
 * One URL for both ways a person unsubscribes: the link in the mail (GET → the console's page, which
 * confirms with a POST) and the mail client's one-click button (RFC 8058: POST with the body
 * `List-Unsubscribe=One-Click`, which is why the body is read untyped here).
 */
@ApiTags('notifications')
@Controller('unsubscribe')
@Public()
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  page(@Query('token') token: unknown, @Query('lang') lang: unknown, @Res() res: Response): void {
    res.redirect(302, this.notifications.unsubscribePageUrl(typeof token === 'string' ? token : '', typeof lang === 'string' ? lang : undefined));
  }

  @Post()
  @HttpCode(200)
  unsubscribe(@Query('token') queryToken: unknown, @Body() body: Record<string, unknown> | undefined): Promise<UnsubscribeResultDto> {
    const token = typeof body?.token === 'string' ? body.token : typeof queryToken === 'string' ? queryToken : '';
    return this.notifications.unsubscribe(token.slice(0, 500));
  }
}
