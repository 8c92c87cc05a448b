import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import EventNoteIcon from '@mui/icons-material/EventNote';
import CalendarViewWeekIcon from '@mui/icons-material/CalendarViewWeek';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import PrintIcon from '@mui/icons-material/Print';
import GridViewIcon from '@mui/icons-material/GridView';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import WorkOutlineIcon from '@mui/icons-material/WorkOutline';
import type { MenuEntry } from '../menu';

export const rosteringMenu: MenuEntry[] = [
  { key: 'my-shifts', to: '/my-shifts', label: 'rostering.menu.myShifts', icon: <EventNoteIcon />, roles: ['volunteer'] },
  { key: 'open-shifts', to: '/open-shifts', label: 'rostering.menu.openShifts', icon: <EventAvailableIcon />, roles: ['volunteer'] },
  { key: 'swap-offers', to: '/swap-offers', label: 'rostering.swapMenu.offers', icon: <SwapHorizIcon />, roles: ['volunteer'] },
  { key: 'rostering-week', to: '/rostering/week', label: 'rostering.menu.week', icon: <CalendarViewWeekIcon />, roles: ['admin', 'coordinator'] },
  { key: 'rostering-templates', to: '/rostering/templates', label: 'rostering.menu.templates', icon: <EditCalendarIcon />, roles: ['admin', 'coordinator'] },
  { key: 'rostering-day-sheet', to: '/rostering/day-sheet', label: 'rostering.menu.daySheet', icon: <PrintIcon />, roles: ['admin', 'coordinator'] },
  { key: 'rostering-role-board', to: '/rostering/role-board', label: 'rostering.menu.roleBoard', icon: <GridViewIcon />, roles: ['admin', 'organizer'] },
  { key: 'rostering-swap-approvals', to: '/rostering/swap-approvals', label: 'rostering.swapMenu.approvals', icon: <FactCheckIcon />, roles: ['admin', 'coordinator', 'organizer'] },
  { key: 'rostering-event-setup', to: '/rostering/event-setup', label: 'rostering.swapMenu.eventSetup', icon: <WorkOutlineIcon />, roles: ['admin', 'organizer'] },
  { key: 'rostering-non-working-days', to: '/rostering/non-working-days', label: 'rostering.swapMenu.holidays', icon: <EventBusyIcon />, roles: ['admin'] },
];
