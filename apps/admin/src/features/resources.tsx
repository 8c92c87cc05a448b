import BusinessIcon from '@mui/icons-material/Business';
import EventIcon from '@mui/icons-material/Event';
import PeopleIcon from '@mui/icons-material/People';
import HistoryIcon from '@mui/icons-material/History';
import { Resource } from 'react-admin';
import { hasRole } from '../providers/auth-provider';
import type { Me } from '../providers/http';
import { AuditList } from './audit/audit';
import { CenterCreate, CenterEdit, CenterList, CenterShow } from './centers/centers';
import { EventCreate, EventEdit, EventList, EventShow } from './events/events';
import { UserCreate, UserEdit, UserList } from './users/users';
import { DeliveryList, DeliveryShow } from './notifications/deliveries';
import { GroupMessageCreate, GroupMessageList } from './notifications/group-messages';
import MailIcon from '@mui/icons-material/Mail';
import ForumIcon from '@mui/icons-material/Forum';
import { recruitmentResources } from './recruitment/resources';
import { hoursResources } from './hours/resources';

/** The react-admin resources the caller may use. A feature adds its <Resource> here. */
export function resourcesFor(me: Me | null | undefined) {
  const admin = hasRole(me, 'admin');
  return [
    <Resource key="centers" name="centers" icon={BusinessIcon} list={CenterList} show={CenterShow} edit={admin ? CenterEdit : undefined} create={admin ? CenterCreate : undefined} recordRepresentation={(r) => r.name?.az} />,
    <Resource key="events" name="events" icon={EventIcon} list={EventList} show={EventShow} edit={admin ? EventEdit : undefined} create={admin ? EventCreate : undefined} recordRepresentation={(r) => r.name?.az} />,
    admin && <Resource key="users" name="users" icon={PeopleIcon} list={UserList} edit={UserEdit} create={UserCreate} recordRepresentation="fullName" />,
    admin && <Resource key="deliveries" name="deliveries" icon={MailIcon} list={DeliveryList} show={DeliveryShow} />,
    hasRole(me, 'admin', 'coordinator', 'organizer') && <Resource key="messages" name="messages" icon={ForumIcon} list={GroupMessageList} create={GroupMessageCreate} />,
    admin && <Resource key="audit-log" name="audit-log" icon={HistoryIcon} list={AuditList} />,
    ...recruitmentResources(me),
    ...hoursResources(me),
  ].filter(Boolean);
}
