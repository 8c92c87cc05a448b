// The kinds and their order live in @dost/domain (the network tree rules).
export { CENTER_KINDS, type CenterKind } from '@dost/domain';

export const EVENT_STATUSES = ['draft', 'published', 'completed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
