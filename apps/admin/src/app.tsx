import { Admin, CustomRoutes, defaultTheme } from 'react-admin';
import { Route } from 'react-router-dom';
import { lazyPage } from './features/lazy-page';
import { resourcesFor } from './features/resources';
import { PUBLIC_ROUTES, SIGNED_IN_ROUTES } from './features/routes';
import { i18nProvider } from './i18n';
import { Layout } from './layout/layout';
import { NotFoundPage } from './layout/not-found';
import { LoginPage } from './login/login-page';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import type { Me } from './providers/http';

// The login page is the first screen and comes with the main file; everything behind it loads when first shown.
const AccountPage = lazyPage(() => import('./features/account/account-page'), 'AccountPage');
const Dashboard = lazyPage(() => import('./features/dashboard/dashboard'), 'Dashboard');

const theme = {
  ...defaultTheme,
  // MUI's default error red (#d32f2f) is 4.06:1 on a filled field's hover grey (#e8e8e8): below WCAG AA for a label.
  // red[900] keeps 5.4:1 there and 6.6:1 on white.
  // MUI's warning orange (#ed6c02, 3.11:1 with white) and info blue (#0288d1, 3.86:1) fail AA on chips and buttons:
  // darker shades keep 5.0:1 and 4.8:1.
  palette: {
    primary: { main: '#0d3b66' }, secondary: { main: '#1b5e9b' }, error: { main: '#b71c1c' },
    warning: { main: '#b45309' }, info: { main: '#0277bd' },
  },
  components: {
    ...defaultTheme.components,
    // react-admin's row checkbox puts its aria-label ("Bu sətri seç") on MUI's <span> wrapper, where ARIA forbids it,
    // and leaves the <input> unnamed: a checkbox's aria-label goes to its input (unless the caller names the input).
    MuiCheckbox: {
      defaultProps: {
        inputProps: ((owner: { 'aria-label'?: string }) => ({ 'aria-label': owner['aria-label'] })) as unknown as object,
        slotProps: { root: () => ({ 'aria-label': undefined }) },
      },
    },
  },
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
      catchAll={NotFoundPage}
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
