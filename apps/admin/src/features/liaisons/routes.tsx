import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const LiaisonsPage = lazyPage(() => import('./liaisons-page'), 'LiaisonsPage');
const MyDelegationPage = lazyPage(() => import('./liaisons-page'), 'MyDelegationPage');

/** Signed-in pages of liaison matching (docs/liaisons.md). */
export const liaisonsRoutes = [
  <Route key="liaisons" path="/event-operations/liaisons" element={<LiaisonsPage />} />,
  <Route key="my-delegation" path="/my-delegation" element={<MyDelegationPage />} />,
];
