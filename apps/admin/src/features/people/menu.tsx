import type { MenuEntry } from '../menu';

export const peopleMenu: MenuEntry[] = [{ key: 'volunteers', resource: 'volunteers', roles: ['admin', 'hr', 'coordinator', 'organizer'] }];
