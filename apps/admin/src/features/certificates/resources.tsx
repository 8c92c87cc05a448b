import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import RuleIcon from '@mui/icons-material/Rule';
import { Resource } from 'react-admin';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { lazyPage } from '../lazy-page';

const CertificateList = lazyPage(() => import('./certificates'), 'CertificateList');
const CertificateShow = lazyPage(() => import('./certificates'), 'CertificateShow');
const CertificateTypeCreate = lazyPage(() => import('./certificate-types'), 'CertificateTypeCreate');
const CertificateTypeEdit = lazyPage(() => import('./certificate-types'), 'CertificateTypeEdit');
const CertificateTypeList = lazyPage(() => import('./certificate-types'), 'CertificateTypeList');
const CertificateTypeShow = lazyPage(() => import('./certificate-types'), 'CertificateTypeShow');

/** Staff's certificates (hr reads; the API scopes coordinators to their centers, organisers to their events); types: admins edit. */
export const certificatesResources = (me: Me | null | undefined) => {
  const staff = hasRole(me, 'admin', 'hr', 'coordinator', 'organizer');
  const admin = hasRole(me, 'admin');
  return [
    staff && <Resource key="certificates" name="certificates" icon={WorkspacePremiumIcon} list={CertificateList} show={CertificateShow} recordRepresentation="serial" />,
    staff && (
      <Resource key="certificate-types" name="certificate-types" icon={RuleIcon} list={CertificateTypeList} show={CertificateTypeShow}
        edit={admin ? CertificateTypeEdit : undefined} create={admin ? CertificateTypeCreate : undefined} recordRepresentation={(r) => r.name?.az} />
    ),
  ];
};
