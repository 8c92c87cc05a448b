import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const CareerPage = lazyPage(() => import('./career-page'), 'CareerPage');
const RatePage = lazyPage(() => import('./rate-page'), 'RatePage');

/** Signed-in pages: the alumnus's career profile and the staff's rating screen. */
export const alumniRoutes = [
  <Route key="career" path="/career" element={<CareerPage />} />,
  <Route key="volunteer-ratings" path="/volunteer-ratings" element={<RatePage />} />,
];
