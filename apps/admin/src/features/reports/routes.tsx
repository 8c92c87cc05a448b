import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const ReportsPage = lazyPage(() => import('./reports-page'), 'ReportsPage');

/** Staff pages outside the resources. */
export const reportsRoutes = [<Route key="reports" path="/reports" element={<ReportsPage />} />];
