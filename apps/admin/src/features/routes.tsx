import type { ReactElement } from 'react';
import { mailPublicRoutes } from './notifications/routes';
import { rosteringRoutes } from './rostering/routes';
import { recruitmentPublicRoutes, recruitmentRoutes } from './recruitment/routes';
import { hoursRoutes } from './hours/routes';
import { attendancePublicRoutes, attendanceRoutes } from './attendance/routes';
import { reportsRoutes } from './reports/routes';

/**
 * Pages outside react-admin's resources. PUBLIC_ROUTES need no login and have no menu (apply, status,
 * set password, certificate verification…); SIGNED_IN_ROUTES render inside the layout.
 * A feature adds `<Route key=… path=… element=… />` entries here.
 */
export const PUBLIC_ROUTES: ReactElement[] = [...mailPublicRoutes, ...recruitmentPublicRoutes, ...attendancePublicRoutes];
export const SIGNED_IN_ROUTES: ReactElement[] = [...rosteringRoutes, ...recruitmentRoutes, ...hoursRoutes, ...attendanceRoutes, ...reportsRoutes];
