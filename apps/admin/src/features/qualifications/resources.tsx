import VerifiedIcon from '@mui/icons-material/Verified';
import { Resource } from 'react-admin';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { lazyPage } from '../lazy-page';

const QualificationCreate = lazyPage(() => import('./catalogue'), 'QualificationCreate');
const QualificationEdit = lazyPage(() => import('./catalogue'), 'QualificationEdit');
const QualificationList = lazyPage(() => import('./catalogue'), 'QualificationList');

/** The catalogue: staff read it, admins edit it. */
export const qualificationsResources = (me: Me | null | undefined) => {
  const admin = hasRole(me, 'admin');
  return [
    hasRole(me, 'admin', 'hr', 'coordinator', 'organizer') && (
      <Resource key="qualifications" name="qualifications" icon={VerifiedIcon} list={QualificationList}
        edit={admin ? QualificationEdit : undefined} create={admin ? QualificationCreate : undefined} recordRepresentation={(r) => r.name?.az} />
    ),
  ];
};
