import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import EventNoteIcon from '@mui/icons-material/EventNote';
import CalendarViewWeekIcon from '@mui/icons-material/CalendarViewWeek';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import PrintIcon from '@mui/icons-material/Print';
import GridViewIcon from '@mui/icons-material/GridView';
import type { MenuEntry } from '../menu';

export const rosteringMenu: MenuEntry[] = [
  { key: 'my-shifts', to: '/my-shifts', label: 'rostering.menu.myShifts', icon: <EventNoteIcon />, roles: ['volunteer'] },
  { key: 'open-shifts', to: '/open-shifts', label: 'rostering.menu.openShifts', icon: <EventAvailableIcon />, roles: ['volunteer'] },
  { key: 'rostering-week', to: '/rostering/week', label: 'rostering.menu.week', icon: <CalendarViewWeekIcon />, roles: ['admin', 'coordinator'] },
  { key: 'rostering-templates', to: '/rostering/templates', label: 'rostering.menu.templates', icon: <EditCalendarIcon />, roles: ['admin', 'coordinator'] },
  { key: 'rostering-day-sheet', to: '/rostering/day-sheet', label: 'rostering.menu.daySheet', icon: <PrintIcon />, roles: ['admin', 'coordinator'] },
  { key: 'rostering-role-board', to: '/rostering/role-board', label: 'rostering.menu.roleBoard', icon: <GridViewIcon />, roles: ['admin', 'organizer'] },
];
