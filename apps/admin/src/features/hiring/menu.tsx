import InsightsIcon from '@mui/icons-material/Insights';
import WorkOutlineIcon from '@mui/icons-material/WorkOutline';
import type { MenuEntry } from '../menu';

export const hiringMenu: MenuEntry[] = [
  { key: 'hiring', to: '/hiring', label: 'hiring.menu.dashboard', icon: <InsightsIcon />, roles: ['admin', 'hr'] },
  { key: 'vacancies', resource: 'vacancies', roles: ['admin', 'hr'] },
  { key: 'my-vacancies', to: '/my-vacancies', label: 'hiring.menu.myVacancies', icon: <WorkOutlineIcon />, roles: ['volunteer'] },
];
