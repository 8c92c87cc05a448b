import AccessTimeIcon from '@mui/icons-material/AccessTime';
import type { MenuEntry } from '../menu';
import { PendingHoursIcon } from './approvals';

export const hoursMenu: MenuEntry[] = [
  { key: 'my-hours', to: '/my-hours', label: 'hours.menu.myHours', icon: <AccessTimeIcon />, roles: ['volunteer'] },
  { key: 'hour-entries', to: '/hour-entries', label: 'hours.menu.approvals', icon: <PendingHoursIcon />, roles: ['admin', 'hr', 'coordinator', 'organizer'] },
];
