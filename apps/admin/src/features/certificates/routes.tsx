import { Route } from 'react-router-dom';
import { lazyPage } from '../lazy-page';

const IssueCertificatesPage = lazyPage(() => import('./issue-page'), 'IssueCertificatesPage');
const MyCertificatesPage = lazyPage(() => import('./my-certificates-page'), 'MyCertificatesPage');
const VerifyPage = lazyPage(() => import('./verify-page'), 'VerifyPage');

/** Anyone checks a certificate (the QR code on the PDF opens this page): no login, no menu. */
export const certificatesPublicRoutes = [
  <Route key="verify" path="/verify" element={<VerifyPage />} />,
  <Route key="verify-code" path="/verify/:code" element={<VerifyPage />} />,
];

/** Signed-in pages: the volunteer's certificates and the staff's bulk issue (the lists are resources). */
export const certificatesRoutes = [
  <Route key="my-certificates" path="/my-certificates" element={<MyCertificatesPage />} />,
  <Route key="certificates-issue" path="/certificates/issue" element={<IssueCertificatesPage />} />,
];
