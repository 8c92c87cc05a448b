export const CENTER_KINDS = ['regional_center', 'district_branch', 'smart_point'] as const;
export type CenterKind = (typeof CENTER_KINDS)[number];

export const EVENT_STATUSES = ['draft', 'published', 'completed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
