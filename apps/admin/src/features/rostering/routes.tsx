import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const MyShiftsPage = lazyPage(() => import('./volunteer-pages'), 'MyShiftsPage');
const OpenShiftsPage = lazyPage(() => import('./volunteer-pages'), 'OpenShiftsPage');
const WeekViewPage = lazyPage(() => import('./week-view-page'), 'WeekViewPage');
const TemplatesPage = lazyPage(() => import('./templates-page'), 'TemplatesPage');
const DaySheetPage = lazyPage(() => import('./day-sheet-page'), 'DaySheetPage');
const RoleBoardPage = lazyPage(() => import('./role-board-page'), 'RoleBoardPage');
const SwapApprovalsPage = lazyPage(() => import('./swaps-pages'), 'SwapApprovalsPage');
const SwapOffersPage = lazyPage(() => import('./swaps-pages'), 'SwapOffersPage');
const NonWorkingDaysPage = lazyPage(() => import('./non-working-days-page'), 'NonWorkingDaysPage');
const EventSetupPage = lazyPage(() => import('./event-setup-page'), 'EventSetupPage');

/** Signed-in pages of rostering (inside the layout). */
export const rosteringRoutes = [
  <Route key="my-shifts" path="/my-shifts" element={<MyShiftsPage />} />,
  <Route key="open-shifts" path="/open-shifts" element={<OpenShiftsPage />} />,
  <Route key="rostering-week" path="/rostering/week" element={<WeekViewPage />} />,
  <Route key="rostering-templates" path="/rostering/templates" element={<TemplatesPage />} />,
  <Route key="rostering-day-sheet" path="/rostering/day-sheet" element={<DaySheetPage />} />,
  <Route key="rostering-role-board" path="/rostering/role-board" element={<RoleBoardPage />} />,
  <Route key="swap-offers" path="/swap-offers" element={<SwapOffersPage />} />,
  <Route key="rostering-swap-approvals" path="/rostering/swap-approvals" element={<SwapApprovalsPage />} />,
  <Route key="rostering-non-working-days" path="/rostering/non-working-days" element={<NonWorkingDaysPage />} />,
  <Route key="rostering-event-setup" path="/rostering/event-setup" element={<EventSetupPage />} />,
];
