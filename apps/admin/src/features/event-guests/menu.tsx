import GroupsIcon from '@mui/icons-material/Groups';
import type { MenuEntry } from '../menu';

export const eventGuestsMenu: MenuEntry[] = [
  { key: 'event-guests', to: '/event-guests', label: 'eventGuests.menu', icon: <GroupsIcon />, roles: ['admin', 'organizer'] },
];
