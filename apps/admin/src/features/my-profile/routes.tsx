import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const ClosureRequestsPage = lazyPage(() => import('./closure-requests-page'), 'ClosureRequestsPage');
const MyProfilePage = lazyPage(() => import('./my-profile-page'), 'MyProfilePage');
const VerifyEmailPage = lazyPage(() => import('./verify-email-page'), 'VerifyEmailPage');

/** The link of the e-mail change mail: no login (the token is the proof). */
export const myProfilePublicRoutes = [<Route key="verify-email" path="/verify-email" element={<VerifyEmailPage />} />];

export const myProfileRoutes = [
  <Route key="my-profile" path="/my-profile" element={<MyProfilePage />} />,
  <Route key="closure-requests" path="/closure-requests" element={<ClosureRequestsPage />} />,
];
