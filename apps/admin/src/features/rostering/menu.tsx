import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import EventNoteIcon from '@mui/icons-material/EventNote';
import CalendarViewWeekIcon from '@mui/icons-material/CalendarViewWeek';
import type { MenuEntry } from '../menu';

export const rosteringMenu: MenuEntry[] = [
  { key: 'my-shifts', to: '/my-shifts', label: 'rostering.menu.myShifts', icon: <EventNoteIcon />, roles: ['volunteer'] },
  { key: 'open-shifts', to: '/open-shifts', label: 'rostering.menu.openShifts', icon: <EventAvailableIcon />, roles: ['volunteer'] },
  { key: 'rostering-week', to: '/rostering/week', label: 'rostering.menu.week', icon: <CalendarViewWeekIcon />, roles: ['admin', 'coordinator'] },
];
