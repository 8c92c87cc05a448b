import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const DebriefPage = lazyPage(() => import('./debrief-page'), 'DebriefPage');
const EventIntakePage = lazyPage(() => import('./event-intake-page'), 'EventIntakePage');
const FeedbackPage = lazyPage(() => import('./feedback-page'), 'FeedbackPage');

/** The debrief (organiser), the event's intake editor (organiser) and the volunteer's feedback form (docs/debrief.md). */
export const debriefRoutes = [
  <Route key="event-debrief" path="/events/:id/debrief" element={<DebriefPage />} />,
  <Route key="event-intake" path="/events/:id/intake" element={<EventIntakePage />} />,
  <Route key="event-feedback" path="/event-feedback/:eventId" element={<FeedbackPage />} />,
];
