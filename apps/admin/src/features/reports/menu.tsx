import InsightsIcon from '@mui/icons-material/Insights';
import type { MenuEntry } from '../menu';

export const reportsMenu: MenuEntry[] = [
  { key: 'reports', to: '/reports', label: 'reports.menu', icon: <InsightsIcon />, roles: ['admin', 'hr', 'coordinator', 'organizer'] },
];
