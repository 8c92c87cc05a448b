import { Route } from 'react-router-dom';
import { MyShiftsPage, OpenShiftsPage } from './volunteer-pages';
import { WeekViewPage } from './week-view-page';

/** Signed-in pages of rostering (inside the layout). */
export const rosteringRoutes = [
  <Route key="my-shifts" path="/my-shifts" element={<MyShiftsPage />} />,
  <Route key="open-shifts" path="/open-shifts" element={<OpenShiftsPage />} />,
  <Route key="rostering-week" path="/rostering/week" element={<WeekViewPage />} />,
];
