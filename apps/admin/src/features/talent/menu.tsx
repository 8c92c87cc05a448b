import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { MenuEntry } from '../menu';

export const talentMenu: MenuEntry[] = [
  { key: 'talent-pool', to: '/talent-pool', label: 'talent.menu', icon: <WorkspacePremiumIcon />, roles: ['admin', 'hr'] },
];
