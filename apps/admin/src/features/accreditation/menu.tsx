import BadgeIcon from '@mui/icons-material/Badge';
import type { MenuEntry } from '../menu';

export const accreditationMenu: MenuEntry[] = [
  { key: 'accreditation', to: '/accreditation', label: 'accreditation.menu', icon: <BadgeIcon />, roles: ['admin', 'organizer'] },
];
