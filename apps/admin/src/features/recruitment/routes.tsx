import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const ApplyPage = lazyPage(() => import('./apply-page'), 'ApplyPage');
const IntakesPage = lazyPage(() => import('./apply-page'), 'IntakesPage');
const BoardPage = lazyPage(() => import('./board-page'), 'BoardPage');
const StatusPage = lazyPage(() => import('./status-page'), 'StatusPage');
const VerifyPage = lazyPage(() => import('./status-page'), 'VerifyPage');

/** The applicant's pages (no login). */
export const recruitmentPublicRoutes = [
  <Route key="apply" path="/apply" element={<IntakesPage />} />,
  <Route key="apply-verify" path="/apply/verify" element={<VerifyPage />} />,
  <Route key="apply-form" path="/apply/:intakeId" element={<ApplyPage />} />,
  <Route key="application-status" path="/application-status" element={<StatusPage />} />,
];

/** Staff pages outside the resources. */
export const recruitmentRoutes = [<Route key="recruitment-board" path="/recruitment/board" element={<BoardPage />} />];
