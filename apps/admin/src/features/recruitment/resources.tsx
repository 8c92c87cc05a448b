import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CampaignIcon from '@mui/icons-material/Campaign';
import { Resource } from 'react-admin';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { lazyPage } from '../lazy-page';

const ApplicationList = lazyPage(() => import('./applications'), 'ApplicationList');
const ApplicationShow = lazyPage(() => import('./applications'), 'ApplicationShow');
const IntakeCreate = lazyPage(() => import('./intakes'), 'IntakeCreate');
const IntakeEdit = lazyPage(() => import('./intakes'), 'IntakeEdit');
const IntakeList = lazyPage(() => import('./intakes'), 'IntakeList');
const IntakeShow = lazyPage(() => import('./intakes'), 'IntakeShow');

/** Recruitment's resources: intakes (admins and coordinators edit) and applications (admin, HR, coordinators). */
export function recruitmentResources(me: Me | null | undefined) {
  if (!hasRole(me, 'admin', 'hr', 'coordinator')) return [];
  const edits = hasRole(me, 'admin', 'coordinator');
  return [
    <Resource key="intakes" name="intakes" icon={CampaignIcon} list={IntakeList} show={IntakeShow} edit={edits ? IntakeEdit : undefined} create={edits ? IntakeCreate : undefined} recordRepresentation={(r) => r.name?.az} />,
    <Resource key="applications" name="applications" icon={AssignmentIndIcon} list={ApplicationList} show={ApplicationShow} recordRepresentation="fullName" />,
  ];
}
