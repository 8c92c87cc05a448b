import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const HiringDashboardPage = lazyPage(() => import('./hiring-dashboard-page'), 'HiringDashboardPage');
const MyVacanciesPage = lazyPage(() => import('./my-vacancies-page'), 'MyVacanciesPage');

export const hiringRoutes = [
  <Route key="hiring" path="/hiring" element={<HiringDashboardPage />} />,
  <Route key="my-vacancies" path="/my-vacancies" element={<MyVacanciesPage />} />,
];
