/**
 * Who a group message goes to:
 * - center: the center's active volunteers (home center);
 * - event: the event's team — everyone with a live assignment on one of its shifts;
 * - shift: everyone assigned to that shift;
 * - position: everyone assigned to an upcoming shift of that position.
 */
export const SEGMENT_KINDS = ['center', 'event', 'shift', 'position'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export interface Segment {
  kind: SegmentKind;
  id: string;
}

/** Where a segment belongs: its center or its event (for scope) and that place's name in three languages. */
export interface SegmentPlace {
  centerId: string | null;
  eventId: string | null;
  name: { az: string; en: string; ru: string };
}

export interface Recipient {
  volunteerId: string;
  userId: string | null;
  fullName: string;
  email: string;
  locale: 'az' | 'en' | 'ru';
  unsubscribed: boolean;
}
