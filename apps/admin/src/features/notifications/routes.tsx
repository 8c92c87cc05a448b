import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const ForgotPasswordPage = lazyPage(() => import('./forgot-password-page'), 'ForgotPasswordPage');
const SetPasswordPage = lazyPage(() => import('./set-password-page'), 'SetPasswordPage');
const UnsubscribePage = lazyPage(() => import('./unsubscribe-page'), 'UnsubscribePage');

/** Public pages reached from mail; the app puts them in `<CustomRoutes noLayout>`. */
export const mailPublicRoutes = [
  <Route key="set-password" path="/set-password" element={<SetPasswordPage mode="invitation" />} />,
  <Route key="reset-password" path="/reset-password" element={<SetPasswordPage mode="reset" />} />,
  <Route key="forgot-password" path="/forgot-password" element={<ForgotPasswordPage />} />,
  <Route key="unsubscribe" path="/unsubscribe" element={<UnsubscribePage />} />,
];
