import { Route } from 'react-router-dom';
import { MyHoursPage } from './my-hours-page';

/** Signed-in pages of hours (inside the layout); the approval queue is the `hour-entries` resource. */
export const hoursRoutes = [<Route key="my-hours" path="/my-hours" element={<MyHoursPage />} />];
