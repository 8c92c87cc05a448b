import { Route } from 'react-router-dom';
import { MyShiftsPage, OpenShiftsPage } from './volunteer-pages';
import { WeekViewPage } from './week-view-page';
import { TemplatesPage } from './templates-page';
import { DaySheetPage } from './day-sheet-page';
import { RoleBoardPage } from './role-board-page';

/** Signed-in pages of rostering (inside the layout). */
export const rosteringRoutes = [
  <Route key="my-shifts" path="/my-shifts" element={<MyShiftsPage />} />,
  <Route key="open-shifts" path="/open-shifts" element={<OpenShiftsPage />} />,
  <Route key="rostering-week" path="/rostering/week" element={<WeekViewPage />} />,
  <Route key="rostering-templates" path="/rostering/templates" element={<TemplatesPage />} />,
  <Route key="rostering-day-sheet" path="/rostering/day-sheet" element={<DaySheetPage />} />,
  <Route key="rostering-role-board" path="/rostering/role-board" element={<RoleBoardPage />} />,
];
