import { Admin, CustomRoutes, defaultTheme } from 'react-admin';
import { Route } from 'react-router-dom';
import { AccountPage } from './features/account/account-page';
import { Dashboard } from './features/dashboard/dashboard';
import { resourcesFor } from './features/resources';
import { PUBLIC_ROUTES, SIGNED_IN_ROUTES } from './features/routes';
import { i18nProvider } from './i18n';
import { Layout } from './layout/layout';
import { LoginPage } from './login/login-page';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import type { Me } from './providers/http';

const theme = {
  ...defaultTheme,
  palette: { primary: { main: '#0d3b66' }, secondary: { main: '#1b5e9b' } },
};

export function App() {
  return (
    <Admin
      title="Könüllü DOST"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      dashboard={Dashboard}
      layout={Layout}
      theme={theme}
      requireAuth={false}
      disableTelemetry
    >
      {(permissions: Me | null) => [
        ...resourcesFor(permissions),
        <CustomRoutes key="custom">
          <Route path="/account" element={<AccountPage />} />
          {SIGNED_IN_ROUTES}
        </CustomRoutes>,
        <CustomRoutes key="public" noLayout>
          {PUBLIC_ROUTES}
        </CustomRoutes>,
      ]}
    </Admin>
  );
}
