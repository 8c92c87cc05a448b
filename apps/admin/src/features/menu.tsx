import type { ReactElement } from 'react';
import type { Role } from '../providers/http';
import { rosteringMenu } from './rostering/menu';
import { recruitmentMenu } from './recruitment/menu';
import { hoursMenu } from './hours/menu';
import { attendanceMenu } from './attendance/menu';
import { reportsMenu } from './reports/menu';

export interface MenuEntry {
  key: string;
  roles: Role[];
  /** A react-admin resource (its icon and label come from the <Resource>) … */
  resource?: string;
  /** … or a custom route with its label key and icon. */
  to?: string;
  label?: string;
  icon?: ReactElement;
}

/** The menu, in order. A feature adds its entries here (one line each). */
export const MENU_ITEMS: MenuEntry[] = [
  { key: 'centers', resource: 'centers', roles: ['admin', 'hr', 'coordinator'] },
  { key: 'events', resource: 'events', roles: ['admin', 'hr', 'organizer'] },
  { key: 'users', resource: 'users', roles: ['admin'] },
  { key: 'messages', resource: 'messages', roles: ['admin', 'coordinator', 'organizer'] },
  { key: 'deliveries', resource: 'deliveries', roles: ['admin'] },
  { key: 'audit-log', resource: 'audit-log', roles: ['admin'] },
  ...rosteringMenu,
  ...recruitmentMenu,
  ...hoursMenu,
  ...attendanceMenu,
  ...reportsMenu,
];
