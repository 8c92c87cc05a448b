import Diversity3Icon from '@mui/icons-material/Diversity3';
import { Resource } from 'react-admin';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { lazyPage } from '../lazy-page';

const VolunteerList = lazyPage(() => import('./volunteers'), 'VolunteerList');
const VolunteerShow = lazyPage(() => import('./volunteer-profile'), 'VolunteerShow');

/** "Könüllülər": staff see the people in their scope (the API decides: coordinators their centers, organisers their events' people). */
export const peopleResources = (me: Me | null | undefined) => [
  hasRole(me, 'admin', 'hr', 'coordinator', 'organizer') && (
    <Resource key="volunteers" name="volunteers" icon={Diversity3Icon} list={VolunteerList} show={VolunteerShow} recordRepresentation="fullName" />
  ),
];
