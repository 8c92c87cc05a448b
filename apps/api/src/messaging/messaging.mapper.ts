import type { GroupMessageDto } from './dto/message.dto';
import type { GroupMessageEntity } from './entities/group-message.entity';
import type { DeliveryCounts } from './messaging.repository';

export function toGroupMessageDto(g: GroupMessageEntity, deliveries: DeliveryCounts): GroupMessageDto {
  return {
    id: g.id,
    senderId: g.senderId,
    senderName: g.senderName,
    segment: { kind: g.segmentKind, id: g.segmentId },
    centerId: g.centerId,
    eventId: g.eventId,
    segmentLabel: g.segmentLabel,
    subject: g.subject,
    body: g.body,
    recipientCount: g.recipientCount,
    deliveries,
    createdAt: g.createdAt.toISOString(),
  };
}
