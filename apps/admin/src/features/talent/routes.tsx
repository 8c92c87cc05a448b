import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const EvidencePage = lazyPage(() => import('./evidence-page'), 'EvidencePage');
const TalentPoolPage = lazyPage(() => import('./talent-pool-page'), 'TalentPoolPage');

/** HR's talent pool and an alumnus' evidence pack. */
export const talentRoutes = [
  <Route key="talent-pool" path="/talent-pool" element={<TalentPoolPage />} />,
  <Route key="talent-evidence" path="/talent-pool/:id" element={<EvidencePage />} />,
];
