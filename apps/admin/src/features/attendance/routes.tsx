import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const CheckInPage = lazyPage(() => import('./check-in-page'), 'CheckInPage');
const KioskPage = lazyPage(() => import('./kiosk-page'), 'KioskPage');
const KiosksPage = lazyPage(() => import('./kiosks-page'), 'KiosksPage');
const AttendanceNowPage = lazyPage(() => import('./now-page'), 'AttendanceNowPage');

/** The kiosk tablet's page: no login, its device token authenticates (full screen, no menu). */
export const attendancePublicRoutes = [<Route key="kiosk" path="/kiosk" element={<KioskPage />} />];

/** Signed-in pages: the QR landing page (login first, then back here with the code), kiosks, who is in now. */
export const attendanceRoutes = [
  <Route key="check-in" path="/check-in" element={<CheckInPage />} />,
  <Route key="attendance-kiosks" path="/attendance/kiosks" element={<KiosksPage />} />,
  <Route key="attendance-now" path="/attendance/now" element={<AttendanceNowPage />} />,
];
