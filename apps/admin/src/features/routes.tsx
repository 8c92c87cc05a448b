import type { ReactElement } from 'react';
import { mailPublicRoutes } from './notifications/routes';
import { rosteringRoutes } from './rostering/routes';
import { recruitmentPublicRoutes, recruitmentRoutes } from './recruitment/routes';
import { hoursRoutes } from './hours/routes';
import { attendancePublicRoutes, attendanceRoutes } from './attendance/routes';
import { reportsRoutes } from './reports/routes';
import { certificatesPublicRoutes, certificatesRoutes } from './certificates/routes';
import { alumniRoutes } from './alumni/routes';
import { talentRoutes } from './talent/routes';
import { qualificationsRoutes } from './qualifications/routes';
import { hiringRoutes } from './hiring/routes';
import { networkRoutes } from './centers/routes';
import { myProfilePublicRoutes, myProfileRoutes } from './my-profile/routes';
import { applicantHomeRoutes } from './applicant-home/routes';
import { debriefRoutes } from './debrief/routes';
import { liaisonsRoutes } from './liaisons/routes';
import { eventDeskRoutes } from './event-desk/routes';
import { accreditationRoutes } from './accreditation/routes';
import { eventGuestsRoutes } from './event-guests/routes';

/**
 * Pages outside react-admin's resources. PUBLIC_ROUTES need no login and have no menu (apply, status,
 * set password, certificate verification…); SIGNED_IN_ROUTES render inside the layout.
 * A feature adds `<Route key=… path=… element=… />` entries here.
 */
export const PUBLIC_ROUTES: ReactElement[] = [...mailPublicRoutes, ...recruitmentPublicRoutes, ...attendancePublicRoutes, ...certificatesPublicRoutes, ...myProfilePublicRoutes];
export const SIGNED_IN_ROUTES: ReactElement[] = [...rosteringRoutes, ...recruitmentRoutes, ...hoursRoutes, ...attendanceRoutes, ...reportsRoutes, ...certificatesRoutes, ...alumniRoutes, ...talentRoutes, ...qualificationsRoutes, ...myProfileRoutes, ...applicantHomeRoutes, ...debriefRoutes, ...networkRoutes, ...hiringRoutes, ...liaisonsRoutes, ...accreditationRoutes, ...eventDeskRoutes, ...eventGuestsRoutes];
