import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import PostAddIcon from '@mui/icons-material/PostAdd';
import type { MenuEntry } from '../menu';

export const certificatesMenu: MenuEntry[] = [
  { key: 'my-certificates', to: '/my-certificates', label: 'certificates.menu.mine', icon: <WorkspacePremiumIcon />, roles: ['volunteer'] },
  { key: 'certificates', resource: 'certificates', roles: ['admin', 'hr', 'coordinator', 'organizer'] },
  { key: 'certificates-issue', to: '/certificates/issue', label: 'certificates.menu.issue', icon: <PostAddIcon />, roles: ['admin', 'coordinator', 'organizer'] },
  { key: 'certificate-types', resource: 'certificate-types', roles: ['admin', 'hr', 'coordinator', 'organizer'] },
];
