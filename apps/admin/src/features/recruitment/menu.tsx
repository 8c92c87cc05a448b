import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import type { MenuEntry } from '../menu';

export const recruitmentMenu: MenuEntry[] = [
  { key: 'intakes', resource: 'intakes', roles: ['admin', 'hr', 'coordinator'] },
  { key: 'applications', resource: 'applications', roles: ['admin', 'hr', 'coordinator'] },
  { key: 'recruitment-board', to: '/recruitment/board', label: 'recruitment.menu.board', icon: <ViewKanbanIcon />, roles: ['admin', 'coordinator'] },
];
