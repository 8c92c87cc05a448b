import WorkIcon from '@mui/icons-material/Work';
import { Resource } from 'react-admin';
import { hasRole } from '../../providers/auth-provider';
import type { Me } from '../../providers/http';
import { lazyPage } from '../lazy-page';

const VacancyCreate = lazyPage(() => import('./vacancies'), 'VacancyCreate');
const VacancyEdit = lazyPage(() => import('./vacancies'), 'VacancyEdit');
const VacancyList = lazyPage(() => import('./vacancies'), 'VacancyList');
const VacancyShow = lazyPage(() => import('./vacancies'), 'VacancyShow');

/** Vacancies: HR and admins (the API refuses everyone else). */
export const hiringResources = (me: Me | null | undefined) => [
  hasRole(me, 'admin', 'hr') && (
    <Resource key="vacancies" name="vacancies" icon={WorkIcon} list={VacancyList} show={VacancyShow} edit={VacancyEdit} create={VacancyCreate} recordRepresentation="title" />
  ),
];
