import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import NoAccountsIcon from '@mui/icons-material/NoAccounts';
import type { MenuEntry } from '../menu';

export const myProfileMenu: MenuEntry[] = [
  { key: 'my-profile', to: '/my-profile', label: 'myProfile.menu', icon: <ManageAccountsIcon />, roles: ['volunteer', 'applicant'] },
  { key: 'closure-requests', to: '/closure-requests', label: 'myProfile.closureMenu', icon: <NoAccountsIcon />, roles: ['admin', 'hr'] },
];
