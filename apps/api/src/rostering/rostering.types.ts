export const SHIFT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

export const SHIFT_VISIBILITIES = ['open', 'assign_only'] as const;
export type ShiftVisibility = (typeof SHIFT_VISIBILITIES)[number];

export type AssignmentStatus = 'assigned' | 'waitlisted' | 'cancelled' | 'no_show' | 'completed';
/** `waitlist`: promoted automatically from the waitlist. */
export type AssignmentSource = 'self' | 'coordinator' | 'auto_roster' | 'swap' | 'waitlist';
export type SwapStatus = 'open' | 'pending_approval' | 'accepted' | 'withdrawn' | 'rejected';
