import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const EventGuestsPage = lazyPage(() => import('./event-guests-page'), 'EventGuestsPage');

/** Signed-in page (docs/event-guests.md): an event's guests and delegations, with the CSV/XLSX import. */
export const eventGuestsRoutes = [<Route key="event-guests" path="/event-guests" element={<EventGuestsPage />} />];
