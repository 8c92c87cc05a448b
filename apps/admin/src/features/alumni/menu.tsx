import { useEffect, useState } from 'react';
import { Menu, usePermissions } from 'react-admin';
import WorkIcon from '@mui/icons-material/Work';
import StarRateIcon from '@mui/icons-material/StarRate';
import type { Me } from '../../providers/http';
import type { MenuEntry } from '../menu';
import { alumniApi } from './alumni-api';

/** Whether the signed-in volunteer is an alumnus, asked once per user (the career page answers 409 to anyone else). */
const known = new Map<string, Promise<boolean>>();
function useIsAlumnus(): boolean {
  const { permissions } = usePermissions<Me>();
  const [alumnus, setAlumnus] = useState(false);
  useEffect(() => {
    if (!permissions?.id || !permissions.roles?.includes('volunteer')) return;
    if (!known.has(permissions.id)) known.set(permissions.id, alumniApi.consent().then(() => true, () => false));
    let live = true;
    void known.get(permissions.id)!.then((v) => live && setAlumnus(v));
    return () => {
      live = false;
    };
  }, [permissions?.id, permissions?.roles]);
  return alumnus;
}

/** "Karyera profili" in the volunteer's menu — only when the volunteer is an alumnus. */
function CareerMenuItem() {
  return useIsAlumnus() ? <Menu.Item to="/career" primaryText="alumni.menu.career" leftIcon={<WorkIcon />} /> : null;
}

export const alumniMenu: MenuEntry[] = [
  { key: 'career', roles: ['volunteer'], component: CareerMenuItem },
  { key: 'volunteer-ratings', to: '/volunteer-ratings', label: 'alumni.menu.rate', icon: <StarRateIcon />, roles: ['admin', 'coordinator', 'organizer'] },
];
