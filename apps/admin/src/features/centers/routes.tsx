import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const NetworkTreePage = lazyPage(() => import('./network-tree-page'), 'NetworkTreePage');

/** The network tree (staff who see centers). */
export const networkRoutes = [<Route key="network" path="/network" element={<NetworkTreePage />} />];
