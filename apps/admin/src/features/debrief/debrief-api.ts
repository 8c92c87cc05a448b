import { api } from '../../providers/http';

/** The shapes of docs/debrief.md (the API's answers). */
export type Lang = 'az' | 'en' | 'ru';
export type Localized = { az: string; en: string; ru: string };
export const QUESTIONS = ['organisation', 'briefing', 'roleClarity', 'again'] as const;
export type Question = (typeof QUESTIONS)[number];

export interface Debrief {
  event: { id: string; name: Localized; venue: string; startsAt: string; endsAt: string; status: string };
  invited: number;
  responded: number;
  responseRate: number;
  invitationsSentAt: string | null;
  questions: Record<Question, { counts: number[]; average: number | null; answers: number }>;
  roles: { positionId: string | null; name: Localized | null; approvedMinutes: number; volunteers: number; noShows: number }[];
  approvedMinutes: number;
  noShows: number;
  comments: { comment: string; anonymous: boolean; volunteerName: string | null; submittedOn: string }[];
  certificateTypes: { id: string; name: Localized }[];
}

export interface FeedbackForm {
  event: { id: string; name: Localized; venue: string; startsAt: string; endsAt: string };
  open: boolean;
  responded: boolean;
}

export interface IntakeQuestion { id: string; kind: 'text' | 'single' | 'multiple'; required: boolean; label: Localized; options?: { id: string; label: Localized }[] }
export interface EventIntakeView {
  intake: { id: string; status: string; questions: IntakeQuestion[]; closesOn: string; event: { slug: string | null; days: string[] } | null } | null;
  event: { id: string; name: Localized; startsAt: string; endsAt: string };
  suggestedSlug: string;
  maxQuestions: number;
}

export const debriefApi = {
  debrief: (eventId: string) => api<Debrief>(`/events/${eventId}/debrief`),
  form: (eventId: string) => api<FeedbackForm>(`/me/event-feedback/${eventId}`),
  answer: (eventId: string, body: Record<Question, number> & { comment?: string; anonymous: boolean }) =>
    api<FeedbackForm>(`/me/event-feedback/${eventId}`, { method: 'POST', body }),
  intake: (eventId: string) => api<EventIntakeView>(`/events/${eventId}/intake`),
  saveIntake: (eventId: string, body: { status: 'open' | 'closed'; slug?: string; questions: IntakeQuestion[] }) =>
    api<EventIntakeView>(`/events/${eventId}/intake`, { method: 'PUT', body }),
};
