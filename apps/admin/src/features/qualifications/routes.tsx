import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const ExpiringQualificationsPage = lazyPage(() => import('./expiring-page'), 'ExpiringQualificationsPage');
const TrainingPage = lazyPage(() => import('./training-page'), 'TrainingPage');

export const qualificationsRoutes = [
  <Route key="qualifications-training" path="/qualifications/training" element={<TrainingPage />} />,
  <Route key="qualifications-expiring" path="/qualifications/expiring" element={<ExpiringQualificationsPage />} />,
];
