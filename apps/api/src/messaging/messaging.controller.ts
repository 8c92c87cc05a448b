import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../common/http/api-problem';
import { ApiProblems } from '../common/http/api-problems.decorator';
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
  @ApiProblems(429)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeating the request with the same key sends nothing twice', schema: { type: 'string', minLength: 1, maxLength: 100 } })
  send(@CurrentUser() actor: AuthUser, @Body() dto: SendMessageDto, @Headers('idempotency-key') key?: string): Promise<GroupMessageDto> {
    if (key !== undefined && (key.length === 0 || key.length > 100)) throw ApiProblem.validation([{ field: 'Idempotency-Key', code: 'maxLength', params: { max: 100 } }]);
    return this.messaging.send(actor, dto, key);
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
