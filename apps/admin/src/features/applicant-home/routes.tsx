import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const ApplicantHomePage = lazyPage(() => import('./applicant-home-page'), 'ApplicantHomePage');

export const applicantHomeRoutes = [<Route key="my-applications" path="/my-applications" element={<ApplicantHomePage />} />];
