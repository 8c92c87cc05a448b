import { Route } from 'react-router-dom';
import { MyShiftsPage, OpenShiftsPage } from './volunteer-pages';
import { WeekViewPage } from './week-view-page';
import { TemplatesPage } from './templates-page';
import { DaySheetPage } from './day-sheet-page';
import { RoleBoardPage } from './role-board-page';
import { SwapApprovalsPage, SwapOffersPage } from './swaps-pages';
import { NonWorkingDaysPage } from './non-working-days-page';
import { EventSetupPage } from './event-setup-page';

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
