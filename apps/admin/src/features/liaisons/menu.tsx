import TranslateIcon from '@mui/icons-material/Translate';
import GroupsIcon from '@mui/icons-material/Groups';
import type { MenuEntry } from '../menu';

export const liaisonsMenu: MenuEntry[] = [
  { key: 'liaisons', to: '/event-operations/liaisons', label: 'liaisons.menu', icon: <TranslateIcon />, roles: ['admin', 'organizer'] },
  { key: 'my-delegation', to: '/my-delegation', label: 'liaisons.myMenu', icon: <GroupsIcon />, roles: ['volunteer'] },
];
