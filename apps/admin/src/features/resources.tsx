import BusinessIcon from '@mui/icons-material/Business';
import EventIcon from '@mui/icons-material/Event';
import PeopleIcon from '@mui/icons-material/People';
import HistoryIcon from '@mui/icons-material/History';
import { Resource } from 'react-admin';
import { hasRole } from '../providers/auth-provider';
import type { Me } from '../providers/http';
import MailIcon from '@mui/icons-material/Mail';
import ForumIcon from '@mui/icons-material/Forum';
import { recruitmentResources } from './recruitment/resources';
import { hoursResources } from './hours/resources';
import { certificatesResources } from './certificates/resources';
import { hiringResources } from './hiring/resources';
import { qualificationsResources } from './qualifications/resources';
import { peopleResources } from './people/resources';
import { lazyPage } from './lazy-page';

const AuditList = lazyPage(() => import('./audit/audit'), 'AuditList');
const CenterCreate = lazyPage(() => import('./centers/centers'), 'CenterCreate');
const CenterEdit = lazyPage(() => import('./centers/centers'), 'CenterEdit');
const CenterList = lazyPage(() => import('./centers/centers'), 'CenterList');
const CenterShow = lazyPage(() => import('./centers/centers'), 'CenterShow');
const EventCreate = lazyPage(() => import('./events/events'), 'EventCreate');
const EventEdit = lazyPage(() => import('./events/events'), 'EventEdit');
const EventList = lazyPage(() => import('./events/events'), 'EventList');
const EventShow = lazyPage(() => import('./events/events'), 'EventShow');
const UserCreate = lazyPage(() => import('./users/users'), 'UserCreate');
const UserEdit = lazyPage(() => import('./users/users'), 'UserEdit');
const UserList = lazyPage(() => import('./users/users'), 'UserList');
const DeliveryList = lazyPage(() => import('./notifications/deliveries'), 'DeliveryList');
const DeliveryShow = lazyPage(() => import('./notifications/deliveries'), 'DeliveryShow');
const GroupMessageCreate = lazyPage(() => import('./notifications/group-messages'), 'GroupMessageCreate');
const GroupMessageList = lazyPage(() => import('./notifications/group-messages'), 'GroupMessageList');

/** The react-admin resources the caller may use. A feature adds its <Resource> here. */
export function resourcesFor(me: Me | null | undefined) {
  const admin = hasRole(me, 'admin');
  return [
    <Resource key="centers" name="centers" icon={BusinessIcon} list={CenterList} show={CenterShow} edit={admin ? CenterEdit : undefined} create={admin ? CenterCreate : undefined} recordRepresentation={(r) => r.name?.az} />,
    <Resource key="events" name="events" icon={EventIcon} list={EventList} show={EventShow} edit={admin ? EventEdit : undefined} create={admin || hasRole(me, 'organizer') ? EventCreate : undefined} recordRepresentation={(r) => r.name?.az} />,
    admin && <Resource key="users" name="users" icon={PeopleIcon} list={UserList} edit={UserEdit} create={UserCreate} recordRepresentation="fullName" />,
    admin && <Resource key="deliveries" name="deliveries" icon={MailIcon} list={DeliveryList} show={DeliveryShow} />,
    hasRole(me, 'admin', 'coordinator', 'organizer') && <Resource key="messages" name="messages" icon={ForumIcon} list={GroupMessageList} create={GroupMessageCreate} />,
    admin && <Resource key="audit-log" name="audit-log" icon={HistoryIcon} list={AuditList} />,
    ...recruitmentResources(me),
    ...hoursResources(me),
    ...certificatesResources(me),
    ...hiringResources(me),
    ...qualificationsResources(me),
    ...peopleResources(me),
  ].filter(Boolean);
}
