import type { ComponentType, ReactElement } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { Role } from '../providers/http';
import { rosteringMenu } from './rostering/menu';
import { recruitmentMenu } from './recruitment/menu';
import { hoursMenu } from './hours/menu';
import { attendanceMenu } from './attendance/menu';
import { reportsMenu } from './reports/menu';
import { certificatesMenu } from './certificates/menu';
import { alumniMenu } from './alumni/menu';
import { hiringMenu } from './hiring/menu';
import { talentMenu } from './talent/menu';
import { qualificationsMenu } from './qualifications/menu';
import { myProfileMenu } from './my-profile/menu';
import { applicantHomeMenu } from './applicant-home/menu';
import { peopleMenu } from './people/menu';
import { liaisonsMenu } from './liaisons/menu';
import { accreditationMenu } from './accreditation/menu';
import { eventGuestsMenu } from './event-guests/menu';

export interface MenuEntry {
  key: string;
  roles: Role[];
  /** A react-admin resource (its icon and label come from the <Resource>) … */
  resource?: string;
  /** … or a custom route with its label key and icon. */
  to?: string;
  label?: string;
  icon?: ReactElement;
  /** … or a component that renders its own item (or nothing), e.g. shown only to alumni. */
  component?: ComponentType;
}

/** The menu, in order. A feature adds its entries here (one line each). */
export const MENU_ITEMS: MenuEntry[] = [
  { key: 'centers', resource: 'centers', roles: ['admin', 'hr', 'coordinator'] },
  { key: 'network', to: '/network', label: 'network.menu', icon: <AccountTreeIcon />, roles: ['admin', 'hr', 'coordinator'] },
  { key: 'events', resource: 'events', roles: ['admin', 'hr', 'organizer'] },
  ...peopleMenu,
  { key: 'users', resource: 'users', roles: ['admin'] },
  { key: 'messages', resource: 'messages', roles: ['admin', 'coordinator', 'organizer'] },
  { key: 'deliveries', resource: 'deliveries', roles: ['admin'] },
  { key: 'audit-log', resource: 'audit-log', roles: ['admin'] },
  ...rosteringMenu,
  ...eventGuestsMenu,
  ...liaisonsMenu,
  ...accreditationMenu,
  ...recruitmentMenu,
  ...hoursMenu,
  ...attendanceMenu,
  ...reportsMenu,
  ...certificatesMenu,
  ...alumniMenu,
  ...hiringMenu,
  ...talentMenu,
  ...qualificationsMenu,
  ...applicantHomeMenu,
  ...myProfileMenu,
];
