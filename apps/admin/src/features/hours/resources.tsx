import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Resource } from 'react-admin';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { lazyPage } from '../lazy-page';

const HourEntryList = lazyPage(() => import('./approvals'), 'HourEntryList');
const HourEntryShow = lazyPage(() => import('./approvals'), 'HourEntryShow');

/** The approval queue: staff read it (hr too, read-only: the API refuses their decisions). */
export const hoursResources = (me: Me | null | undefined) => [
  hasRole(me, 'admin', 'hr', 'coordinator', 'organizer') && <Resource key="hour-entries" name="hour-entries" icon={FactCheckIcon} list={HourEntryList} show={HourEntryShow} />,
];
