import { Route } from 'react-router-dom';
import { ApplyPage, IntakesPage } from './apply-page';
import { BoardPage } from './board-page';
import { StatusPage, VerifyPage } from './status-page';

/** The applicant's pages (no login). */
export const recruitmentPublicRoutes = [
  <Route key="apply" path="/apply" element={<IntakesPage />} />,
  <Route key="apply-verify" path="/apply/verify" element={<VerifyPage />} />,
  <Route key="apply-form" path="/apply/:intakeId" element={<ApplyPage />} />,
  <Route key="application-status" path="/application-status" element={<StatusPage />} />,
];

/** Staff pages outside the resources. */
export const recruitmentRoutes = [<Route key="recruitment-board" path="/recruitment/board" element={<BoardPage />} />];
