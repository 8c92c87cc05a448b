import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { ListQueryDto, type Page } from '../common/http/list-query.dto';
import { GroupMessageDto, MessagePreviewDto, PreviewMessageDto, SendMessageDto } from './dto/message.dto';
import { MessagingService } from './messaging.service';

@ApiTags('messages')
@ApiBearerAuth()
@Controller('messages')
@Roles('admin', 'coordinator', 'organizer')
export class MessagingController {
  constructor(private readonly messaging: MessagingService) {}

  /** How many people (and which first names) a message to this segment would reach. */
  @Post('preview')
  @HttpCode(200)
  preview(@CurrentUser() actor: AuthUser, @Body() dto: PreviewMessageDto): Promise<MessagePreviewDto> {
    return this.messaging.preview(actor, dto.segment);
  }

  @Post()
  send(@CurrentUser() actor: AuthUser, @Body() dto: SendMessageDto): Promise<GroupMessageDto> {
    return this.messaging.send(actor, dto);
  }

  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: ListQueryDto): Promise<Page<GroupMessageDto>> {
    return this.messaging.list(actor, query);
  }

  @Get(':id')
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<GroupMessageDto> {
    return this.messaging.get(actor, id);
  }
}
