import type { ReactNode } from 'react';
import { Layout as RaLayout, Menu, usePermissions, useTranslate } from 'react-admin';
import { ThemeProvider, type Theme } from '@mui/material';
import DashboardIcon from '@mui/icons-material/Dashboard';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { hasRole } from '../providers/auth-provider';
import type { Me } from '../providers/http';
import { MENU_ITEMS } from '../features/menu';
import { STAFF_ROLES } from '../features/dashboard/greeting';
import { ConsoleAppBar } from './app-bar';
import { EnrolmentRequiredScreen } from '../features/account/security';

/** The menu shows what the caller's roles may open; the API enforces the same rules on every request. */
function RoleMenu() {
  const { permissions } = usePermissions<Me>();
  return (
    <Menu>
      {/* Volunteers' and applicants' home is their own page (the dashboard redirects them there). */}
      {hasRole(permissions, ...STAFF_ROLES) && <Menu.DashboardItem leftIcon={<DashboardIcon />} />}
      {MENU_ITEMS.filter((item) => hasRole(permissions, ...item.roles)).map((item) =>
        item.component ? (
          <item.component key={item.key} />
        ) : item.resource ? (
          <Menu.ResourceItem key={item.key} name={item.resource} />
        ) : (
          <Menu.Item key={item.key} to={item.to!} primaryText={item.label!} leftIcon={item.icon} />
        ),
      )}
      <Menu.Item to="/account" primaryText="app.menu.account" leftIcon={<AccountCircleIcon />} />
    </Menu>
  );
}

/** STAFF_2FA=required and no authenticator yet: nothing but the enrolment screen (the API answers 403 elsewhere). */
// An empty <Menu /> would list every resource by itself: no menu at all.
const NoMenu = () => null;

/** Every spinner and progress bar in the console is named ("Yüklənir…"): a progressbar without a name says nothing. */
function NamedProgress({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const label = translate('app.loading');
  const withNames = (outer: Theme): Theme => ({
    ...outer,
    components: {
      ...outer.components,
      MuiCircularProgress: { ...outer.components?.MuiCircularProgress, defaultProps: { ...outer.components?.MuiCircularProgress?.defaultProps, 'aria-label': label } },
      MuiLinearProgress: { ...outer.components?.MuiLinearProgress, defaultProps: { ...outer.components?.MuiLinearProgress?.defaultProps, 'aria-label': label } },
    },
  });
  return <ThemeProvider theme={withNames}>{children}</ThemeProvider>;
}

export function Layout({ children }: { children: ReactNode }) {
  const { permissions } = usePermissions<Me>();
  if (permissions?.mfaEnrolmentRequired) {
    return <NamedProgress><RaLayout menu={NoMenu} appBar={ConsoleAppBar}><EnrolmentRequiredScreen /></RaLayout></NamedProgress>;
  }
  return <NamedProgress><RaLayout menu={RoleMenu} appBar={ConsoleAppBar}>{children}</RaLayout></NamedProgress>;
}
