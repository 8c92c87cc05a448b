import SchoolIcon from '@mui/icons-material/School';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { MenuEntry } from '../menu';

export const qualificationsMenu: MenuEntry[] = [
  { key: 'qualifications', resource: 'qualifications', roles: ['admin', 'hr', 'coordinator', 'organizer'] },
  { key: 'qualifications-training', to: '/qualifications/training', label: 'qualifications.menu.training', icon: <SchoolIcon />, roles: ['admin', 'coordinator'] },
  { key: 'qualifications-expiring', to: '/qualifications/expiring', label: 'qualifications.menu.expiring', icon: <EventBusyIcon />, roles: ['admin', 'hr', 'coordinator'] },
];
