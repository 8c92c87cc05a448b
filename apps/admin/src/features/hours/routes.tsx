import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const MyHoursPage = lazyPage(() => import('./my-hours-page'), 'MyHoursPage');

/** Signed-in pages of hours (inside the layout); the approval queue is the `hour-entries` resource. */
export const hoursRoutes = [<Route key="my-hours" path="/my-hours" element={<MyHoursPage />} />];
