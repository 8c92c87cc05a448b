import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const EventDeskPage = lazyPage(() => import('./event-desk-page'), 'EventDeskPage');

/** The organiser's event-day desk (?event=…&date=…). */
export const eventDeskRoutes = [<Route key="event-desk" path="/event-desk" element={<EventDeskPage />} />];
