import AssignmentIcon from '@mui/icons-material/Assignment';
import type { MenuEntry } from '../menu';

export const applicantHomeMenu: MenuEntry[] = [
  { key: 'my-applications', to: '/my-applications', label: 'applicantHome.menu', icon: <AssignmentIcon />, roles: ['applicant'] },
];
