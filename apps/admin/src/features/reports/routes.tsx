import { Route } from 'react-router-dom';
import { ReportsPage } from './reports-page';

/** Staff pages outside the resources. */
export const reportsRoutes = [<Route key="reports" path="/reports" element={<ReportsPage />} />];
