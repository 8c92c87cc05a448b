import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const AccreditationPage = lazyPage(() => import('./accreditation-page'), 'AccreditationPage');
const BadgeScanPage = lazyPage(() => import('./scan-page'), 'BadgeScanPage');

/** Signed-in pages (docs/accreditation.md): an event's zones and badges, and the door scan a badge's QR opens. */
export const accreditationRoutes = [
  <Route key="accreditation" path="/accreditation" element={<AccreditationPage />} />,
  <Route key="badge-scan" path="/badge/:token" element={<BadgeScanPage />} />,
];
