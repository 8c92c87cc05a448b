import TabletMacIcon from '@mui/icons-material/TabletMac';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import type { MenuEntry } from '../menu';

export const attendanceMenu: MenuEntry[] = [
  { key: 'attendance-now', to: '/attendance/now', label: 'attendance.menu.now', icon: <HowToRegIcon />, roles: ['admin', 'coordinator', 'organizer'] },
  { key: 'attendance-kiosks', to: '/attendance/kiosks', label: 'attendance.menu.kiosks', icon: <TabletMacIcon />, roles: ['admin', 'coordinator', 'organizer'] },
];
